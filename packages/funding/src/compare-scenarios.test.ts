import { Fte } from '@finsam-se/domain';
import { describe, expect, it } from 'vitest';
import { apportionMethods } from './apportion-method.js';
import { compareScenarios, planScenarios } from './compare-scenarios.js';
import { planReallocation } from './plan-reallocation.js';
import { hoglandetIds, hoglandetInput } from './test-support/hoglandet.js';

describe('compareScenarios', () => {
  it('lays plans side by side: a row per municipality, a cell per scenario', () => {
    const result = planScenarios(
      hoglandetInput,
      apportionMethods.map((method) => ({ name: method, method })),
    );
    if (!result.ok) throw new Error(result.error.code);
    const { scenarios, rows, summaries } = result.value;
    expect(scenarios).toEqual([...apportionMethods]);
    expect(rows.map((r) => r.municipalityId)).toEqual([...hoglandetIds]);
    expect(rows[2]?.cells.map((c) => c?.suggestedFte)).toEqual([150, 150, 200, 150, 150]);
    for (const summary of summaries) expect(summary.suggestedFte).toBe(600);
    expect(summaries.find((s) => s.scenario === 'dhondt')?.bands.none).toBe(1);
  });

  it('summarises moved FTE, caseload spread and IPS bands', () => {
    const result = planScenarios(hoglandetInput, [
      { name: 'as is', demand: hoglandetInput.demand.map((d) => ({ ...d, weight: 1 })) },
      { name: 'webster' },
    ]);
    if (!result.ok) throw new Error(result.error.code);
    const [asIs, webster] = result.value.summaries;
    expect(asIs).toMatchObject({ moved: 0, maxCaseload: 41, minCaseload: 9 });
    expect(webster?.moved).toBe(100);
    expect(webster?.maxCaseload).toBeLessThan(41);
    const bandTotal = Object.values(webster?.bands ?? {}).reduce((a, b) => a + b, 0);
    expect(bandTotal).toBe(6);
  });

  it('leaves a cell empty when a scenario lacks the municipality', () => {
    const a = planReallocation(hoglandetInput);
    const b = planReallocation({
      ...hoglandetInput,
      current: [{ municipalityId: '0604', fte: Fte.full }],
      demand: [{ municipalityId: '0604', activeParticipants: 9 }],
    });
    if (!a.ok || !b.ok) throw new Error('expected ok');
    const result = compareScenarios([
      { name: 'all', plan: a.value },
      { name: 'aneby', plan: b.value },
    ]);
    expect(result.ok && result.value.rows[1]?.cells[1]).toBeNull();
  });

  it('rejects no scenarios and duplicate names', () => {
    expect(compareScenarios([])).toMatchObject({ ok: false, error: { code: 'SCENARIO.EMPTY' } });
    const plan = planReallocation(hoglandetInput);
    if (!plan.ok) throw new Error('expected ok');
    expect(
      compareScenarios([
        { name: 'x', plan: plan.value },
        { name: 'x', plan: plan.value },
      ]),
    ).toMatchObject({ ok: false, error: { code: 'SCENARIO.DUPLICATE_NAME' } });
  });

  it('passes planning errors through', () => {
    expect(planScenarios(hoglandetInput, [{ name: 'bad', onCostPercent: '??' }])).toMatchObject({
      ok: false,
      error: { code: 'FUNDING.ON_COST_FORMAT' },
    });
  });
});
