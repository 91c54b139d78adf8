// List and detail against PostGraphile: both warmed up, then A, B, B, A, … phases, with the
// per-round throughput ratios summarised as a median and its spread.
import { interleavedSchedule, perRoundRatios } from './interleave.mjs';
import { runPhase, warmUp } from './load-phase.mjs';
import { latencyPercentiles, round1, round2, spreadOf, verdictAgainst } from './stats.mjs';

const SUBJECTS = ['gateway', 'postgraphile'];

function median(values) {
  return spreadOf(values).median;
}

function summariseSubject(phases, subject) {
  const own = phases.filter((p) => p.subject === subject);
  const latencies = own.flatMap((p) => p.latencies);
  const cpu = own.map((p) => p.cpu).filter(Boolean);
  const medianOf = (pick) => (cpu.length ? Math.round(median(cpu.map(pick))) : null);
  return {
    requests: own.reduce((n, p) => n + p.requests, 0),
    errors: own.reduce((n, p) => n + p.errors, 0),
    rpsPerRound: own.map((p) => Math.round(p.rps)),
    rpsMedian: Math.round(median(own.map((p) => p.rps))),
    latencyMs: Object.fromEntries(
      Object.entries(latencyPercentiles(latencies)).map(([k, v]) => [k, round1(v)]),
    ),
    p99PerRoundMs: own.map((p) => round1(latencyPercentiles(p.latencies).p99)),
    cpuMicrosPerRequest: cpu.length
      ? {
          server: medianOf((c) => c.microsPerRequest.server),
          postgres: medianOf((c) => c.microsPerRequest.postgres),
          postgresShared: medianOf((c) => c.microsPerRequest.postgresShared),
          loadGenerator: medianOf((c) => c.microsPerRequest.loadGenerator),
        }
      : null,
    otherSharePerRound: cpu.map((c) => c.shares.other),
  };
}

/**
 * Measures one shape (list or detail) on both servers. `targets` maps subject →
 * `{ url, token, pid }`, `requests` subject → GraphQL request. `thresholds` are the ratios
 * a verdict is given against (1: ahead at all; the target).
 */
export async function compareInterleaved({ shape, targets, requests, config, db, log }) {
  for (const subject of SUBJECTS) {
    await warmUp({
      url: targets[subject].url,
      token: targets[subject].token,
      request: requests[subject],
      connections: config.connections,
      seconds: config.warmUpSeconds,
    });
  }
  const phases = [];
  for (const { round, subject } of interleavedSchedule(SUBJECTS, config.rounds)) {
    // A short unmeasured lead-in: the other server had the machine until now.
    await warmUp({
      url: targets[subject].url,
      token: targets[subject].token,
      request: requests[subject],
      connections: config.connections,
      seconds: config.leadInSeconds,
    });
    const phase = await runPhase({
      target: targets[subject],
      request: requests[subject],
      connections: config.connections,
      seconds: config.phaseSeconds,
      db,
    });
    log(
      `${shape} round ${round} ${subject}: ${Math.round(phase.rps)} req/s, ${phase.errors} errors` +
        (phase.cpu
          ? `, other work ${Math.round(phase.cpu.shares.other * 100)} % of the machine`
          : ''),
    );
    phases.push({ round, subject, ...phase });
  }
  const ratios = perRoundRatios(phases, 'gateway', 'postgraphile', (p) => p.rps);
  const spread = spreadOf(ratios);
  const verdicts = config.thresholds.map((t) => verdictAgainst(spread, t));
  return {
    shape,
    rounds: config.rounds,
    gateway: summariseSubject(phases, 'gateway'),
    postgraphile: summariseSubject(phases, 'postgraphile'),
    ratio: {
      perRound: ratios.map(round2),
      median: round2(spread.median),
      min: round2(spread.min),
      max: round2(spread.max),
      q1: round2(spread.q1),
      q3: round2(spread.q3),
    },
    verdicts: verdicts.map((v) => ({ ...v, margin: round2(v.margin) })),
  };
}
