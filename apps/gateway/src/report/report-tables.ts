import { LocalDate, type Period } from '@finsam-se/domain';
import {
  type TenantTx,
  isTalliedDimension,
  reportRowsRepository,
  reportTalliesRepository,
} from '@finsam-se/persistence';
import {
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
import { durableOutcomeFigure } from './durable-outcome-figure.js';
import { yearlyCosts } from './report-costs.js';

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

export async function outcome(tx: TenantTx, run: ReportRun): Promise<Loaded> {
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
    notes: [`Pågående faser och inskrivningar mäts till och med ${run.today}.`],
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
    notes: [
      'Kostnad = lönekostnad inklusive PO-pålägg för projektets tjänster (tjänstgöringsgrad × dagar), per hela kalenderår som perioden berör. Lön: medellönen för kommunens coacher det året, annars standardlönen i löneinställningarna. Belopp i öre.',
    ],
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
    notes: run.access.coachId
      ? ['Ärendemängd över din egen tjänstgöringsgrad; remisser ingår inte (de hör till kommunen).']
      : [],
  };
}
