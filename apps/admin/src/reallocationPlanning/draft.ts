// The editable reallocation draft: proposed FTE per municipality, kept in a reducer so that
// reloading the allocation after a conflict never loses what the user typed.
import type { AllocationRow, ApportionMethod, PlanLine, ReallocationLineInput } from '../api/types';

export type Step = 0.5 | 0.25;
export const STEPS: readonly Step[] = [0.5, 0.25];

export interface DraftLine {
  municipalityId: string;
  municipalityName: string;
  currentFte: number;
  proposedFte: number;
}

export interface DraftState {
  lines: DraftLine[];
  step: Step;
  method: ApportionMethod;
  /** Method of the last server suggestion the draft is based on (kept through hand edits). */
  suggestedBy: ApportionMethod | null;
  reason: string;
  effectiveFrom: string;
}

export type DraftAction =
  | { type: 'allocationLoaded'; rows: readonly AllocationRow[] }
  | { type: 'planApplied'; lines: readonly PlanLine[]; method: ApportionMethod }
  | { type: 'fteSet'; municipalityId: string; fte: number }
  | { type: 'stepped'; municipalityId: string; direction: 1 | -1 }
  | { type: 'stepSet'; step: Step }
  | { type: 'methodSet'; method: ApportionMethod }
  | { type: 'reasonSet'; reason: string }
  | { type: 'effectiveFromSet'; effectiveFrom: string }
  | { type: 'proposalReset' }
  | { type: 'projectChanged' }
  | { type: 'decisionRecorded' };

/** FTE are multiples of 0.01: round away floating-point noise. */
export function roundFte(value: number): number {
  return Math.round(value * 100) / 100;
}

export function initialDraft(effectiveFrom: string): DraftState {
  return {
    lines: [],
    step: 0.5,
    method: 'WEBSTER',
    suggestedBy: null,
    reason: '',
    effectiveFrom,
  };
}

function updateLine(
  lines: readonly DraftLine[],
  municipalityId: string,
  change: (line: DraftLine) => DraftLine,
): DraftLine[] {
  return lines.map((line) => (line.municipalityId === municipalityId ? change(line) : line));
}

export function draftReducer(state: DraftState, action: DraftAction): DraftState {
  switch (action.type) {
    case 'allocationLoaded': {
      // Current FTE come from the server; a proposal already typed is kept.
      const previous = new Map(state.lines.map((l) => [l.municipalityId, l]));
      const lines = action.rows.map((row) => {
        const before = previous.get(row.municipalityId);
        return {
          municipalityId: row.municipalityId,
          municipalityName: row.municipalityName,
          currentFte: roundFte(row.fte),
          proposedFte: before ? before.proposedFte : roundFte(row.fte),
        };
      });
      return { ...state, lines };
    }
    case 'planApplied': {
      const suggested = new Map(action.lines.map((l) => [l.municipalityId, l]));
      const lines = state.lines.map((line) => {
        const plan = suggested.get(line.municipalityId);
        return plan
          ? {
              ...line,
              currentFte: roundFte(plan.currentFte),
              proposedFte: roundFte(plan.suggestedFte),
            }
          : line;
      });
      return { ...state, lines, suggestedBy: action.method };
    }
    case 'fteSet':
      return {
        ...state,
        lines: updateLine(state.lines, action.municipalityId, (l) => ({
          ...l,
          proposedFte: Math.max(0, roundFte(action.fte)),
        })),
      };
    case 'stepped':
      return {
        ...state,
        lines: updateLine(state.lines, action.municipalityId, (l) => ({
          ...l,
          proposedFte: stepFrom(l.proposedFte, state.step, action.direction),
        })),
      };
    case 'stepSet':
      return { ...state, step: action.step };
    case 'methodSet':
      return { ...state, method: action.method };
    case 'reasonSet':
      return { ...state, reason: action.reason };
    case 'effectiveFromSet':
      return { ...state, effectiveFrom: action.effectiveFrom };
    case 'proposalReset':
      return {
        ...state,
        suggestedBy: null,
        lines: state.lines.map((l) => ({ ...l, proposedFte: l.currentFte })),
      };
    case 'projectChanged':
      return { ...state, lines: [], suggestedBy: null };
    case 'decisionRecorded':
      return { ...state, lines: [], suggestedBy: null, reason: '' };
  }
}

/** Next multiple of `step` above/below `value` (snaps an off-step value onto the grid). */
export function stepFrom(value: number, step: number, direction: 1 | -1): number {
  const units = value / step;
  const snapped = Math.abs(units - Math.round(units)) < 1e-6 ? Math.round(units) : units;
  const next = direction > 0 ? Math.floor(snapped) + 1 : Math.ceil(snapped) - 1;
  return Math.max(0, roundFte(next * step));
}

export function isStepMultiple(value: number, step: number): boolean {
  const units = value / step;
  return Math.abs(units - Math.round(units)) < 1e-6;
}

export function totalCurrent(lines: readonly DraftLine[]): number {
  return roundFte(lines.reduce((sum, l) => sum + l.currentFte, 0));
}

export function totalProposed(lines: readonly DraftLine[]): number {
  return roundFte(lines.reduce((sum, l) => sum + l.proposedFte, 0));
}

export function changeOf(line: DraftLine): number {
  return roundFte(line.proposedFte - line.currentFte);
}

export function hasChanges(lines: readonly DraftLine[]): boolean {
  return lines.some((l) => changeOf(l) !== 0);
}

export interface LocalViolation {
  code: 'TOTAL.CHANGED' | 'FTE.STEP' | 'FTE.NEGATIVE' | 'DRAFT.UNCHANGED';
  municipalityId: string | null;
}

/** Checks the browser can make before asking the server (which has the final word). */
export function localViolations(lines: readonly DraftLine[], step: number): LocalViolation[] {
  const result: LocalViolation[] = [];
  for (const line of lines) {
    if (line.proposedFte < 0)
      result.push({ code: 'FTE.NEGATIVE', municipalityId: line.municipalityId });
    else if (!isStepMultiple(line.proposedFte, step)) {
      result.push({ code: 'FTE.STEP', municipalityId: line.municipalityId });
    }
  }
  if (lines.length > 0 && totalProposed(lines) !== totalCurrent(lines)) {
    result.push({ code: 'TOTAL.CHANGED', municipalityId: null });
  }
  if (lines.length > 0 && !hasChanges(lines)) {
    result.push({ code: 'DRAFT.UNCHANGED', municipalityId: null });
  }
  return result;
}

export function toLineInputs(lines: readonly DraftLine[]): ReallocationLineInput[] {
  return lines.map((l) => ({ municipalityId: l.municipalityId, fte: roundFte(l.proposedFte) }));
}

/** The reason is required and must say something. */
export function reasonIsValid(reason: string): boolean {
  return reason.trim().length >= 3;
}
