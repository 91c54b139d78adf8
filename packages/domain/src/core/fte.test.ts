import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Fte } from './fte.js';

describe('Fte', () => {
  it('parses Swedish and English decimals into hundredths', () => {
    expect(Fte.parse('0,5')).toEqual({ ok: true, value: 50 });
    expect(Fte.parse('0.75')).toEqual({ ok: true, value: 75 });
    expect(Fte.parse(' 6 ')).toEqual({ ok: true, value: 600 });
    expect(Fte.parse('0,125')).toMatchObject({ ok: false, error: { code: 'FTE.FORMAT' } });
    expect(Fte.parse('-1')).toMatchObject({ ok: false, error: { code: 'FTE.FORMAT' } });
    expect(Fte.parse('halv')).toMatchObject({ ok: false, error: { code: 'FTE.FORMAT' } });
  });

  it('converts from decimals only when exact in hundredths', () => {
    expect(Fte.fromDecimal(0.5)).toEqual({ ok: true, value: 50 });
    expect(Fte.fromDecimal(0.1 + 0.2)).toEqual({ ok: true, value: 30 });
    expect(Fte.fromDecimal(0.333)).toMatchObject({ ok: false });
    expect(Fte.fromDecimal(Number.NaN)).toMatchObject({ ok: false });
    expect(Fte.fromDecimal(-0.5)).toMatchObject({ ok: false });
  });

  it('keeps one post between 0 and 1', () => {
    expect(Fte.validatePost(Fte.full).ok).toBe(true);
    expect(Fte.validatePost(Fte.ofHundredths(101))).toMatchObject({
      ok: false,
      error: { code: 'FTE.RANGE' },
    });
    expect(() => Fte.ofHundredths(0.5)).toThrow(RangeError);
  });

  it('formats in Swedish and English', () => {
    expect(Fte.format(Fte.ofHundredths(50))).toBe('0,5');
    expect(Fte.format(Fte.ofHundredths(75), 'en')).toBe('0.75');
    expect(Fte.format(Fte.ofHundredths(600))).toBe('6');
    expect(Fte.format(Fte.ofHundredths(105))).toBe('1,05');
  });

  it('checks steps', () => {
    expect(Fte.isMultipleOf(Fte.ofHundredths(150), Fte.ofHundredths(50))).toBe(true);
    expect(Fte.isMultipleOf(Fte.ofHundredths(125), Fte.ofHundredths(50))).toBe(false);
    expect(Fte.isMultipleOf(Fte.ofHundredths(125), Fte.zero)).toBe(false);
  });

  it('sums exactly, whatever the order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 50 }), (parts) => {
        const values = parts.map((p) => Fte.ofHundredths(p));
        const total = Fte.sum(values);
        expect(total).toBe(parts.reduce((a, b) => a + b, 0));
        expect(Fte.sum([...values].reverse())).toBe(total);
        expect(Fte.toDecimal(total) * 100).toBeCloseTo(total, 9);
      }),
    );
  });

  it('parses what it formats (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.constantFrom('sv' as const, 'en' as const),
        (h, locale) => {
          expect(Fte.parse(Fte.format(Fte.ofHundredths(h), locale))).toEqual({
            ok: true,
            value: h,
          });
        },
      ),
    );
  });
});
