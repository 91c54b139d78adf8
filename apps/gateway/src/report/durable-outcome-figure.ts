import type { LocalDate } from '@finsam-se/domain';
import { type ReportScope, type TenantTx, reportRowsRepository } from '@finsam-se/persistence';
import { type EnrollmentRow, type Table, durableOutcomeReport } from '@finsam-se/reporting';
import type { ReportQuery } from './report.filter.js';
import { type ReportNote, reportNotes } from '../shared/report-notes.js';

/** What the durable-outcome figure needs of a report run (see report.service.ts). */
type FigureRun = {
  readonly query: ReportQuery;
  readonly scope: ReportScope;
  readonly today: LocalDate;
};

/**
 * The outcome report's `durable` grouping: the persons discharged in the period (the
 * enrollments the caller already filtered by gender and age band) and their 6- and
 * 12-month follow-ups, due before today.
 */
export async function durableOutcomeFigure(
  tx: TenantTx,
  run: FigureRun,
  enrollments: readonly EnrollmentRow[],
  goalShare: number,
): Promise<{ table: Table; notes: ReportNote[] }> {
  const followUps = await reportRowsRepository.followUps(tx, run.scope);
  return {
    table: durableOutcomeReport(enrollments, followUps, {
      period: run.query.period,
      asOf: run.today,
      goalShare,
    }),
    notes: [reportNotes.durableCounting(run.today)],
  };
}
