import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { onCostForYear, onCostHundredthsForYear, parseOnCostPercent } from './on-cost.js';

describe('parseOnCostPercent', () => {
  it('reads a percentage exactly as hundredths of a percent', () => {
    expect(parseOnCostPercent('40.15')).toEqual({ ok: true, value: 4015n });
    expect(parseOnCostPercent('40,15 %')).toEqual({ ok: true, value: 4015n });
    expect(parseOnCostPercent(' 39.15% ')).toEqual({ ok: true, value: 3915n });
    expect(parseOnCostPercent('44.5')).toEqual({ ok: true, value: 4450n });
    expect(parseOnCostPercent('0')).toEqual({ ok: true, value: 0n });
  });

  it('rejects anything that is not a plain percentage with at most two decimals', () => {
    for (const bad of ['', 'abc', '-1', '40.155', '1 000', '40.', '.5', '1e2', '4015']) {
      expect(parseOnCostPercent(bad)).toMatchObject({
        ok: false,
        error: { code: 'FUNDING.ON_COST_FORMAT', field: 'onCostPercent' },
      });
    }
  });

  it('round-trips every two-decimal percentage', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), (hundredths) => {
        const text = `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
        expect(parseOnCostPercent(text)).toEqual({ ok: true, value: BigInt(hundredths) });
      }),
    );
  });
});

describe('on-cost per year', () => {
  const rates = { 2019: '39.15', 2021: '40.15' };

  it('looks up the rate of a year', () => {
    expect(onCostForYear(rates, 2021)).toEqual({ ok: true, value: '40.15' });
    expect(onCostHundredthsForYear(rates, 2019)).toEqual({ ok: true, value: 3915n });
  });

  it('uses one rate for every year when given a string', () => {
    expect(onCostForYear('40.15', 1999)).toEqual({ ok: true, value: '40.15' });
  });

  it('fails for a year with no rate, naming it', () => {
    expect(onCostForYear(rates, 2020)).toMatchObject({
      ok: false,
      error: { code: 'FUNDING.ON_COST_MISSING', field: 'onCost.2020' },
    });
  });

  it('reports a badly written yearly rate with its year', () => {
    expect(onCostHundredthsForYear({ 2022: '42,5,1' }, 2022)).toMatchObject({
      ok: false,
      error: { code: 'FUNDING.ON_COST_FORMAT', field: 'onCost.2022' },
    });
  });
});
