/** The closed set of `extensions.code` values clients can rely on. */
export const errorCodes = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'DUPLICATE_PERSONNUMMER',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** An expected failure raised by a service; mapped to GraphQL in one place. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: {
      readonly field?: string;
      readonly reason?: string;
      readonly [key: string]: unknown;
    } = {},
  ) {
    super(message);
  }
}

export const forbidden = (what = 'Din roll får inte göra det här.') =>
  new AppError('FORBIDDEN', what);
export const notFound = (what = 'Posten finns inte.') => new AppError('NOT_FOUND', what);
export const badInput = (field: string, message: string, reason?: string) =>
  new AppError('BAD_USER_INPUT', message, reason === undefined ? { field } : { field, reason });
