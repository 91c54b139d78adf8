import { type GoalMetric, LocalDate, type Period } from '@finsam-se/domain';
import {
  type ReportScope,
  type TallyScope,
  type TenantTx,
  coaches,
  municipalities,
  projects,
  reportRowsRepository,
} from '@finsam-se/persistence';
import {
  type EnrollmentRow,
  type Labels,
  type Table,
  ageBandLabels,
  ageBandOf,
  genderLabels,
} from '@finsam-se/reporting';
import type { Action } from '../auth/policy-table.js';
import { refuse } from '../errors/refuse.js';
import { type ReportCapabilities, type ReportQuery } from './report.filter.js';
import { type ReportNote, reportNotes } from '../shared/report-notes.js';
import { type ReportAccess } from './report-publish.js';

/** The last day a coach post without an end is assumed to run to (open-ended employment). */
export const OPEN_END = LocalDate.of(2100, 1, 1);

export type Loaded = { readonly table: Table; readonly notes?: readonly ReportNote[] };

export type ReportDefinition = ReportCapabilities & {
  /** The policy action that reads it when not `report.read` (a named variant). */
  readonly action?: Action;
  readonly compute: (tx: TenantTx, run: ReportRun) => Promise<Loaded>;
};

/** Everything one report computation needs. */
export type ReportRun = {
  readonly access: ReportAccess;
  readonly query: ReportQuery;
  readonly today: LocalDate;
  readonly scope: ReportScope;
};

/** Rows are read in the reader's scope: a chief's municipality, a coach's own participants. */
export function scopeOf(access: ReportAccess, query: ReportQuery): ReportScope {
  if (
    access.municipalityId !== undefined &&
    query.municipalityId !== undefined &&
    query.municipalityId !== access.municipalityId
  )
    throw refuse('REPORT.OWN_MUNICIPALITY');
  const municipalityId = access.municipalityId ?? query.municipalityId;
  return {
    ...(query.projectId === undefined ? {} : { projectId: query.projectId }),
    ...(municipalityId === undefined ? {} : { municipalityId }),
    ...(access.coachId === undefined ? {} : { coachId: access.coachId }),
  };
}

export function matchesPeople(run: ReportRun) {
  const { gender, ageBand } = run.query;
  return (row: EnrollmentRow) =>
    (gender === undefined || row.gender === gender) &&
    (ageBand === undefined || ageBandOf(row.birthDate, row.enrolledOn) === ageBand);
}

export async function enrollmentRows(
  tx: TenantTx,
  run: ReportRun,
  period: Period = run.query.period,
  withPhases = true,
): Promise<EnrollmentRow[]> {
  const rows = await reportRowsRepository.enrollments(tx, { ...run.scope, period, withPhases });
  return rows.filter(matchesPeople(run));
}

export async function municipalityLabels(tx: TenantTx): Promise<Labels> {
  const rows = await municipalities.list(tx, { limit: 1000, offset: 0 });
  return Object.fromEntries(rows.map((m) => [m.id, m.name]));
}

export async function coachLabels(tx: TenantTx): Promise<Labels> {
  const rows = await coaches.list(tx, { limit: 1000, offset: 0 });
  return Object.fromEntries(rows.map((c) => [c.id, c.name]));
}

/**
 * The goal share of a metric for the period: the goal (basis points, 3500 = 35 %) of the
 * filtered project, or of any project, that overlaps the period most. Goals are data.
 */
export async function goalShare(
  tx: TenantTx,
  run: ReportRun,
  metric: GoalMetric,
): Promise<{ share: number; note?: ReportNote }> {
  const candidates = run.query.projectId
    ? [await projects.findById(tx, run.query.projectId)]
    : await projects.list(tx, { limit: 500, offset: 0 });
  const { period } = run.query;
  let best: { share: number; overlap: number } | undefined;
  for (const project of candidates) {
    for (const goal of project?.goals ?? []) {
      if (goal.metric !== metric) continue;
      const start = LocalDate.max(goal.period.start, period.start);
      const end = LocalDate.min(goal.period.end, period.end);
      const overlap = end > start ? LocalDate.daysBetween(start, end) : 0;
      if (overlap > 0 && (best === undefined || overlap > best.overlap))
        best = { share: goal.target / 10_000, overlap };
    }
  }
  return best ? { share: best.share } : { share: 0, note: reportNotes.noGoal };
}

export async function filterNotes(tx: TenantTx, run: ReportRun): Promise<ReportNote[]> {
  const { query, access } = run;
  const { start, end } = query.period;
  const notes = [reportNotes.period(start, LocalDate.addDays(end, -1), end)];
  if (query.projectId) {
    const project = await projects.findById(tx, query.projectId);
    notes.push(reportNotes.project(project?.name ?? query.projectId));
  }
  const municipalityId = access.municipalityId ?? query.municipalityId;
  if (municipalityId) {
    const labels = await municipalityLabels(tx);
    notes.push(reportNotes.municipality(labels[municipalityId] ?? municipalityId));
  }
  if (query.gender) notes.push(reportNotes.gender(genderLabels[query.gender]));
  if (query.ageBand) notes.push(reportNotes.ageBand(ageBandLabels[query.ageBand]));
  if (access.coachId) notes.push(reportNotes.ownParticipantsOnly);
  return notes;
}

/**
 * The discharges a figure counts, when they can be counted in SQL (`reportTalliesRepository`):
 * every filter but the age band, which needs rows.
 */
export function tallyScopeOf(run: ReportRun): TallyScope | undefined {
  if (run.query.ageBand !== undefined) return undefined;
  return {
    ...run.scope,
    period: run.query.period,
    ...(run.query.gender === undefined ? {} : { gender: run.query.gender }),
  };
}
