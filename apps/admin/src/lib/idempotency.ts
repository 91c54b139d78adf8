// Idempotency keys for decisions: one key per attempt, kept when the same attempt is retried.

export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export type AttemptOutcome = 'success' | 'conflict' | 'rejected' | 'transient';

/**
 * The key to use for the next attempt. A transient failure (network, rate limit, server
 * error) may have reached the server, so the same key is retried; a success, a conflict or
 * a validation rejection ends the attempt and the next decision gets a fresh key.
 */
export function keyAfter(outcome: AttemptOutcome, current: string | null): string | null {
  return outcome === 'transient' ? current : null;
}

/** How a failed decision attempt ended, from the error code the gateway gave. */
export function outcomeForCode(code: string): AttemptOutcome {
  switch (code) {
    case 'CONFLICT':
      return 'conflict';
    case 'NETWORK':
    case 'RATE_LIMITED':
    case 'INTERNAL_SERVER_ERROR':
      return 'transient';
    default:
      return 'rejected';
  }
}
