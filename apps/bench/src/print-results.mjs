// The bench's tables and warnings. Percentiles are named by what they are (p95 is p95).

const pct = (share) =>
  share === null || share === undefined ? '' : `${Math.round(share * 100)} %`;
const range = (values) => (values.length ? `${Math.min(...values)}–${Math.max(...values)}` : '');

/** Warning lines for every verdict the run's spread cannot support, and for outside load. */
export function warningsOf({ comparisons, cold, otherShareLimit }) {
  const warnings = [];
  for (const c of comparisons) {
    for (const v of c.verdicts.filter((x) => x.unsettled))
      warnings.push(
        `${c.shape}: ratio ${c.ratio.median} (spread ${c.ratio.min}–${c.ratio.max}) cannot be told from ${v.threshold}: some rounds fall on the other side of it (margin ${v.margin}).`,
      );
    for (const subject of ['gateway', 'postgraphile']) {
      const busiest = Math.max(0, ...c[subject].otherSharePerRound);
      if (busiest > otherShareLimit)
        warnings.push(
          `${c.shape} (${subject}): other work took up to ${pct(busiest)} of the machine in a phase: a contaminated run.`,
        );
    }
  }
  for (const [report, r] of Object.entries(cold))
    if (r.verdict.unsettled)
      warnings.push(
        `${report} cold: ratio ${r.ratio.median} (IQR ${r.ratio.q1}–${r.ratio.q3}) cannot be told from ${r.verdict.threshold}.`,
      );
  return warnings;
}

export function printComparisons(comparisons, log) {
  log('List and detail, interleaved rounds (latency over every measured request, ms):');
  console.table(
    comparisons.flatMap((c) =>
      ['gateway', 'postgraphile'].map((subject) => {
        const s = c[subject];
        return {
          scenario: `${c.shape} (${subject})`,
          'req/s median': s.rpsMedian,
          'req/s rounds': s.rpsPerRound.join(' '),
          p50: s.latencyMs.p50,
          p95: s.latencyMs.p95,
          p99: s.latencyMs.p99,
          'p99 rounds': range(s.p99PerRoundMs),
          errors: s.errors,
          'CPU µs server': s.cpuMicrosPerRequest?.server ?? '',
          'CPU µs PG (bench db)': s.cpuMicrosPerRequest?.postgres ?? '',
          'other work': range(s.otherSharePerRound.map((x) => Math.round(x * 100))) + ' %',
        };
      }),
    ),
  );
  log('Gateway / PostGraphile throughput, per round:');
  console.table(
    comparisons.map((c) => ({
      shape: c.shape,
      rounds: c.ratio.perRound.join(' '),
      median: c.ratio.median,
      'min–max': `${c.ratio.min}–${c.ratio.max}`,
      ...Object.fromEntries(
        c.verdicts.map((v) => [
          `vs ${v.threshold}`,
          `${v.side}${v.unsettled ? ' (UNSETTLED)' : ''}`,
        ]),
      ),
    })),
  );
}

export function printReports(reports, cold, log) {
  log('Reports: under load (gateway, cached) and cold against their fastest SQL floor (ms):');
  console.table(
    reports.map((r) => {
      const c = cold[r.report];
      return {
        report: r.report,
        'req/s': r.rps,
        p95: r.latencyMs.p95,
        p99: r.latencyMs.p99,
        'cached median': r.cachedMedianMs,
        'SQL/req cold': c.statements,
        'cold median': c.coldMedianMs,
        floor: `${c.floorMedianMs} (${c.floor})`,
        'cold/floor median': c.ratio.median,
        IQR: `${c.ratio.q1}–${c.ratio.q3}`,
        'any request': c.requestMedianMs,
        '(cold − request)/floor': c.beyondRequestRatio?.median,
        [`≤ ${c.verdict.threshold}`]: `${c.ratio.median <= c.verdict.threshold ? 'yes' : 'no'}${c.verdict.unsettled ? ' (UNSETTLED)' : ''}`,
      };
    }),
  );
  for (const [report, c] of Object.entries(cold))
    log(`${report} floor candidates (median ms): ${JSON.stringify(c.floorCandidatesMedianMs)}`);
}
