import { messageOf } from './catalogue.js';

export { type ErrorCode, errorCodes } from './error-code.js';
import type { ErrorCode } from './error-code.js';

/**
 * An expected failure raised by a service; mapped to GraphQL in one place. Build it with
 * `refuse(reason)` (refuse.ts), which takes the message from the catalogue.
 */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: {
      readonly field?: string;
      readonly reason?: string;
      readonly messageEn?: string;
      readonly [key: string]: unknown;
    } = {},
  ) {
    super(message);
  }
}

/** The general refusal of a code: the catalogue's words in Swedish, English beside them. */
function general(code: 'FORBIDDEN' | 'NOT_FOUND'): AppError {
  return new AppError(code, messageOf(code, 'sv'), { messageEn: messageOf(code, 'en') });
}

/** @deprecated Use `refuse('FORBIDDEN')` or a catalogue reason (refuse.ts). */
export const forbidden = (what?: string) =>
  what === undefined ? general('FORBIDDEN') : new AppError('FORBIDDEN', what);
/** @deprecated Use `refuse('NOT_FOUND')` or a catalogue reason (refuse.ts). */
export const notFound = (what?: string) =>
  what === undefined ? general('NOT_FOUND') : new AppError('NOT_FOUND', what);
/** @deprecated Use `refuse(reason, { field })` (refuse.ts). */
export const badInput = (field: string, message: string, reason?: string) =>
  new AppError('BAD_USER_INPUT', message, reason === undefined ? { field } : { field, reason });
