// Due-to-sent latency (`npm run bench`): how long from the scan that finds a due follow-up to
// the coach's reminder arriving at an SMTP server, through the gateway's own job queue (the
// follow-up job writes its effect and the mail, the mail job sends it). The baseline, measured
// in the same rounds on the same database: one bare graphile-worker job round trip (add a job
// whose task does nothing, until it runs). Medians and the median per-round ratio are
// printed, nothing is asserted. DUE_BENCH_ROUNDS (default 10) sizes it.
import { performance } from 'node:perf_hooks';
import { LocalDate } from '@finsam-se/domain';
import {
  createTestPersistence,
  givenAssociation,
  givenCoach,
  givenEnrollment,
  givenMunicipality,
  givenParticipant,
  givenProject,
  givenUser,
} from '@finsam-se/persistence/testing';
import { Logger, run } from 'graphile-worker';
import { SMTPServer } from 'smtp-server';
import { stockholmDateOf } from '../dist/clock/today.js';
import { startWorker } from '../dist/jobs/worker.js';
import { createLogger } from '../dist/logging/logger.js';
import { smtpMailer } from '../dist/mail/mailer.js';

const ROUNDS = Number(process.env.DUE_BENCH_ROUNDS ?? 10);

/** A real SMTP server in this process; `next()` resolves when the next message is accepted. */
async function mailServer() {
  const waiting = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        callback();
        waiting.shift()?.();
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${server.server.address().port}`,
    next: () => new Promise((resolve) => waiting.push(resolve)),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** A coach with a log-in and a participant whose 3-month follow-up is due today. */
async function dueFollowUp(persistence, today) {
  const world = await givenAssociation(persistence);
  const municipality = await givenMunicipality(world);
  const project = await givenProject(world);
  const coach = await givenCoach(world, { municipalityId: municipality.id });
  await givenUser(world, 'coach', { coachId: coach.id, municipalityId: municipality.id });
  const participant = await givenParticipant(world, { homeMunicipalityId: municipality.id });
  const enrollment = await givenEnrollment(world, {
    participantId: participant.id,
    coachId: coach.id,
    projectId: project.id,
    enrolledOn: '2025-01-10',
  });
  await world.asTenant((tx) =>
    tx.query(
      `INSERT INTO follow_ups (association_id, enrollment_id, months_after, due_on) VALUES ($1, $2, 3, $3)`,
      [tx.associationId, enrollment.id, today],
    ),
  );
}

async function timed(work) {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

process.env.TEST_ADMIN_URL ??=
  process.env.BENCH_DATABASE_URL ??
  process.env.DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
const persistence = await createTestPersistence();
const smtp = await mailServer();
const today = LocalDate.from(stockholmDateOf(new Date()));
const worker = await startWorker(
  {
    database: persistence.database,
    pii: persistence.pii,
    mailer: smtpMailer(smtp.url, 'Höglandet SE <no-reply@se.example.org>'),
    log: createLogger('silent'),
    now: () => new Date(),
    publicUrl: 'https://se.example.org',
    mailAttempts: 3,
  },
  { connectionString: persistence.url, schedule: false },
);
// The baseline's own runner on the same queue, with a task that only says it ran.
const ran = [];
const bare = await run({
  connectionString: persistence.url,
  concurrency: 2,
  noHandleSignals: true,
  logger: new Logger(() => () => undefined),
  taskList: { 'bench-noop': async () => ran.shift()?.() },
});
const dueToSent = [];
const roundTrip = [];
const ratio = [];
try {
  for (let round = 1; round <= ROUNDS + 1; round += 1) {
    await dueFollowUp(persistence, today);
    const sent = await timed(async () => {
      const arrived = smtp.next();
      await worker.scan();
      await arrived;
    });
    const trip = await timed(async () => {
      const done = new Promise((resolve) => ran.push(resolve));
      await bare.addJob('bench-noop', {});
      await done;
    });
    // The first round warms connections and caches; it is not counted.
    if (round === 1) continue;
    dueToSent.push(sent);
    roundTrip.push(trip);
    ratio.push(sent / trip);
    console.log(
      `round ${round - 1}: due → sent ${sent.toFixed(0)} ms, bare job ${trip.toFixed(0)} ms`,
    );
  }
} finally {
  await bare.stop();
  await worker.stop();
  await smtp.close();
  await persistence.close();
}

console.log(`\nDue → sent over the job queue, median of ${ROUNDS}:`);
console.log(`  bare job round trip (baseline)  ${median(roundTrip).toFixed(0)} ms`);
console.log(`  due follow-up → mail at SMTP    ${median(dueToSent).toFixed(0)} ms`);
console.log(`  due → sent / bare job: ${median(ratio).toFixed(1)}×`);
