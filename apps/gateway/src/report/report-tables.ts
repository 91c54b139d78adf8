import { type Gender, LocalDate, type Period } from '@finsam-se/domain';
import {
  type TenantTx,
  isTalliedDimension,
  reportRowsRepository,
  reportTalliesRepository,
} from '@finsam-se/persistence';
import {
  type EnrollmentRow,
  type Labels,
  type OutcomeTally,
  type PostRow,
  type TransitionMatrixOptions,
  type TransitionStep,
  afterSupportReport,
  economyReport,
  economyRows,
  fidelityReport,
  genderAnalysis,
  outcomeReport,
  outcomeReportFromTallies,
  phaseFunnel,
  reContactReport,
  referralStats,
  transitionMatrix,
  transitionMatrixFromTallies,
} from '@finsam-se/reporting';
import { together } from '../shared/together.js';
import { durableOutcomeFigure } from './durable-outcome-figure.js';
import { yearlyCosts } from './report-costs.js';
import { reportNotes } from '../shared/report-notes.js';

import {
  type Loaded,
  type ReportRun,
  OPEN_END,
  coachLabels,
  enrollmentRows,
  goalShare,
  municipalityLabels,
  tallyScopeOf,
} from './report-run.js';

/** The outcome report's labels: its rows' names by the grouping asked for. */
function outcomeLabels(tx: TenantTx, run: ReportRun): Promise<Labels> {
  const { groupBy } = run.query;
  if (groupBy === 'coach') return coachLabels(tx);
  if (groupBy === 'municipality' || groupBy === 'genderComparison') return municipalityLabels(tx);
  return Promise.resolve({});
}

type OutcomeCounts =
  | { readonly kind: 'byGender'; readonly tallies: Record<Gender, OutcomeTally[]> }
  | { readonly kind: 'tallies'; readonly tallies: OutcomeTally[] }
  | { readonly kind: 'rows'; readonly rows: EnrollmentRow[] };

/** What the outcome report counts from: SQL tallies where the filter allows, else rows. */
async function outcomeCounts(tx: TenantTx, run: ReportRun, by: OutcomeBy): Promise<OutcomeCounts> {
  const scope = tallyScopeOf(run);
  if (scope && run.query.groupBy === 'genderComparison')
    return {
      kind: 'byGender',
      tallies: await reportTalliesRepository.outcomesByGender(tx, scope, 'municipality'),
    };
  if (scope && run.query.groupBy !== 'durable' && isTalliedDimension(by))
    return { kind: 'tallies', tallies: await reportTalliesRepository.outcomes(tx, scope, by) };
  return { kind: 'rows', rows: await enrollmentRows(tx, run, run.query.period, false) };
}

type OutcomeBy = Parameters<typeof outcomeReport>[1]['by'];

export async function outcome(tx: TenantTx, run: ReportRun): Promise<Loaded> {
  const by = (run.query.groupBy ?? 'municipality') as OutcomeBy;
  // The goal, the labels and the counts are read at once (one round trip), checked in
  // this order.
  const [goalRead, labelsRead, countsRead] = await together<
    [Awaited<ReturnType<typeof goalShare>>, Labels, OutcomeCounts]
  >([
    goalShare(tx, run, 'work_or_studies_at_discharge'),
    outcomeLabels(tx, run),
    outcomeCounts(tx, run, run.query.groupBy === 'genderComparison' ? 'municipality' : by),
  ]);
  const goal = goalRead();
  const labels = labelsRead();
  const counts = countsRead();
  const notes = goal.note ? [goal.note] : [];
  const options = { period: run.query.period, goalShare: goal.share, labels };
  if (run.query.groupBy === 'genderComparison') {
    const byMunicipality = { ...options, by: 'municipality' as const };
    if (counts.kind === 'byGender') {
      const female = outcomeReportFromTallies(counts.tallies.female, byMunicipality);
      const male = outcomeReportFromTallies(counts.tallies.male, byMunicipality);
      return { table: genderAnalysis(female, male), notes };
    }
    const rows = counts.kind === 'rows' ? counts.rows : [];
    const female = outcomeReport(
      rows.filter((r) => r.gender === 'female'),
      byMunicipality,
    );
    const male = outcomeReport(
      rows.filter((r) => r.gender === 'male'),
      byMunicipality,
    );
    return { table: genderAnalysis(female, male), notes };
  }
  if (run.query.groupBy === 'durable') {
    const rows = counts.kind === 'rows' ? counts.rows : [];
    const durable = await durableOutcomeFigure(tx, run, rows, goal.share);
    return { table: durable.table, notes: [...durable.notes, ...notes] };
  }
  const table =
    counts.kind === 'tallies'
      ? outcomeReportFromTallies(counts.tallies, { ...options, by })
      : outcomeReport(counts.kind === 'rows' ? counts.rows : [], { ...options, by });
  return { table, notes };
}

const incomeStepOf: Readonly<Record<string, TransitionStep>> = {
  beforeDuring: 'before_during',
  duringAfter: 'during_after',
};

export async function transitions(tx: TenantTx, run: ReportRun): Promise<Loaded> {
  const mode = run.query.groupBy === 'combination' ? 'combination' : 'primary';
  // Before → during → after (§9): the two steps by the first source registered.
  const step = incomeStepOf[run.query.groupBy ?? ''] ?? 'before_after';
  const options: TransitionMatrixOptions = {
    period: run.query.period,
    mode,
    step,
    ...(run.query.gender ? { gender: run.query.gender } : {}),
  };
  const scope = tallyScopeOf(run);
  if (scope) {
    const tallies = await reportTalliesRepository.transitions(tx, scope, mode, step);
    return { table: transitionMatrixFromTallies(tallies, options) };
  }
  const rows = await enrollmentRows(tx, run, run.query.period, false);
  return { table: transitionMatrix(rows, options) };
}

export async function funnel(tx: TenantTx, run: ReportRun): Promise<Loaded> {
  const rows = await enrollmentRows(tx, run);
  return {
    table: phaseFunnel(rows, { period: run.query.period, asOf: run.today }),
    notes: [reportNotes.ongoingAsOf(run.today)],
  };
}

export async function referrals(tx: TenantTx, run: ReportRun): Promise<Loaded> {
  const rows = await reportRowsRepository.referrals(tx, { ...run.scope, period: run.query.period });
  return {
    table: referralStats(rows, { range: run.query.period, labels: await municipalityLabels(tx) }),
  };
}

export async function afterSupport(tx: TenantTx, run: ReportRun): Promise<Loaded> {
  const { gender } = run.query;
  if (run.query.groupBy === 'reContact') {
    const rows = (await reportRowsRepository.reContacts(tx, run.scope)).filter(
      (r) => gender === undefined || r.gender === gender,
    );
    return {
      table: reContactReport(rows, {
        period: run.query.period,
        labels: await municipalityLabels(tx),
      }),
    };
  }
  const rows = (await reportRowsRepository.followUps(tx, run.scope)).filter(
    (r) => gender === undefined || r.gender === gender,
  );
  const goal = await goalShare(tx, run, 'still_working_after_support');
  return {
    table: afterSupportReport(rows, {
      period: run.query.period,
      asOf: run.today,
      goalShare: goal.share,
      ...(gender ? { gender } : {}),
    }),
    notes: [reportNotes.followUpsDue(run.today), ...(goal.note ? [goal.note] : [])],
  };
}

function yearsOf(period: Period): number[] {
  const first = LocalDate.parts(period.start).year;
  const last = LocalDate.parts(LocalDate.addDays(period.end, -1)).year;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export async function cost(tx: TenantTx, run: ReportRun): Promise<Loaded> {
  const years = yearsOf(run.query.period);
  const first = years[0] ?? LocalDate.parts(run.query.period.start).year;
  const whole = {
    start: LocalDate.of(first, 1, 1),
    end: LocalDate.of(first + years.length, 1, 1),
  };
  const posts = await reportRowsRepository.posts(tx, run.scope);
  const salaries = await reportRowsRepository.coachSalaries(tx, run.scope.municipalityId);
  const settings = await reportRowsRepository.salarySettings(tx);
  const costs = yearlyCosts(years, posts, salaries, settings, 'filter.from');
  const rows = await enrollmentRows(tx, run, whole);
  return {
    table: economyReport(economyRows(rows, costs), { labels: await municipalityLabels(tx) }),
    notes: [reportNotes.costMethod],
  };
}

export async function fidelity(tx: TenantTx, run: ReportRun): Promise<Loaded> {
  const enrollments = await enrollmentRows(tx, run);
  let posts: PostRow[];
  if (run.access.coachId) {
    // A coach's caseload is over their own FTE.
    const own = (await reportRowsRepository.coachSalaries(tx)).filter(
      (c) => c.coachId === run.access.coachId,
    );
    posts = own.map((c) => ({
      municipalityId: c.municipalityId,
      coachId: c.coachId,
      fte: c.fte,
      period: { start: c.employedFrom, end: c.employedUntil ?? OPEN_END },
    }));
  } else {
    posts = await reportRowsRepository.posts(tx, run.scope);
  }
  const placements = await reportRowsRepository.placements(tx, run.scope);
  const referralRows = run.access.coachId
    ? []
    : await reportRowsRepository.referrals(tx, { ...run.scope, period: run.query.period });
  return {
    table: fidelityReport(
      { enrollments, posts, placements, referrals: referralRows },
      { period: run.query.period, asOf: run.today },
    ),
    notes: run.access.coachId ? [reportNotes.ownCaseload] : [],
  };
}
