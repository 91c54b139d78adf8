// Micro-benchmark: planReallocation for the six Höglandet municipalities and for a
// county-scale what-if with 300, against apportion (Hamilton) alone on the same input.
// Run after a build: `npm run build && npm run bench`.
import { performance } from 'node:perf_hooks';
import { apportionFte, planReallocation } from '../dist/index.js';

const HOGLANDET = [
  ['0604', 9, 3_180_000],
  ['0686', 22, 3_240_000],
  ['0682', 41, 3_310_000],
  ['0684', 12, 3_190_000],
  ['0687', 24, 3_260_000],
  ['0685', 30, 3_290_000],
];

/** A deterministic input with `count` municipalities, one full-time post each. */
function input(count, method) {
  const rows =
    count === HOGLANDET.length
      ? HOGLANDET
      : Array.from({ length: count }, (_, i) => [
          `m${String(i).padStart(4, '0')}`,
          5 + ((i * 37) % 61),
          3_000_000 + ((i * 7919) % 500_000),
        ]);
  return {
    current: rows.map(([municipalityId]) => ({ municipalityId, fte: 100 })),
    demand: rows.map(([municipalityId, activeParticipants]) => ({
      municipalityId,
      activeParticipants,
    })),
    method,
    step: 50,
    budget: 380_000_000 * Math.ceil(count / 6),
    onCostPercent: '40.15',
    salaries: Object.fromEntries(rows.map(([id, , salary]) => [id, salary])),
    effectiveFrom: '2021-07-01',
  };
}

function time(label, fn) {
  // warm up, then run for about half a second
  for (let i = 0; i < 20; i += 1) fn();
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < 500) {
    fn();
    runs += 1;
    elapsed = performance.now() - start;
  }
  const ms = elapsed / runs;
  return { label, ms, ops: 1000 / ms };
}

const results = [];
for (const count of [6, 300]) {
  for (const method of ['hamilton', 'webster', 'dhondt']) {
    const planInput = input(count, method);
    const baselineInput = {
      method: 'hamilton',
      total: planInput.current.length * 100,
      step: 50,
      units: planInput.demand.map((d) => ({ key: d.municipalityId, weight: d.activeParticipants })),
    };
    const check = planReallocation(planInput);
    if (!check.ok) throw new Error(`plan failed: ${check.error.code}`);
    const baseline = time(`apportionFte hamilton, ${count}`, () => apportionFte(baselineInput));
    const plan = time(`planReallocation ${method}, ${count}`, () => planReallocation(planInput));
    results.push({ ...plan, ratio: plan.ms / baseline.ms, baseline: baseline.ms });
  }
}

console.log('planReallocation micro-benchmark (Node', process.version + ')');
for (const r of results) {
  console.log(
    `${r.label.padEnd(34)} ${r.ms.toFixed(4).padStart(9)} ms/call ${Math.round(r.ops)
      .toString()
      .padStart(8)} ops/s  ×${r.ratio.toFixed(1)} vs apportion alone (${r.baseline.toFixed(4)} ms)`,
  );
}
