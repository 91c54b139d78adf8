// The disclosure audit on the national bench database (`finsam_bench_national_<seed>`,
// written by `db:generate --associations 75`), association by association: every report an
// `external` user can take of an association, for each year of the data and the whole span,
// built from the rows the gateway reads (`reportRowsRepository`, in a READ ONLY
// transaction), protected with `protectTable` (k = 5) and then attacked with the plain LP
// (`attackTable`, two LPs per small count): nothing may be narrower than 0..k.
//
// Resumable and sharded: each association's result is one JSON line appended to
// AUDIT_RESULTS (default `.data/bench/national-disclosure-audit-<database>.jsonl`); an
// association already there is skipped. AUDIT_SHARD=i/n audits the associations whose
// index (by name) is i mod n; AUDIT_LIMIT=N stops after N associations this run.
// AUDIT_GENDER=female,male audits instead the reports a reader may filter by gender, once
// per gender (results in their own file); AUDIT_MUNICIPALITY=1 audits every report once per
// municipality of the association (the gateway's `filter.municipalityId`).
// Run after a build, on a quiet core: `nice -n 19 node apps/bench/src/national-disclosure-audit.mjs`.
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { reportRowsRepository } from '@finsam-se/persistence';
import {
  afterSupportReport,
  durableOutcomeReport,
  fidelityReport,
  genderAnalysis,
  exposedCounts,
  smallCounts,
  loadHighsLpSolver,
  outcomeReport,
  phaseFunnel,
  protectTable,
  referralStats,
  selfSupportingReport,
  transitionMatrix,
} from '@finsam-se/reporting';
import pg from 'pg';

const K = 5;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
url.pathname = `/${process.env.AUDIT_DATABASE ?? 'finsam_bench_national_1'}`;
const database = url.pathname.slice(1);
/** The gender filters to audit (the gateway's `filter.gender`); none: the unfiltered reports. */
const genders = (process.env.AUDIT_GENDER ?? '').split(',').filter(Boolean);
const perMunicipality = process.env.AUDIT_MUNICIPALITY === '1';
const resultsFile =
  process.env.AUDIT_RESULTS ??
  path.join(
    root,
    '.data',
    'bench',
    `national-disclosure-audit-${database}${genders.length > 0 ? `-${genders.join('-')}` : ''}${perMunicipality ? '-municipality' : ''}.jsonl`,
  );
const [shard, shards] = (process.env.AUDIT_SHARD ?? '0/1').split('/').map(Number);
const limit = Number(process.env.AUDIT_LIMIT ?? Infinity);

const client = new pg.Client({ connectionString: url.toString() });
await client.connect();
const generated = await client.query(`SELECT value FROM bench_meta WHERE key = 'generated'`);
if (generated.rowCount === 0 && process.env.AUDIT_UNFINISHED !== '1') {
  console.error(`${database} is not generated yet (no bench_meta 'generated'); waiting is yours.`);
  process.exit(2);
}
const associations = (
  await client.query(`SELECT id::text, name FROM associations ORDER BY name, id`)
).rows;
const span = (
  await client.query(`SELECT extract(year FROM min(enrolled_on))::int AS first,
    extract(year FROM greatest(max(enrolled_on), max(discharged_on)))::int AS last FROM enrollments`)
).rows[0];
const years = [];
for (let y = span.first; y <= span.last; y += 1)
  years.push({ start: `${y}-01-01`, end: `${y + 1}-01-01` });
const periods = [...years, { start: `${span.first}-01-01`, end: `${span.last + 1}-01-01` }];
const asOf = `${span.last + 1}-01-01`;

const done = new Set(
  existsSync(resultsFile)
    ? readFileSync(resultsFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line).associationId)
    : [],
);
mkdirSync(path.dirname(resultsFile), { recursive: true });
const solver = await loadHighsLpSolver();

/** The gateway's rows of one association, read in a READ ONLY transaction. */
async function rowsOf(associationId) {
  let statements = 0;
  const tx = {
    associationId,
    statementCount: () => statements,
    async query(sql, parameters) {
      statements += 1;
      return (await client.query(sql, parameters)).rows;
    },
  };
  await client.query('BEGIN READ ONLY');
  try {
    const scope = {};
    return {
      enrollments: await reportRowsRepository.enrollments(tx, scope),
      posts: await reportRowsRepository.posts(tx, scope),
      placements: await reportRowsRepository.placements(tx, scope),
      referrals: await reportRowsRepository.referrals(tx, scope),
      followUps: await reportRowsRepository.followUps(tx, scope),
    };
  } finally {
    await client.query('ROLLBACK');
  }
}

function reportsOf(rows, period) {
  const { enrollments, referrals, followUps } = rows;
  const outcome = (by) => () => outcomeReport(enrollments, { period, by, goalShare: 0.35 });
  const byGender = (gender) =>
    outcomeReport(
      enrollments.filter((row) => row.gender === gender),
      { period, by: 'municipality', goalShare: 0.35 },
    );
  return [
    ['outcome/municipality', outcome('municipality')],
    ['outcome/gender', outcome('gender')],
    ['outcome/ageBand', outcome('ageBand')],
    ['outcome/targetGroupFactor', outcome('targetGroupFactor')],
    ['outcome/genderComparison', () => genderAnalysis(byGender('female'), byGender('male'))],
    ['transitionMatrix', () => transitionMatrix(enrollments, { period })],
    [
      'transitionMatrix/combination',
      () => transitionMatrix(enrollments, { period, mode: 'combination' }),
    ],
    ['phaseFunnel', () => phaseFunnel(enrollments, { period, asOf: period.end })],
    ['referralStats', () => referralStats(referrals, { range: period })],
    ['afterSupport', () => afterSupportReport(followUps, { period, asOf, goalShare: 0.75 })],
    [
      'durableOutcome',
      () => durableOutcomeReport(enrollments, followUps, { period, asOf, goalShare: 0.35 }),
    ],
    [
      'selfSupporting',
      () => selfSupportingReport(enrollments, followUps, { period, asOf, goalShare: 0.65 }),
    ],
    ['fidelity', () => fidelityReport(rows, { period, asOf: period.end })],
  ];
}

/** The reports with a gender filter (report.service.ts: `gender: true`), for one gender. */
function genderReportsOf(rows, period, gender) {
  const enrollments = rows.enrollments.filter((row) => row.gender === gender);
  const followUps = rows.followUps.filter((row) => row.gender === gender);
  const names = new Set([
    'outcome/municipality',
    'outcome/ageBand',
    'outcome/targetGroupFactor',
    'transitionMatrix',
    'transitionMatrix/combination',
    'phaseFunnel',
    'durableOutcome',
    'selfSupporting',
  ]);
  return [
    ...reportsOf({ ...rows, enrollments, followUps }, period).filter(([name]) => names.has(name)),
    [
      'afterSupport',
      () => afterSupportReport(rows.followUps, { period, asOf, goalShare: 0.75, gender }),
    ],
  ].map(([name, build]) => [`${name} (${gender})`, build]);
}

/** The association's rows as the gateway reads them with `filter.municipalityId`. */
function municipalSlices(rows) {
  const towns = [...new Set(rows.enrollments.map((row) => row.municipalityId))].sort();
  return towns.map((town) => {
    const enrollments = rows.enrollments.filter((row) => row.municipalityId === town);
    return [
      town,
      {
        enrollments,
        posts: rows.posts.filter((row) => row.municipalityId === town),
        placements: rows.placements.filter((row) => row.municipalityId === town),
        referrals: rows.referrals.filter((row) => row.municipalityId === town),
        followUps: rows.followUps.filter((row) => row.municipalityId === town),
      },
    ];
  });
}

function audit(name, table, totals, exposed) {
  const started = performance.now();
  const result = protectTable(table, { k: K, solver });
  totals.protectMs += performance.now() - started;
  totals.tables += 1;
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

let audited = 0;
for (const [index, association] of associations.entries()) {
  if (index % shards !== shard || done.has(association.id)) continue;
  if (audited >= limit) break;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const rows = await rowsOf(association.id);
  const totals = { tables: 0, small: 0, exposed: 0, refused: 0, rounds: 0, lps: 0 };
  Object.assign(totals, { protectMs: 0, attackMs: 0 });
  const exposed = [];
  for (const period of periods) {
    const tables = perMunicipality
      ? municipalSlices(rows).flatMap(([town, slice]) =>
          reportsOf(slice, period).map(([name, build]) => [`${name} (${town})`, build]),
        )
      : genders.length > 0
        ? genders.flatMap((gender) => genderReportsOf(rows, period, gender))
        : reportsOf(rows, period);
    for (const [report, build] of tables)
      audit(`${report} ${period.start}–${period.end}`, build(), totals, exposed);
  }
  const used = process.cpuUsage(cpu);
  const line = {
    associationId: association.id,
    name: association.name,
    enrollments: rows.enrollments.length,
    ...totals,
    protectMs: Math.round(totals.protectMs),
    attackMs: Math.round(totals.attackMs),
    cpuMs: Math.round((used.user + used.system) / 1000),
    wallMs: Math.round(performance.now() - started),
    exposedCells: exposed.slice(0, 20),
    at: new Date().toISOString(),
  };
  appendFileSync(resultsFile, `${JSON.stringify(line)}\n`);
  console.log(JSON.stringify({ ...line, exposedCells: exposed.length }));
  audited += 1;
  if (exposed.length > 0) process.exitCode = 1;
}
await client.end();
console.log(`audited ${audited} associations this run; results in ${resultsFile}`);
