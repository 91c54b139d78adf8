import { type DomainError, fail } from '../core/domain-error.js';
import { type Result, ok } from '../core/result.js';
import { luhnCheckDigit } from '../identity/luhn.js';

/** A Swedish organisationsnummer in the one written form the system stores: `NNNNNN-NNNN`. */
export type OrganisationNumber = string & { readonly __brand: 'OrganisationNumber' };

export type OrganisationNumberError = DomainError<
  | 'ORGANISATION_NUMBER.FORMAT'
  | 'ORGANISATION_NUMBER.CHECKSUM'
  | 'ORGANISATION_NUMBER.NOT_LEGAL_ENTITY'
>;

const SHAPE = /^(\d{6})-?(\d{4})$/;
/**
 * Bolagsverket/Skatteverket: a legal entity's number has a "month" of 20 or more (the third
 * digit is 2 or higher), so it can never be read as a personnummer.
 */
const LOWEST_LEGAL_ENTITY_THIRD_DIGIT = 2;

/**
 * Parses a Swedish organisationsnummer: ten digits with an optional dash after the sixth
 * (surrounding spaces ignored), the last digit the Luhn check digit of the first nine, the
 * third digit 2 or higher. Returns the number as `NNNNNN-NNNN`; anything else is a closed
 * error code, never a throw.
 */
export function parseOrganisationNumber(
  input: string,
  field = 'organisationNumber',
): Result<OrganisationNumber, OrganisationNumberError> {
  const match = SHAPE.exec(input.trim());
  if (!match) return fail('ORGANISATION_NUMBER.FORMAT', field);
  const [, head = '', tail = ''] = match;
  const digits = head + tail;
  if (luhnCheckDigit(digits.slice(0, 9)) !== Number(digits[9]))
    return fail('ORGANISATION_NUMBER.CHECKSUM', field);
  if (Number(digits[2]) < LOWEST_LEGAL_ENTITY_THIRD_DIGIT)
    return fail('ORGANISATION_NUMBER.NOT_LEGAL_ENTITY', field);
  return ok(`${head}-${tail}` as OrganisationNumber);
}
