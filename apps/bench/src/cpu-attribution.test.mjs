import { describe, expect, it } from 'vitest';
import { attributeCpu, cpuBetween } from './cpu-attribution.mjs';

describe('attributeCpu', () => {
  // 10 s on 2 cores = 20,000 ms of capacity; 10,000 requests.
  const phase = {
    elapsedMs: 10_000,
    cores: 2,
    busyMs: 18_000,
    serverMs: 9_000,
    generatorMs: 3_000,
    benchBackendsMs: 4_000,
    postgresSharedMs: 200,
    requests: 10_000,
  };

  it('gives each part’s CPU per request in µs', () => {
    expect(attributeCpu(phase).microsPerRequest).toEqual({
      server: 900,
      postgres: 400,
      postgresShared: 20,
      loadGenerator: 300,
    });
  });

  it('shows what else used the machine as a share of its capacity', () => {
    // 18,000 − 9,000 − 3,000 − 4,000 − 200 = 1,800 ms of 20,000.
    expect(attributeCpu(phase).shares).toEqual({
      busy: 0.9,
      server: 0.45,
      postgres: 0.2,
      postgresShared: 0.01,
      loadGenerator: 0.15,
      other: 0.09,
    });
  });

  it('never reports negative other work when the readings overlap by a tick', () => {
    expect(attributeCpu({ ...phase, busyMs: 16_000 }).shares.other).toBe(0);
  });
});

describe('cpuBetween', () => {
  it('sums each process’s growth, counts a new one whole and drops one that ended', () => {
    const before = new Map([
      [1, 100],
      [2, 50],
      [3, 70],
    ]);
    const after = new Map([
      [1, 160],
      [2, 50],
      [4, 30],
    ]);
    expect(cpuBetween(before, after)).toBe(60 + 0 + 30);
  });
});
