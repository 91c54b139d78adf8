import type { ProjectSpec } from './association-spec.js';

/** Splits a total of hundredths over weights in steps of 50 (largest remainder, ≥ 50 each). */
export function initialFte(totalHundredths: number, weights: readonly number[]): number[] {
  const steps = totalHundredths / 50;
  const sum = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((w) => (w / sum) * steps);
  const result = quotas.map((q) => Math.max(1, Math.floor(q)));
  let left = steps - result.reduce((a, b) => a + b, 0);
  const order = quotas.map((q, i) => ({ i, r: q - Math.floor(q) })).sort((a, b) => b.r - a.r);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left -= 1) {
    const index = order[k]?.i ?? 0;
    result[index] = (result[index] ?? 0) + 1;
  }
  while (left < 0) {
    const largest = result.indexOf(Math.max(...result));
    result[largest] = (result[largest] ?? 0) - 1;
    left += 1;
  }
  return result.map((s) => s * 50);
}

/** A project's FTE per municipality (hundredths) at its start, in the municipalities' order. */
export function startFteOf(
  project: ProjectSpec,
  municipalities: readonly { code: string; weight: number }[],
): number[] {
  return project.initialFteByCode
    ? municipalities.map((m) => project.initialFteByCode?.[m.code] ?? 0)
    : initialFte(
        project.totalFte * 100,
        municipalities.map((m) => m.weight),
      );
}
