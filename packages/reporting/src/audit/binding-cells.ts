import type { CellId } from '../relations.js';
import type { TableAudit } from './audit-table.js';

/** A dual this small is solver noise, not a binding row. */
const DUAL_NOISE = 1e-9;

/**
 * The published cells whose hiding would move the bound that exposes `id` (the gradient
 * of the attacker's optimum, read from the LP's row duals: a published cell enters each
 * row it is in through the row's constant, so its weight is Σ dual × coefficient). Hiding
 * any other published cell leaves that optimum where it is, to first order; these are the
 * candidates secondary suppression chooses from. Empty when the audit kept no duals for
 * `id` (run it with `explain`).
 */
export function bindingCells(audit: TableAudit, id: CellId): Set<CellId> {
  const duals = audit.verdicts.get(id)?.binding;
  const component = audit.components[audit.componentOf.get(id) ?? -1];
  const out = new Set<CellId>();
  if (duals === undefined || component === undefined) return out;
  const weight = new Map<CellId, number>();
  component.rowConstraint.forEach((source, row) => {
    const dual = duals[row] ?? 0;
    if (Math.abs(dual) <= DUAL_NOISE) return;
    for (const term of audit.constraints[source]?.terms ?? []) {
      if (audit.componentOf.has(term.cell)) continue; // hidden: a variable, not a constant
      weight.set(term.cell, (weight.get(term.cell) ?? 0) + dual * term.coefficient);
    }
  });
  for (const [cell, value] of weight) if (Math.abs(value) > DUAL_NOISE) out.add(cell);
  return out;
}
