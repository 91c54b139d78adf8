import { describe, expect, it } from 'vitest';
import { reportExportPath } from './download';

describe('reportExportPath', () => {
  it("names the gateway's report without Report and leaves out empty filters", () => {
    expect(
      reportExportPath('outcomeReport', {
        from: '2026-01-01',
        to: '2027-01-01',
        groupBy: 'durable',
        municipalityId: null,
        gender: 'FEMALE',
      }),
    ).toBe(
      '/export/report/outcome.xlsx?from=2026-01-01&to=2027-01-01&groupBy=durable&gender=FEMALE',
    );
    expect(reportExportPath('transitionMatrix', { from: '2026-01-01', to: '' })).toBe(
      '/export/report/transitionMatrix.xlsx?from=2026-01-01',
    );
  });
});
