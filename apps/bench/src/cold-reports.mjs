// Cold reports against their SQL floor: every sample is a pair, the gateway with its cache
// emptied and the floor's candidate statements, taken back to back (the order alternating)
// so both see the same moment of the machine. The ratio is the median of per-pair ratios.
import { sqlFloors } from './sql-floors.mjs';
import { median, round1, round2, spreadOf, verdictAgainst } from './stats.mjs';

const timed = async (run) => {
  const started = performance.now();
  await run();
  return performance.now() - started;
};

/** Each candidate as a named prepared statement: planned once, like the gateway's own. */
function floorQueries(report, params) {
  return Object.entries(sqlFloors[report]).map(([candidate, text]) => ({
    candidate,
    query: { name: `floor_${report}_${candidate}`, text, values: params },
  }));
}

/**
 * `gatewayCall(report)` runs one cold gateway request and returns its statements and
 * round trips; `db` is a client on the bench database; `params` the floors' parameters.
 * `requestCall()`, if given, runs the cheapest request that still opens a tenant
 * transaction (a count of a few rows), timed beside each cold sample: what every request
 * costs before any figure is read. The target stays cold/floor; cold minus that cost over
 * the floor says how much of the rest is the report's own reading and rules.
 */
export async function coldAgainstFloors({ reports, gatewayCall, requestCall, db, params, config }) {
  const results = {};
  for (const report of reports) {
    const floors = floorQueries(report, params);
    const runFloors = async (samples) => {
      for (const { candidate, query } of floors)
        samples[candidate].push(await timed(() => db.query(query)));
    };
    // A warm process missing its cache, not a cold start: the first misses compile.
    const discard = Object.fromEntries(floors.map((f) => [f.candidate, []]));
    for (let i = 0; i < config.coldWarmUps; i += 1) {
      await gatewayCall(report);
      await runFloors(discard);
    }
    const gateway = [];
    const request = [];
    const floorSamples = Object.fromEntries(floors.map((f) => [f.candidate, []]));
    let counts = null;
    for (let i = 0; i < config.coldSamples; i += 1) {
      if (i % 2 === 1) await runFloors(floorSamples);
      const started = performance.now();
      counts = await gatewayCall(report);
      gateway.push(performance.now() - started);
      if (requestCall) request.push(await timed(requestCall));
      if (i % 2 === 0) await runFloors(floorSamples);
    }
    const floorMedians = Object.fromEntries(
      Object.entries(floorSamples).map(([c, s]) => [c, round1(median(s))]),
    );
    const [fastest] = Object.entries(floorSamples)
      .map(([candidate, samples]) => ({ candidate, median: median(samples) }))
      .sort((a, b) => a.median - b.median);
    const ratios = gateway.map((ms, i) => ms / floorSamples[fastest.candidate][i]);
    const spread = spreadOf(ratios);
    const beyondRequest = requestCall
      ? spreadOf(
          gateway.map((ms, i) => Math.max(0, ms - request[i]) / floorSamples[fastest.candidate][i]),
        )
      : undefined;
    results[report] = {
      samples: config.coldSamples,
      statements: counts.statements,
      roundTrips: counts.roundTrips,
      coldMedianMs: round1(median(gateway)),
      ...(beyondRequest
        ? {
            requestMedianMs: round1(median(request)),
            beyondRequestRatio: { median: round2(beyondRequest.median) },
          }
        : {}),
      floor: fastest.candidate,
      floorMedianMs: round1(fastest.median),
      floorCandidatesMedianMs: floorMedians,
      ratio: {
        median: round2(spread.median),
        q1: round2(spread.q1),
        q3: round2(spread.q3),
        min: round2(spread.min),
        max: round2(spread.max),
      },
      verdict: (({ margin, ...v }) => ({ ...v, margin: round2(margin), basis: 'IQR' }))(
        verdictAgainst(spread, config.floorTarget, { low: spread.q1, high: spread.q3 }),
      ),
    };
  }
  return results;
}
