import { describe, expect, it } from 'vitest';
import { keyAfter, newIdempotencyKey, outcomeForCode } from './idempotency';

describe('idempotency keys', () => {
  it('generates distinct UUIDs', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });

  it('keeps the key for a retry after a transient failure only', () => {
    expect(keyAfter(outcomeForCode('NETWORK'), 'k1')).toBe('k1');
    expect(keyAfter(outcomeForCode('RATE_LIMITED'), 'k1')).toBe('k1');
    expect(keyAfter(outcomeForCode('CONFLICT'), 'k1')).toBeNull();
    expect(keyAfter(outcomeForCode('BAD_USER_INPUT'), 'k1')).toBeNull();
    expect(keyAfter('success', 'k1')).toBeNull();
  });
});
