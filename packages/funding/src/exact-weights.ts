/**
 * Turns finite, non-negative doubles into bigints with one common scale, exactly: every double
 * is an integer times a power of two, so scaling by the largest such power makes all of them
 * integers without rounding. Ratios between weights are kept exactly.
 */
export function exactWeights(weights: readonly number[]): bigint[] {
  const parts = weights.map((weight) => {
    let value = weight;
    let exponent = 0;
    while (!Number.isInteger(value)) {
      value *= 2;
      exponent += 1;
    }
    return { value, exponent };
  });
  const scale = parts.reduce((max, part) => Math.max(max, part.exponent), 0);
  return parts.map((part) => BigInt(part.value) * 2n ** BigInt(scale - part.exponent));
}
