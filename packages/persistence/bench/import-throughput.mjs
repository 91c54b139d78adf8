// Import throughput (`npm run bench`): rows per second for the dry run and for the import of
// participants with their enrollments, against a baseline measured in the same run on the same
// server: the same rows written the plainest way (the same encryption and keyed hash, one
// INSERT per table per batch of the import's size, no checks, no look-ups, no audit, no run
// record). Each round uses a fresh association; the medians and the import/baseline ratio are
// printed, nothing is asserted. IMPORT_BENCH_ROWS (default 20000) and IMPORT_BENCH_ROUNDS
// (default 3) size it; the figure is IMPORT_BENCH_ROWS=100000.
import { performance } from 'node:perf_hooks';
import { LocalDate, suggestMapping, testPersonnummer } from '@finsam-se/domain';
import { IMPORT_BATCH_SIZE, dryRunImport, fileSha256, runImport } from '@finsam-se/persistence';
import {
  createTestPersistence,
  givenAssociation,
  givenCoach,
  givenMunicipality,
  givenProject,
} from '@finsam-se/persistence/testing';

const ROWS = Number(process.env.IMPORT_BENCH_ROWS ?? 20_000);
const ROUNDS = Number(process.env.IMPORT_BENCH_ROUNDS ?? 3);
const today = LocalDate.from('2026-06-01');
const headers = ['Personnummer', 'Förnamn', 'Efternamn', 'Hemkommun', 'Projekt', 'Coach'];
headers.push('Inskriven', 'Försörjning vid start', 'Fas', 'Fas sedan');

/** ROWS distinct test personnummer (Skatteverket's test serials), one row each. */
function sheetOf(count) {
  const first = Date.UTC(1950, 0, 1);
  const rows = [];
  for (let i = 0; i < count; i += 1) {
    const day = new Date(first + Math.floor(i / 20) * 86_400_000).toISOString().slice(0, 10);
    const pnr = testPersonnummer(day, i % 2 ? 'male' : 'female', Math.floor(i / 2) % 10);
    const moved = i % 3 === 0;
    rows.push([
      pnr,
      `Namn${i % 997}`,
      'Benchsson',
      'Nässjö',
      'SE Bench',
      'Bench Coach',
      '2025-02-03',
      'Sjukersättning',
      moved ? 'Jobbsökande' : '',
      moved ? '2025-05-05' : '',
    ]);
  }
  return { headers, rows };
}

async function organisation(persistence) {
  const world = await givenAssociation(persistence);
  const municipality = await givenMunicipality(world, { name: 'Nässjö', code: '0682' });
  const project = await givenProject(world, { name: 'SE Bench' });
  const coach = await givenCoach(world, { municipalityId: municipality.id, name: 'Bench Coach' });
  return { world, municipality, project, coach };
}

/** The baseline: the dry run's valid rows written with one INSERT per table per batch. */
async function plainInsert(persistence, org, valid) {
  for (let at = 0; at < valid.length; at += IMPORT_BATCH_SIZE) {
    const batch = valid.slice(at, at + IMPORT_BATCH_SIZE);
    await org.world.asTenant(async (tx) => {
      const people = await tx.query(
        `INSERT INTO participants (association_id, personnummer_cipher, personnummer_hash, first_name, last_name, gender, birth_date, home_municipality_id, target_group_factors)
         SELECT $1, c, h, f, l, g, b, m, '{}'::text[]
         FROM unnest($2::bytea[], $3::bytea[], $4::text[], $5::text[], $6::text[], $7::date[], $8::uuid[]) AS r(c, h, f, l, g, b, m)
         RETURNING id`,
        [
          tx.associationId,
          batch.map((row) => persistence.pii.encrypt(row.personnummer)),
          batch.map((row) => persistence.pii.hash(row.personnummer)),
          batch.map((row) => row.firstName),
          batch.map((row) => row.lastName),
          batch.map((row) => row.gender),
          batch.map((row) => String(row.birthDate)),
          batch.map((row) => row.homeMunicipalityId),
        ],
      );
      const enrollments = await tx.query(
        `INSERT INTO enrollments (association_id, participant_id, coach_id, municipality_id, project_id, enrolled_on, compensation_at_start, current_phase)
         SELECT $1, p, $3, $4, $5, $6, ARRAY['sickness_compensation'], ph
         FROM unnest($2::uuid[], $7::text[]) AS r(p, ph)
         RETURNING id`,
        [
          tx.associationId,
          people.map((p) => p.id),
          org.coach.id,
          org.municipality.id,
          org.project.id,
          '2025-02-03',
          batch.map((row) => row.enrollment?.phases.at(-1)?.phase ?? 'agreement'),
        ],
      );
      const transitions = batch.flatMap((row, i) =>
        (row.enrollment?.phases ?? []).map((p, seq) => [enrollments[i].id, seq + 1, p.phase, p.on]),
      );
      await tx.query(
        `INSERT INTO phase_transitions (association_id, enrollment_id, seq, phase, on_date)
         SELECT $1, e, s, p, d FROM unnest($2::uuid[], $3::int[], $4::text[], $5::date[]) AS r(e, s, p, d)`,
        [
          tx.associationId,
          transitions.map((t) => t[0]),
          transitions.map((t) => t[1]),
          transitions.map((t) => t[2]),
          transitions.map((t) => String(t[3])),
        ],
      );
    });
  }
}

async function timed(work) {
  const start = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - start) / 1000 };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// A database of its own on the bench's server, dropped at the end.
process.env.TEST_ADMIN_URL ??=
  process.env.BENCH_DATABASE_URL ??
  process.env.DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
const persistence = await createTestPersistence();
const results = { baseline: [], dryRun: [], import: [], ratio: [] };
try {
  const sheet = sheetOf(ROWS);
  const mapping = suggestMapping(headers);
  for (let round = 1; round <= ROUNDS; round += 1) {
    const plain = await organisation(persistence);
    const input = { associationId: plain.world.associationId, today, sheet, mapping };
    const dry = await timed(() => dryRunImport(persistence.database, persistence.pii, input));
    if (dry.value.errors.length > 0)
      throw new Error(`The bench sheet has ${dry.value.errors.length} bad rows`);
    const base = await timed(() => plainInsert(persistence, plain, dry.value.valid));

    const imported = await organisation(persistence);
    const run = await timed(() =>
      runImport(persistence.database, persistence.pii, {
        ...input,
        associationId: imported.world.associationId,
        fileName: 'bench.xlsx',
        fileSha256: fileSha256(Buffer.from(`bench ${imported.world.associationId}`)),
        actor: { userId: null, role: 'cli', requestId: null },
      }),
    );
    if (run.value.participantsCreated !== ROWS) throw new Error('The import wrote too few people');
    results.baseline.push(ROWS / base.seconds);
    results.dryRun.push(ROWS / dry.seconds);
    results.import.push(ROWS / run.seconds);
    results.ratio.push(run.seconds / base.seconds);
    console.log(
      `round ${round}: baseline ${base.seconds.toFixed(1)} s, dry run ${dry.seconds.toFixed(1)} s, import ${run.seconds.toFixed(1)} s`,
    );
  }
} finally {
  await persistence.close();
}

const rate = (values) => `${Math.round(median(values))} rows/s`;
console.log(`\nImport throughput, ${ROWS} participants with enrollments, median of ${ROUNDS}:`);
console.log(`  plain INSERT baseline  ${rate(results.baseline)}`);
console.log(`  dry run (checks only)  ${rate(results.dryRun)}`);
console.log(`  import (check + write) ${rate(results.import)}`);
console.log(`  import time / baseline time: ${median(results.ratio).toFixed(1)}×`);
