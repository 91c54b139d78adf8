import { type DomainError, fail } from './domain-error.js';
import { type Result, ok } from './result.js';

declare const uuidBrand: unique symbol;
/**
 * The id of a stored record, as read from outside: RFC 4122 text (8-4-4-4-12 hexadecimal
 * digits), in lower case, so two spellings of one id compare equal. A value of this type
 * has been checked; code that takes one need not check it again.
 */
export type Uuid = string & { readonly [uuidBrand]: 'Uuid' };

const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const Uuid = {
  /**
   * Reads an id in either case, with or without the braces some tools write around it
   * (`{…}`); anything else is `ID.FORMAT`, whose message never repeats the value.
   */
  parse(input: string): Result<Uuid, DomainError<'ID.FORMAT'>> {
    const braced = input.startsWith('{') && input.endsWith('}');
    const text = (braced ? input.slice(1, -1) : input).toLowerCase();
    return UUID_TEXT.test(text) ? ok(text as Uuid) : fail('ID.FORMAT');
  },

  /** Narrows text already known to be an id (read back from the database, for example). */
  is(input: string): input is Uuid {
    return UUID_TEXT.test(input);
  },
} as const;
