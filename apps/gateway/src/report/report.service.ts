import { type GoalMetric, LocalDate, type Period } from '@finsam-se/domain';
import {
  type ReportScope,
  type TallyScope,
  type TenantTx,
  coaches,
  isTalliedDimension,
  municipalities,
  projects,
  reportRowsRepository,
  reportTalliesRepository,
} from '@finsam-se/persistence';
import {
  type EnrollmentRow,
  type Labels,
  type PostRow,
  type Table,
  type TransitionMatrixOptions,
  type TransitionStep,
  afterSupportReport,
  ageBandLabels,
  ageBandOf,
  economyReport,
  economyRows,
  fidelityReport,
  genderAnalysis,
  genderLabels,
  outcomeReport,
  outcomeReportFromTallies,
  phaseFunnel,
  reContactReport,
  referralStats,
  transitionMatrix,
  transitionMatrixFromTallies,
} from '@finsam-se/reporting';
import type { Action } from '../auth/policy-table.js';
import { todayOf } from '../clock/today.js';
import type { RequestContext } from '../context.js';
import { forbidden } from '../errors/error-codes.js';
import type { ReportFilterInput } from './report.type.js';
import { durableOutcomeFigure } from './durable-outcome-figure.js';
import { yearlyCosts } from './report-costs.js';
import { assessmentChangeFigure, surveyFigure } from '../survey/survey-figures.js';
import { type ReportCapabilities, type ReportQuery, parseReportFilter } from './report.filter.js';
import {
  type PublishedReport,
  type ReportAccess,
  publishFor,
  reportAccess,
} from './report-publish.js';

/** The last day a coach post without an end is assumed to run to (open-ended employment). */
const OPEN_END = LocalDate.of(2100, 1, 1);

type Loaded = { readonly table: Table; readonly notes?: readonly string[] };

type ReportDefinition = ReportCapabilities & {
  /** The policy action that reads it when not `report.read` (a named variant). */
  readonly action?: Action;
  readonly compute: (tx: TenantTx, run: ReportRun) => Promise<Loaded>;
};

/** Everything one report computation needs. */
type ReportRun = {
  readonly access: ReportAccess;
  readonly query: ReportQuery;
  readonly today: LocalDate;
  readonly scope: ReportScope;
};

/** Rows are read in the reader's scope: a chief's municipality, a coach's own participants. */
function scopeOf(access: ReportAccess, query: ReportQuery): ReportScope {
  if (
    access.municipalityId !== undefined &&
    query.municipalityId !== undefined &&
    query.municipalityId !== access.municipalityId
  )
    throw forbidden('Du kan bara ta ut rapporter för din egen kommun.');
  const municipalityId = access.municipalityId ?? query.municipalityId;
  return {
    ...(query.projectId === undefined ? {} : { projectId: query.projectId }),
    ...(municipalityId === undefined ? {} : { municipalityId }),
    ...(access.coachId === undefined ? {} : { coachId: access.coachId }),
  };
}

function matchesPeople(run: ReportRun) {
  const { gender, ageBand } = run.query;
  return (row: EnrollmentRow) =>
    (gender === undefined || row.gender === gender) &&
    (ageBand === undefined || ageBandOf(row.birthDate, row.enrolledOn) === ageBand);
}

async function enrollmentRows(
  tx: TenantTx,
  run: ReportRun,
  period: Period = run.query.period,
  withPhases = true,
): Promise<EnrollmentRow[]> {
  const rows = await reportRowsRepository.enrollments(tx, { ...run.scope, period, withPhases });
  return rows.filter(matchesPeople(run));
}

async function municipalityLabels(tx: TenantTx): Promise<Labels> {
  const rows = await municipalities.list(tx, { limit: 1000, offset: 0 });
  return Object.fromEntries(rows.map((m) => [m.id, m.name]));
}

async function coachLabels(tx: TenantTx): Promise<Labels> {
  const rows = await coaches.list(tx, { limit: 1000, offset: 0 });
  return Object.fromEntries(rows.map((c) => [c.id, c.name]));
}

/**
 * The goal share of a metric for the period: the goal (basis points, 3500 = 35 %) of the
 * filtered project, or of any project, that overlaps the period most. Goals are data.
 */
async function goalShare(
  tx: TenantTx,
  run: ReportRun,
  metric: GoalMetric,
): Promise<{ share: number; note?: string }> {
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
  return best
    ? { share: best.share }
    : { share: 0, note: 'Inget mål är registrerat för perioden; målet visas som 0 %.' };
}

async function filterNotes(tx: TenantTx, run: ReportRun): Promise<string[]> {
  const { query, access } = run;
  const notes = [
    `Period: ${query.period.start} till och med ${LocalDate.addDays(query.period.end, -1)} (halvöppen: ${query.period.end} ingår inte).`,
  ];
  if (query.projectId) {
    const project = await projects.findById(tx, query.projectId);
    notes.push(`Projekt: ${project?.name ?? query.projectId}.`);
  }
  const municipalityId = access.municipalityId ?? query.municipalityId;
  if (municipalityId) {
    const labels = await municipalityLabels(tx);
    notes.push(`Kommun: ${labels[municipalityId] ?? municipalityId}.`);
  }
  if (query.gender) notes.push(`Kön: ${genderLabels[query.gender].sv}.`);
  if (query.ageBand) notes.push(`Åldersgrupp vid inskrivning: ${ageBandLabels[query.ageBand].sv}.`);
  if (access.coachId) notes.push('Endast dina egna deltagare.');
  return notes;
}

/**
 * The discharges a figure counts, when they can be counted in SQL (`reportTalliesRepository`):
 * every filter but the age band, which needs rows.
 */
function tallyScopeOf(run: ReportRun): TallyScope | undefined {
  if (run.query.ageBand !== undefined) return undefined;
  return {
    ...run.scope,
    period: run.query.period,
    ...(run.query.gender === undefined ? {} : { gender: run.query.gender }),
  };
}

async function outcome(tx: TenantTx, run: ReportRun): Promise<Loaded> {
  const goal = await goalShare(tx, run, 'work_or_studies_at_discharge');
  const labels =
    run.query.groupBy === 'coach'
      ? await coachLabels(tx)
      : run.query.groupBy === 'municipality' || run.query.groupBy === 'genderComparison'
        ? await municipalityLabels(tx)
        : {};
  const notes = goal.note ? [goal.note] : [];
  const scope = tallyScopeOf(run);
  const options = { period: run.query.period, goalShare: goal.share, labels };
  if (run.query.groupBy === 'genderComparison') {
    const byMunicipality = { ...options, by: 'municipality' as const };
    if (scope) {
      const tallies = await reportTalliesRepository.outcomesByGender(tx, scope, 'municipality');
      const female = outcomeReportFromTallies(tallies.female, byMunicipality);
      const male = outcomeReportFromTallies(tallies.male, byMunicipality);
      return { table: genderAnalysis(female, male), notes };
    }
    const rows = await enrollmentRows(tx, run, run.query.period, false);
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
    const rows = await enrollmentRows(tx, run, run.query.period, false);
    const durable = await durableOutcomeFigure(tx, run, rows, goal.share);
    return { table: durable.table, notes: [...durable.notes, ...notes] };
  }
  const by = (run.query.groupBy ?? 'municipality') as Parameters<typeof outcomeReport>[1]['by'];
  const table =
    scope && isTalliedDimension(by)
      ? outcomeReportFromTallies(await reportTalliesRepository.outcomes(tx, scope, by), {
          ...options,
          by,
        })
      : outcomeReport(await enrollmentRows(tx, run, run.query.period, false), { ...options, by });
  return { table, notes };
}

const incomeStepOf: Readonly<Record<string, TransitionStep>> = {
  beforeDuring: 'before_during',
  duringAfter: 'during_after',
};

async function transitions(tx: TenantTx, run: ReportRun): Promise<Loaded> {
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

async function funnel(tx: TenantTx, run: ReportRun): Promise<Loaded> {
  const rows = await enrollmentRows(tx, run);
  return {
    table: phaseFunnel(rows, { period: run.query.period, asOf: run.today }),
    notes: [`Pågående faser och inskrivningar mäts till och med ${run.today}.`],
  };
}

async function referrals(tx: TenantTx, run: ReportRun): Promise<Loaded> {
  const rows = await reportRowsRepository.referrals(tx, { ...run.scope, period: run.query.period });
  return {
    table: referralStats(rows, { range: run.query.period, labels: await municipalityLabels(tx) }),
  };
}

async function afterSupport(tx: TenantTx, run: ReportRun): Promise<Loaded> {
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
    notes: [
      `Uppföljningar räknas när de har förfallit före ${run.today}.`,
      ...(goal.note ? [goal.note] : []),
    ],
  };
}

function yearsOf(period: Period): number[] {
  const first = LocalDate.parts(period.start).year;
  const last = LocalDate.parts(LocalDate.addDays(period.end, -1)).year;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

async function cost(tx: TenantTx, run: ReportRun): Promise<Loaded> {
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
    notes: [
      'Kostnad = lönekostnad inklusive PO-pålägg för projektets tjänster (tjänstgöringsgrad × dagar), per hela kalenderår som perioden berör. Lön: medellönen för kommunens coacher det året, annars standardlönen i löneinställningarna. Belopp i öre.',
    ],
  };
}

async function fidelity(tx: TenantTx, run: ReportRun): Promise<Loaded> {
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
    notes: run.access.coachId
      ? ['Ärendemängd över din egen tjänstgöringsgrad; remisser ingår inte (de hör till kommunen).']
      : [],
  };
}

const reports = {
  outcome: {
    gender: true,
    ageBand: true,
    groupBy: [
      'municipality',
      'total',
      'coach',
      'gender',
      'ageBand',
      'targetGroupFactor',
      'genderComparison',
      'durable',
    ],
    compute: outcome,
  },
  transitionMatrix: {
    gender: true,
    ageBand: true,
    groupBy: ['primary', 'combination', 'beforeDuring', 'duringAfter'],
    compute: transitions,
  },
  phaseFunnel: { gender: true, ageBand: true, groupBy: [], compute: funnel },
  referralStats: {
    gender: false,
    ageBand: false,
    groupBy: [],
    action: 'report.readCosts',
    compute: referrals,
  },
  afterSupport: {
    gender: true,
    ageBand: false,
    groupBy: ['offset', 'reContact'],
    compute: afterSupport,
  },
  cost: { gender: false, ageBand: false, groupBy: [], action: 'report.readCosts', compute: cost },
  fidelity: { gender: false, ageBand: false, groupBy: [], compute: fidelity },
  survey: {
    gender: true,
    ageBand: false,
    groupBy: [],
    compute: (tx, run) =>
      surveyFigure(tx, run, {
        goal: (metric) => goalShare(tx, run, metric),
        labels: () => municipalityLabels(tx),
      }),
  },
  assessmentChange: {
    gender: true,
    ageBand: false,
    groupBy: ['doa_self_rating', 'sassam_mapping'],
    compute: assessmentChangeFigure,
  },
} satisfies Record<string, ReportDefinition>;

export type ReportName = keyof typeof reports;

/**
 * Every report: role check, filter validation, rows read in the reader's scope in one
 * transaction, the pure figure from @finsam-se/reporting, then `publishFor` — the single
 * exit that suppresses for other förbund.
 */
async function runReport(
  ctx: RequestContext,
  name: ReportName,
  filter: ReportFilterInput,
): Promise<PublishedReport> {
  const definition: ReportDefinition = reports[name];
  const access = reportAccess(ctx.actor, definition.action);
  const query = parseReportFilter(filter, definition);
  if (access.audience === 'external' && query.groupBy === 'coach')
    throw forbidden('Andra förbund får inte rapporter per coach.');
  const scope = scopeOf(access, query);
  const run: ReportRun = { access, query, today: todayOf(ctx), scope };
  const key = JSON.stringify([name, access.audience, scope, query, run.today]);
  return ctx.reportCache.getOrCompute(access.actor.associationId, key, () =>
    ctx.inTenant(async (tx) => {
      const loaded = await definition.compute(tx, run);
      const notes = [...(await filterNotes(tx, run)), ...(loaded.notes ?? [])];
      return publishFor(access, loaded.table, notes);
    }),
  );
}

export const reportService = {
  run: runReport,
  outcome: (ctx: RequestContext, filter: ReportFilterInput) => runReport(ctx, 'outcome', filter),
  transitionMatrix: (ctx: RequestContext, filter: ReportFilterInput) =>
    runReport(ctx, 'transitionMatrix', filter),
  phaseFunnel: (ctx: RequestContext, filter: ReportFilterInput) =>
    runReport(ctx, 'phaseFunnel', filter),
  referralStats: (ctx: RequestContext, filter: ReportFilterInput) =>
    runReport(ctx, 'referralStats', filter),
  afterSupport: (ctx: RequestContext, filter: ReportFilterInput) =>
    runReport(ctx, 'afterSupport', filter),
  cost: (ctx: RequestContext, filter: ReportFilterInput) => runReport(ctx, 'cost', filter),
  fidelity: (ctx: RequestContext, filter: ReportFilterInput) => runReport(ctx, 'fidelity', filter),
};
