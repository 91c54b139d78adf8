import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Money } from './money.js';

describe('Money', () => {
  it('formats öre in Swedish with no-break spaces', () => {
    expect(Money.format(Money.ofOre(1_234_567))).toBe('12\u00a0345,67\u00a0kr');
    expect(Money.format(Money.ofOre(1_234_550), { decimals: 0 })).toBe('12\u00a0346\u00a0kr');
    expect(Money.format(Money.ofOre(-5))).toBe('\u22120,05\u00a0kr');
  });

  it('parses what people type', () => {
    expect(Money.parse('12 345,67 kr')).toEqual({ ok: true, value: 1_234_567 });
    expect(Money.parse('3800000')).toEqual({ ok: true, value: 380_000_000 });
    expect(Money.parse('12,345')).toMatchObject({ ok: false, error: { code: 'MONEY.FORMAT' } });
    expect(Money.parse('abc')).toMatchObject({ ok: false, error: { code: 'MONEY.FORMAT' } });
  });

  it('allocates a total exactly: parts sum to the whole', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc
          .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 20 })
          .filter((w) => w.some((x) => x > 0)),
        (total, weights) => {
          const parts = Money.allocate(Money.ofOre(total), weights);
          expect(Money.sum(parts)).toBe(total);
        },
      ),
    );
  });

  it('rounds half-up once, at the end', () => {
    expect(Money.multiplyRatio(Money.ofOre(5), 1, 2)).toBe(3);
    expect(Money.multiplyRatio(Money.ofOre(-5), 1, 2)).toBe(-3);
    expect(Money.multiplyRatio(Money.ofOre(4), 1, 3)).toBe(1);
  });
});
