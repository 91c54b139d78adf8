import type { LinearProgram } from './lp.js';

/** An outer box of a program's feasible set: every feasible x has `lower ≤ x ≤ upper`. */
export type Box = { readonly lower: Float64Array; readonly upper: Float64Array };

/** Passes over all rows at most; each pass only narrows, so stopping early stays sound. */
const MAX_PASSES = 60;
/** A bound that moves less than this (relative) is not worth another pass. */
const PROGRESS = 1e-9;

/**
 * Bounds propagation (the "feasibility-based bound tightening" of LP presolve): starting
 * from `0 ≤ x ≤ upper`, each row `lower ≤ Σ a·x ≤ upper` bounds each of its variables by
 * what the others can contribute at their extremes, repeated until nothing moves. The
 * result contains every feasible point, so the LP's range of a variable lies inside the
 * box: an upper bound below k proves that the variable is exposed without solving an LP,
 * and a relation with one hidden cell pins it (lower = upper). It never proves protection.
 * Returns undefined when the bounds cross (the program may have no solution): only the
 * LP may decide that, with its own tolerances.
 */
export function propagateBounds(program: LinearProgram): Box | undefined {
  const n = program.variables;
  const lower = new Float64Array(n);
  const upper = Float64Array.from({ length: n }, (_, i) => program.upper?.[i] ?? Infinity);
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    let moved = false;
    for (const row of program.rows) {
      // Smallest and largest activity of the row, with infinite contributions counted
      // apart so that "all the others" stays computable for each variable.
      let low = 0;
      let high = 0;
      let lowInfinite = 0;
      let highInfinite = 0;
      const terms = row.indices.length;
      for (let t = 0; t < terms; t += 1) {
        const a = row.values[t] ?? 0;
        const j = row.indices[t] ?? 0;
        const [min, max] = contribution(a, lower[j] ?? 0, upper[j] ?? Infinity);
        if (min === -Infinity) lowInfinite += 1;
        else low += min;
        if (max === Infinity) highInfinite += 1;
        else high += max;
      }
      for (let t = 0; t < terms; t += 1) {
        const a = row.values[t] ?? 0;
        if (a === 0) continue;
        const j = row.indices[t] ?? 0;
        const [min, max] = contribution(a, lower[j] ?? 0, upper[j] ?? Infinity);
        // Σ of the others' least and greatest contribution.
        const othersLow =
          min === -Infinity
            ? lowInfinite > 1
              ? -Infinity
              : low
            : lowInfinite > 0
              ? -Infinity
              : low - min;
        const othersHigh =
          max === Infinity
            ? highInfinite > 1
              ? Infinity
              : high
            : highInfinite > 0
              ? Infinity
              : high - max;
        // row.lower − othersHigh ≤ a·x ≤ row.upper − othersLow
        const fromLower = row.lower - othersHigh;
        const fromUpper = row.upper - othersLow;
        const [newLower, newUpper] =
          a > 0 ? [fromLower / a, fromUpper / a] : [fromUpper / a, fromLower / a];
        if (tighter(newLower, lower[j] ?? 0, 1)) {
          lower[j] = newLower;
          moved = true;
        }
        if (tighter(newUpper, upper[j] ?? Infinity, -1)) {
          upper[j] = newUpper;
          moved = true;
        }
      }
    }
    if (crossed(lower, upper)) return undefined;
    if (!moved) break;
  }
  return { lower, upper };
}

/** Whether `candidate` narrows `current` (direction 1: a larger lower bound; −1: a smaller upper). */
function tighter(candidate: number, current: number, direction: 1 | -1): boolean {
  if (Number.isNaN(candidate)) return false;
  const gain = direction * (candidate - current);
  if (!(gain > 0)) return false;
  if (!Number.isFinite(current)) return Number.isFinite(candidate);
  return gain > PROGRESS * (1 + Math.abs(current));
}

/** The least and greatest of `a·x` for `lower ≤ x ≤ upper` (0 · ∞ counts as 0). */
function contribution(a: number, lower: number, upper: number): [number, number] {
  if (a === 0) return [0, 0];
  return a > 0 ? [a * lower, a * upper] : [a * upper, a * lower];
}

function crossed(lower: Float64Array, upper: Float64Array): boolean {
  return lower.some((low, j) => {
    const high = upper[j] ?? Infinity;
    return low > high + 1e-7 * (1 + Math.abs(high));
  });
}
