// Pure statistics for the bench: percentiles, medians and the spread of per-round ratios.

function sortedCopy(values) {
  if (values.length === 0) throw new RangeError('No values to summarise.');
  return Float64Array.from(values).sort();
}

/**
 * The p-th percentile by nearest rank (0 < p ≤ 1): the smallest value with at least p of
 * the values at or below it, so p95 of 1..100 is 95 and p97.5 is 98. Latency histograms
 * (autocannon's HDR histogram) report by the same rule.
 */
export function percentile(values, p) {
  if (!(p > 0 && p <= 1)) throw new RangeError(`Percentile must be in (0, 1], got ${p}.`);
  const sorted = sortedCopy(values);
  const rank = Math.ceil(p * sorted.length - 1e-9);
  return sorted[Math.max(0, rank - 1)];
}

/** The middle value, or the mean of the two middle ones. */
export function median(values) {
  const sorted = sortedCopy(values);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Latency percentiles, each labelled by what it is (never a p97.5 called p95). */
export function latencyPercentiles(latenciesMs) {
  return {
    p50: percentile(latenciesMs, 0.5),
    p95: percentile(latenciesMs, 0.95),
    p99: percentile(latenciesMs, 0.99),
    max: percentile(latenciesMs, 1),
  };
}

/** Median, quartiles and range of a small set (the per-round or per-pair ratios). */
export function spreadOf(values) {
  const min = percentile(values, 1 / values.length);
  const max = percentile(values, 1);
  const q1 = percentile(values, 0.25);
  const q3 = percentile(values, 0.75);
  return { n: values.length, median: median(values), min, max, q1, q3, width: max - min };
}

/**
 * Whether a run can tell its median ratio from a threshold (1: ahead of the baseline at
 * all; a target such as 1.3). The claimed margin is the distance from the median to the
 * threshold; the run is unsettled when its spread on the threshold's side (median − low
 * when the median is above, high − median when below) exceeds that margin, i.e. some of
 * its rounds say the opposite. `low`/`high` default to min/max; pass the quartiles to
 * judge many samples by their middle half.
 */
export function verdictAgainst(spread, threshold, { low = spread.min, high = spread.max } = {}) {
  const above = spread.median >= threshold;
  const margin = Math.abs(spread.median - threshold);
  const spreadTowardThreshold = above ? spread.median - low : high - spread.median;
  return {
    threshold,
    side: above ? 'at or above' : 'below',
    margin,
    unsettled: spreadTowardThreshold > margin,
  };
}

/** Rounds for printing: ms to one decimal, ratios to two. */
export const round1 = (value) => Math.round(value * 10) / 10;
export const round2 = (value) => Math.round(value * 100) / 100;
