import { describe, expect, it } from 'vitest';
import * as reporting from './index.js';
import { discharged, period } from './test-support/builders.js';

describe('public API', () => {
  it('exports every figure, suppression and both exports', () => {
    for (const name of [
      'outcomeReport',
      'caseloadSeries',
      'caseloadSeriesPoints',
      'transitionMatrix',
      'phaseFunnel',
      'referralStats',
      'afterSupportReport',
      'reContactReport',
      'byGender',
      'genderAnalysis',
      'economyRows',
      'economyReport',
      'fidelityReport',
      'suppress',
      'toCsv',
      'susExportCsv',
    ]) {
      expect(typeof (reporting as Record<string, unknown>)[name]).toBe('function');
    }
  });

  it('runs a figure through suppression into a Swedish CSV', () => {
    const table = reporting.outcomeReport([discharged('2024-05-01', 'employment')], {
      period: period('2024-01-01', '2025-01-01'),
      by: 'total',
      goalShare: 0.35,
    });
    // One person: 1 < 5 is hidden with everything computed from it.
    const csv = reporting.toCsv(reporting.suppress(table));
    expect(csv.split('\r\n')[1]?.startsWith('Totalt;..;..;..')).toBe(true);
  });
});
