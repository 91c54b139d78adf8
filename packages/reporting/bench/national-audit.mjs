// The disclosure audit over every table an external user could take out at national
// scale, in-process: the synthetic data at 484,776 enrollments (as many as the national
// load bench's participants) split into 75 associations of about four municipalities each
// (as `db:generate --associations 75`), every report for each year 2019–2024 and the whole
// span, plus the national tables over all 290 municipalities. Each table goes through
// `protectTable` (k = 5) and is then attacked with the plain LP (`attackTable`, two LPs per
// small count): nothing may be narrower than 0..k. Run after a build:
// `node bench/national-audit.mjs` (`AUDIT_ENROLLMENTS` for a smaller set,
// `AUDIT_ASSOCIATIONS` to audit only the first N associations).
import { performance } from 'node:perf_hooks';
import {
  afterSupportReport,
  durableOutcomeReport,
  fidelityReport,
  exposedCounts,
  smallCounts,
  loadHighsLpSolver,
  outcomeReport,
  phaseFunnel,
  protectTable,
  referralStats,
  transitionMatrix,
} from '../dist/index.js';
import { syntheticData } from './synthetic-data.mjs';

const K = 5;
const COUNT = Number(process.env.AUDIT_ENROLLMENTS ?? 484_776);
const ASSOCIATIONS = 75;
/** How many of the 75 associations to audit (all by default; the national tables always). */
const AUDITED = Number(process.env.AUDIT_ASSOCIATIONS ?? ASSOCIATIONS);
const data = syntheticData(COUNT);
const solver = await loadHighsLpSolver();

const years = Array.from({ length: 6 }, (_, i) => ({
  start: `${2019 + i}-01-01`,
  end: `${2020 + i}-01-01`,
}));
const periods = [...years, { start: '2019-01-01', end: '2025-01-01' }];

function reportsOf(slice, period) {
  const { enrollments, referrals, followUps } = slice;
  const asOf = period.end;
  return [
    [
      'outcome/municipality',
      () => outcomeReport(enrollments, { period, by: 'municipality', goalShare: 0.35 }),
    ],
    ['outcome/gender', () => outcomeReport(enrollments, { period, by: 'gender', goalShare: 0.35 })],
    [
      'outcome/ageBand',
      () => outcomeReport(enrollments, { period, by: 'ageBand', goalShare: 0.35 }),
    ],
    ['transitionMatrix', () => transitionMatrix(enrollments, { period })],
    ['phaseFunnel', () => phaseFunnel(enrollments, { period, asOf })],
    ['referralStats', () => referralStats(referrals, { range: period })],
    [
      'afterSupport',
      () => afterSupportReport(followUps, { period, asOf: '2026-01-01', goalShare: 0.75 }),
    ],
    [
      'durableOutcome',
      () =>
        durableOutcomeReport(enrollments, followUps, {
          period,
          asOf: '2026-01-01',
          goalShare: 0.35,
        }),
    ],
    ['fidelity', () => fidelityReport(slice, { period, asOf })],
  ];
}

function sliceOf(towns) {
  const enrollments = data.enrollments.filter((row) => towns.has(row.municipalityId));
  const ids = new Set(enrollments.map((row) => row.enrollmentId));
  return {
    enrollments,
    posts: data.posts.filter((post) => towns.has(post.municipalityId)),
    placements: data.placements.filter((placement) => ids.has(placement.enrollmentId)),
    referrals: data.referrals.filter((referral) => towns.has(referral.municipalityId)),
    followUps: data.followUps.filter((row) => ids.has(row.enrollmentId)),
  };
}

const totals = {
  tables: 0,
  small: 0,
  exposed: 0,
  refused: 0,
  rounds: 0,
  lps: 0,
  protectMs: 0,
  attackMs: 0,
};
let slowest = { ms: 0, name: '' };
const exposed = [];

function audit(name, table) {
  const started = performance.now();
  const result = protectTable(table, { k: K, solver });
  const ms = performance.now() - started;
  totals.tables += 1;
  totals.protectMs += ms;
  if (ms > slowest.ms) slowest = { ms, name };
  if (!result.ok) {
    totals.refused += 1;
    return;
  }
  totals.rounds += result.rounds;
  totals.lps += result.work.lps;
  const small = smallCounts(table, K);
  totals.small += small.size;
  if (small.size === 0) return;
  const attackStarted = performance.now();
  const found = exposedCounts(result.table, small, solver, K);
  totals.attackMs += performance.now() - attackStarted;
  totals.exposed += found.length;
  for (const { where } of found) exposed.push(`${name}: ${where}`);
}

const started = performance.now();
const perAssociation = Math.ceil(data.municipalities.length / ASSOCIATIONS);
for (let a = 0; a < AUDITED; a += 1) {
  const towns = new Set(data.municipalities.slice(a * perAssociation, (a + 1) * perAssociation));
  if (towns.size === 0) continue;
  const slice = sliceOf(towns);
  for (const period of periods)
    for (const [report, build] of reportsOf(slice, period))
      audit(`association ${a} ${report} ${period.start}–${period.end}`, build());
  console.log(`association ${a}: ${JSON.stringify(totals)}`);
}
const national = sliceOf(new Set(data.municipalities));
for (const period of years)
  for (const [report, build] of reportsOf(national, period).filter(([name]) =>
    ['outcome/municipality', 'referralStats'].includes(name),
  ))
    audit(`national ${report} ${period.start}`, build());

console.log(
  `national audit: ${COUNT} enrollments, ${AUDITED} of ${ASSOCIATIONS} associations and the national tables; ${totals.tables} tables, ` +
    `${totals.small} small counts, ${totals.exposed} exposed, ${totals.refused} refused; ` +
    `protectTable ${(totals.protectMs / 1000).toFixed(1)} s in all (${totals.rounds} rounds, ${totals.lps} LPs; ` +
    `slowest ${slowest.ms.toFixed(0)} ms: ${slowest.name}); plain LP attack ${(totals.attackMs / 1000).toFixed(1)} s; ` +
    `wall ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
for (const line of exposed.slice(0, 20)) console.log(`exposed: ${line}`);
if (totals.exposed > 0) process.exitCode = 1;
