import { reportRowsRepository, type TenantTx } from '@finsam-se/persistence';
import { selfSupportingReport } from '@finsam-se/reporting';
import { reportNotes } from '../shared/report-notes.js';
import { type Loaded, type ReportRun, enrollmentRows, goalShare } from './report-run.js';

/**
 * Self-supporting after the project (`selfSupportingReport`): the persons discharged in the
 * period, with their 6- and 12-month follow-ups due before today, against the
 * `self_supporting_after` goal of the project that holds it (FiA's 65 %); a förbund whose
 * projects have no such goal sees the figure with the note that no goal is registered.
 */
export async function selfSupporting(tx: TenantTx, run: ReportRun): Promise<Loaded> {
  const enrollments = await enrollmentRows(tx, run, run.query.period, false);
  const followUps = await reportRowsRepository.followUps(tx, run.scope);
  const goal = await goalShare(tx, run, 'self_supporting_after');
  return {
    table: selfSupportingReport(enrollments, followUps, {
      period: run.query.period,
      asOf: run.today,
      goalShare: goal.share,
    }),
    notes: [reportNotes.selfSupportingCounting(run.today), ...(goal.note ? [goal.note] : [])],
  };
}
