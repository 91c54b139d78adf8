// The bench's settings, read once from the environment; a bad value stops it at once.

// The gateway's pool (apps/gateway/src/main.ts opens 20 connections); PostGraphile gets the
// same, so neither server waits on a smaller pool than the other.
export const POOL_SIZE = 20;

function number(env, name, fallback, { min = 0, integer = false } = {}) {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || (integer && !Number.isInteger(value)))
    throw new RangeError(`${name} must be ${integer ? 'a whole number' : 'a number'} ≥ ${min}.`);
  return value;
}

/** Parses the BENCH_* settings (see apps/bench/README.md and docs/performance.md). */
export function benchConfig(env) {
  const scale = env.BENCH_SCALE ?? 'national';
  if (!['national', 'small', 'tiny'].includes(scale))
    throw new RangeError('BENCH_SCALE must be national, small or tiny.');
  return {
    serverUrl:
      env.BENCH_DATABASE_URL ?? env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    scale,
    seed: number(env, 'BENCH_SEED', 1, { min: 1, integer: true }),
    connections: number(env, 'BENCH_CONNECTIONS', 50, { min: 1, integer: true }),
    reportConnections: 10,
    // Seconds of each measured phase, and of each server's warm-up before the first round.
    phaseSeconds: number(env, 'BENCH_DURATION', 10, { min: 1 }),
    warmUpSeconds: number(env, 'BENCH_WARM_UP', 5),
    // Unmeasured seconds at the start of every phase: the other server had the machine.
    leadInSeconds: number(env, 'BENCH_LEAD_IN', 1),
    rounds: number(env, 'BENCH_ROUNDS', 3, { min: 3, integer: true }),
    coldSamples: number(env, 'BENCH_COLD_SAMPLES', 61, { min: 5, integer: true }),
    coldWarmUps: 10,
    // The ratios a verdict is given against: ahead of PostGraphile at all, and the target.
    thresholds: [1, number(env, 'BENCH_TARGET_RATIO', 1.3, { min: 1 })],
    floorTarget: number(env, 'BENCH_FLOOR_TARGET', 1.3, { min: 1 }),
  };
}
