/** Failures of the database that callers handle: closed codes, no SQL, no values. */
export type PersistenceErrorCode =
  'NOT_FOUND' | 'CONFLICT' | 'DUPLICATE' | 'CONSTRAINT' | 'SERVICE_UNAVAILABLE';

export class PersistenceError extends Error {
  override name = 'PersistenceError';
  constructor(
    readonly code: PersistenceErrorCode,
    message: string,
    /** The constraint that failed, for mapping to a field; never a value. */
    readonly constraint?: string,
  ) {
    super(message);
  }
}

type PgLikeError = { code?: unknown; constraint?: unknown; driverError?: unknown };

const connectionCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08003',
  '08006',
  '08001',
  '08004',
]);

/**
 * Turns a driver error into a PersistenceError where it is an expected failure; other
 * errors are returned unchanged (they are bugs and must surface as internal errors).
 */
export function translateDatabaseError(error: unknown): unknown {
  if (error instanceof PersistenceError) return error;
  const outer = (typeof error === 'object' && error !== null ? error : {}) as PgLikeError;
  const inner = (
    typeof outer.driverError === 'object' && outer.driverError !== null ? outer.driverError : outer
  ) as PgLikeError;
  const code = typeof inner.code === 'string' ? inner.code : undefined;
  const constraint = typeof inner.constraint === 'string' ? inner.constraint : undefined;
  const message = error instanceof Error ? error.message : '';
  if (code === '23505')
    return new PersistenceError('DUPLICATE', 'A unique value is taken', constraint);
  if (code === '23P01') return new PersistenceError('CONFLICT', 'Overlapping periods', constraint);
  if (code === '40001' || code === '40P01') {
    return new PersistenceError('CONFLICT', 'Concurrent update', constraint);
  }
  if (
    code === '23514' ||
    code === '23503' ||
    code === '23502' ||
    code === '22P02' ||
    code === '22007' ||
    code === '22008' ||
    code === '22003'
  ) {
    return new PersistenceError('CONSTRAINT', 'A database rule was broken', constraint);
  }
  if (
    (code !== undefined && connectionCodes.has(code)) ||
    /Connection terminated|ECONNREFUSED|ECONNRESET|timeout exceeded when trying to connect|not queryable|Connection ended|the database system is (starting up|shutting down)/i.test(
      message,
    )
  ) {
    return new PersistenceError('SERVICE_UNAVAILABLE', 'The database is not reachable');
  }
  return error;
}
