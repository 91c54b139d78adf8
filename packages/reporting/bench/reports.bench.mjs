// In-process benchmark of every report on deterministic synthetic national-scale data.
// Run after a build: `npm run build && npm run bench` (imports ../dist/index.js).
// Prints the time of each report and its ratio to a baseline in the same process
// (one plain loop over the enrollment rows), so numbers compare across machines.
import { performance } from 'node:perf_hooks';
import {
  afterSupportReport,
  byGender,
  caseloadSeries,
  durableOutcomeReport,
  economyReport,
  economyRows,
  fidelityReport,
  genderAnalysis,
  loadHighsLpSolver,
  outcomeReport,
  protectTable,
  phaseFunnel,
  reContactReport,
  referralStats,
  suppress,
  susExportCsv,
  toCsv,
  transitionMatrix,
} from '../dist/index.js';
import { syntheticData } from './synthetic-data.mjs';

const ENROLLMENTS = Number(process.env.BENCH_ENROLLMENTS ?? 100_000);

const {
  municipalities,
  enrollments,
  posts,
  referrals,
  followUps,
  placements,
  reContacts,
  costs,
  registrations,
} = syntheticData(ENROLLMENTS);

const year2024 = { start: '2024-01-01', end: '2025-01-01' };
const REPEAT = 3;

/** Best of REPEAT runs, in milliseconds. */
function time(run, repeat = REPEAT) {
  let best = Infinity;
  let result;
  for (let i = 0; i < repeat; i += 1) {
    const start = performance.now();
    result = run();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, result };
}

const baseline = time(() => {
  let discharged = 0;
  for (const row of enrollments) {
    if (
      row.dischargedOn !== null &&
      row.dischargedOn >= year2024.start &&
      row.dischargedOn < year2024.end
    )
      discharged += 1;
  }
  return discharged;
}, 20);

const outcome = () =>
  outcomeReport(enrollments, { period: year2024, by: 'municipality', goalShare: 0.35 });
const cases = [
  ['outcomeReport by municipality', outcome],
  [
    'outcomeReport by ageBand',
    () => outcomeReport(enrollments, { period: year2024, by: 'ageBand', goalShare: 0.35 }),
  ],
  [
    'caseloadSeries 12 months by municipality',
    () => caseloadSeries(enrollments, posts, { range: year2024, by: 'municipality' }),
  ],
  [
    'caseloadSeries 12 months by coach',
    () => caseloadSeries(enrollments, posts, { range: year2024, by: 'coach' }),
  ],
  ['transitionMatrix', () => transitionMatrix(enrollments, { period: year2024 })],
  ['phaseFunnel', () => phaseFunnel(enrollments, { period: year2024, asOf: '2025-01-01' })],
  ['referralStats 12 months', () => referralStats(referrals, { range: year2024 })],
  [
    'afterSupportReport',
    () => afterSupportReport(followUps, { period: year2024, asOf: '2026-01-01', goalShare: 0.75 }),
  ],
  [
    'durableOutcomeReport (persons, 6 and 12 months)',
    () =>
      durableOutcomeReport(enrollments, followUps, {
        period: year2024,
        asOf: '2026-01-01',
        goalShare: 0.35,
      }),
  ],
  ['reContactReport', () => reContactReport(reContacts, { period: year2024 })],
  [
    'genderAnalysis (outcome by municipality)',
    () => {
      const split = byGender(enrollments, (rows) =>
        outcomeReport(rows, { period: year2024, by: 'municipality', goalShare: 0.35 }),
      );
      return genderAnalysis(split.female, split.male);
    },
  ],
  ['economyRows + economyReport', () => economyReport(economyRows(enrollments, costs))],
  [
    'fidelityReport',
    () =>
      fidelityReport(
        { enrollments, posts, placements, referrals },
        { period: year2024, asOf: '2025-01-01' },
      ),
  ],
];

const outcomeTable = outcome();
const caseloadTable = caseloadSeries(enrollments, posts, { range: year2024, by: 'municipality' });
const referralTable = referralStats(referrals, { range: year2024 });
const fidelityTable = fidelityReport(
  { enrollments, posts, placements, referrals },
  { period: year2024, asOf: '2025-01-01' },
);
const solver = await loadHighsLpSolver();
const protect = (table) => {
  const result = protectTable(table, { k: 5, solver });
  if (!result.ok) throw new Error(result.error.code);
  return result;
};
cases.push(
  ['suppress (outcome by municipality)', () => suppress(outcomeTable)],
  ['suppress (caseload series)', () => suppress(caseloadTable)],
  ['toCsv (caseload series)', () => toCsv(caseloadTable, { locale: 'sv' })],
  // The LP audit external reports go through (secondary suppression until every small
  // count's range contains 0..k); HiGHS is loaded once, outside the timing.
  ['protectTable (outcome by municipality)', () => protect(outcomeTable)],
  ['protectTable (caseload series)', () => protect(caseloadTable)],
  ['protectTable (referralStats 12 months)', () => protect(referralTable)],
  ['protectTable (fidelity)', () => protect(fidelityTable)],
  ['susExportCsv (20 000 registrations)', () => susExportCsv(registrations)],
);

/**
 * The audit's cost per report as an external user gets it, on a demo-size association
 * (6 municipalities, about 600 enrollments) and on 10,000 enrollments over all 290
 * municipalities: the report itself, then `protectTable` on it (rounds of secondary
 * suppression and LPs solved are printed beside the time).
 */
function auditScenarios(label, rows) {
  const ids = new Set(rows.map((row) => row.enrollmentId));
  const towns = new Set(rows.map((row) => row.municipalityId));
  const share = rows.length / enrollments.length;
  const input = {
    enrollments: rows,
    posts: posts.filter((post) => towns.has(post.municipalityId)),
    placements: placements.filter((placement) => ids.has(placement.enrollmentId)),
    referrals: referrals
      .filter((referral) => towns.has(referral.municipalityId))
      .slice(0, Math.ceil(referrals.length * share)),
  };
  const follow = followUps.filter((row) => ids.has(row.enrollmentId));
  const reports = [
    [
      'outcome by municipality',
      () => outcomeReport(rows, { period: year2024, by: 'municipality', goalShare: 0.35 }),
    ],
    [
      'outcome by gender',
      () => outcomeReport(rows, { period: year2024, by: 'gender', goalShare: 0.35 }),
    ],
    ['transition matrix', () => transitionMatrix(rows, { period: year2024 })],
    ['phase funnel', () => phaseFunnel(rows, { period: year2024, asOf: '2025-01-01' })],
    ['referral stats 12 months', () => referralStats(input.referrals, { range: year2024 })],
    [
      'after support',
      () => afterSupportReport(follow, { period: year2024, asOf: '2026-01-01', goalShare: 0.75 }),
    ],
    [
      'durable outcome',
      () =>
        durableOutcomeReport(rows, follow, {
          period: year2024,
          asOf: '2026-01-01',
          goalShare: 0.35,
        }),
    ],
    ['fidelity', () => fidelityReport(input, { period: year2024, asOf: '2025-01-01' })],
  ];
  return reports.map(([name, build]) => {
    const table = build();
    return [`${label}: ${name}`, build, table];
  });
}
const demoTowns = new Set(municipalities.slice(0, 6));
const auditCases = [
  ...auditScenarios(
    'demo size',
    enrollments.filter((row) => demoTowns.has(row.municipalityId)).slice(0, 600),
  ),
  ...auditScenarios('10 000 enrollments', enrollments.slice(0, 10_000)),
];

console.log(
  `reporting bench: ${enrollments.length} enrollments, ${posts.length} posts, ${referrals.length} referrals, ` +
    `${followUps.length} follow-ups, ${placements.length} placements (best of ${REPEAT})`,
);
console.log(`baseline (one loop counting discharges): ${baseline.ms.toFixed(2)} ms`);
for (const [name, run] of cases) {
  const { ms } = time(run);
  console.log(
    `${name.padEnd(44)} ${ms.toFixed(1).padStart(9)} ms  ${(ms / baseline.ms).toFixed(1).padStart(8)}× baseline`,
  );
}
console.log('\naudit per report (protectTable, k = 5, as external users get it):');
console.log(
  `${'report'.padEnd(44)} ${'report ms'.padStart(9)} ${'audit ms'.padStart(9)}  rounds  LPs  small`,
);
for (const [name, build, table] of auditCases) {
  const report = time(build);
  const { ms, result } = time(() => protect(table));
  const small = table.rows.reduce(
    (sum, row) =>
      sum +
      Object.values(row.cells).filter((c) => c.kind === 'count' && c.count >= 1 && c.count < 5)
        .length,
    0,
  );
  console.log(
    `${name.padEnd(44)} ${report.ms.toFixed(1).padStart(9)} ${ms.toFixed(1).padStart(9)}  ${String(result.rounds).padStart(6)} ${String(result.work?.lps ?? '-').padStart(4)} ${String(small).padStart(6)}`,
  );
}
