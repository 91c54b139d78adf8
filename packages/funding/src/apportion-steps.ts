import { type ApportionMethod, type DivisorMethod, comparePriority } from './apportion-method.js';

/** A unit counted in whole steps; `max` is Infinity when unbounded. Sorted by key. */
export type StepUnit = {
  readonly key: string;
  readonly weight: bigint;
  readonly min: number;
  readonly max: number;
};

/**
 * Ties are broken the same way everywhere: larger weight first, then fewer steps so far, then
 * key order. Units arrive sorted by key, so the index is the key order.
 */
function tieBreak(
  units: readonly StepUnit[],
  steps: readonly number[],
  a: number,
  b: number,
): number {
  const ua = units[a];
  const ub = units[b];
  if (ua === undefined || ub === undefined) return 0;
  if (ua.weight !== ub.weight) return ua.weight > ub.weight ? 1 : -1;
  const sa = steps[a] ?? 0;
  const sb = steps[b] ?? 0;
  if (sa !== sb) return sa < sb ? 1 : -1;
  return a < b ? 1 : -1;
}

/** Zero-weight units: their minimum, then any steps nobody else can take, round-robin in key order. */
function fillZeroWeight(
  units: readonly StepUnit[],
  indices: readonly number[],
  steps: number[],
  seats: number,
): void {
  let left = seats;
  for (const index of indices) {
    const min = units[index]?.min ?? 0;
    steps[index] = min;
    left -= min;
  }
  while (left > 0) {
    let given = false;
    for (const index of indices) {
      if (left === 0) break;
      const unit = units[index];
      const current = steps[index] ?? 0;
      if (unit === undefined || current >= unit.max) continue;
      steps[index] = current + 1;
      left -= 1;
      given = true;
    }
    if (!given) break;
  }
}

/**
 * Hamilton with bounds: the continuous proportional share is clamped to [min, max] by
 * water-filling (units whose share falls outside are fixed at the bound, the rest re-shared),
 * then the free units get their floors and the leftover steps go to the largest remainders.
 */
function hamilton(
  units: readonly StepUnit[],
  indices: readonly number[],
  steps: number[],
  seats: number,
): void {
  const free = new Set(indices);
  let remaining = seats;
  for (;;) {
    const current = [...free];
    const weightSum = current.reduce((sum, index) => sum + (units[index]?.weight ?? 0n), 0n);
    if (current.length === 0 || weightSum === 0n) return;
    const r = BigInt(remaining);
    let deficit = 0n;
    let surplus = 0n;
    const below: number[] = [];
    const above: number[] = [];
    for (const index of current) {
      const unit = units[index];
      if (unit === undefined) continue;
      const scaled = r * unit.weight;
      const minScaled = BigInt(unit.min) * weightSum;
      if (scaled < minScaled) {
        below.push(index);
        deficit += minScaled - scaled;
      } else if (unit.max !== Infinity && scaled > BigInt(unit.max) * weightSum) {
        above.push(index);
        surplus += scaled - BigInt(unit.max) * weightSum;
      }
    }
    if (below.length === 0 && above.length === 0) {
      roundLargestRemainder(units, current, steps, r, weightSum);
      return;
    }
    const fixing = below.length > 0 && deficit >= surplus ? below : above;
    for (const index of fixing) {
      const unit = units[index];
      if (unit === undefined) continue;
      const value = fixing === below ? unit.min : unit.max;
      steps[index] = value;
      remaining -= value;
      free.delete(index);
    }
  }
}

function roundLargestRemainder(
  units: readonly StepUnit[],
  indices: readonly number[],
  steps: number[],
  seats: bigint,
  weightSum: bigint,
): void {
  let left = seats;
  const remainders: { index: number; remainder: bigint }[] = [];
  for (const index of indices) {
    const weight = units[index]?.weight ?? 0n;
    const floor = (seats * weight) / weightSum;
    steps[index] = Number(floor);
    left -= floor;
    remainders.push({ index, remainder: (seats * weight) % weightSum });
  }
  remainders.sort((a, b) =>
    a.remainder !== b.remainder
      ? a.remainder > b.remainder
        ? -1
        : 1
      : -tieBreak(units, steps, a.index, b.index),
  );
  for (const { index } of remainders) {
    if (left <= 0n) break;
    steps[index] = (steps[index] ?? 0) + 1;
    left -= 1n;
  }
}

/**
 * A divisor method with bounds: every unit starts at its minimum and each further step goes,
 * one at a time, to the unit below its maximum with the highest weight ÷ divisor(steps held)
 * (a priority queue keeps this O(steps × log units)). This is the clamped divisor method, so
 * the steps only grow when the total grows.
 */
function divisor(
  method: DivisorMethod,
  units: readonly StepUnit[],
  indices: readonly number[],
  steps: number[],
  seats: number,
): void {
  let left = seats;
  for (const index of indices) {
    const min = units[index]?.min ?? 0;
    steps[index] = min;
    left -= min;
  }
  const before = (a: number, b: number): boolean => {
    const ua = units[a];
    const ub = units[b];
    if (ua === undefined || ub === undefined) return false;
    const order = comparePriority(
      method,
      { weight: ua.weight, steps: steps[a] ?? 0 },
      { weight: ub.weight, steps: steps[b] ?? 0 },
    );
    return order > 0 || (order === 0 && tieBreak(units, steps, a, b) > 0);
  };
  const heap = new MaxHeap(before);
  for (const index of indices) {
    const unit = units[index];
    if (unit !== undefined && (steps[index] ?? 0) < unit.max) heap.push(index);
  }
  for (; left > 0; left -= 1) {
    const best = heap.pop();
    if (best === undefined) return;
    const held = (steps[best] ?? 0) + 1;
    steps[best] = held;
    if (held < (units[best]?.max ?? 0)) heap.push(best);
  }
}

/** A binary heap of unit indices; `before(a, b)` says a comes out first. */
class MaxHeap {
  private readonly items: number[] = [];
  constructor(private readonly before: (a: number, b: number) => boolean) {}

  push(item: number): void {
    const items = this.items;
    items.push(item);
    let child = items.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      const p = items[parent] ?? 0;
      if (!this.before(item, p)) break;
      items[child] = p;
      child = parent;
    }
    items[child] = item;
  }

  pop(): number | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    let parent = 0;
    for (;;) {
      const left = 2 * parent + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const l = items[left] ?? 0;
      const r = items[right];
      const child = r !== undefined && this.before(r, l) ? right : left;
      const c = items[child] ?? 0;
      if (!this.before(c, last)) break;
      items[parent] = c;
      parent = child;
    }
    items[parent] = last;
    return top;
  }
}

/**
 * Shares `seats` whole steps between units that are sorted by key and already validated
 * (weights ≥ 0 and not all 0, Σ min ≤ seats ≤ Σ max). Units with weight 0 keep their minimum
 * and only take steps that the weighted units cannot hold under their maximums.
 */
export function apportionSteps(
  method: ApportionMethod,
  units: readonly StepUnit[],
  seats: number,
): number[] {
  const steps = units.map(() => 0);
  const weighted: number[] = [];
  const unweighted: number[] = [];
  units.forEach((unit, index) => (unit.weight > 0n ? weighted : unweighted).push(index));
  const zeroMins = unweighted.reduce((sum, index) => sum + (units[index]?.min ?? 0), 0);
  const weightedMax = weighted.reduce((sum, index) => sum + (units[index]?.max ?? 0), 0);
  if (seats - zeroMins >= weightedMax) {
    for (const index of weighted) steps[index] = units[index]?.max ?? 0;
    fillZeroWeight(units, unweighted, steps, seats - weightedMax);
    return steps;
  }
  fillZeroWeight(units, unweighted, steps, zeroMins);
  if (method === 'hamilton') hamilton(units, weighted, steps, seats - zeroMins);
  else divisor(method, units, weighted, steps, seats - zeroMins);
  return steps;
}
