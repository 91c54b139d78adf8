import { describe, expect, it } from 'vitest';
import type { AllocationRow, PlanLine } from '../api/types';
import {
  changeOf,
  draftReducer,
  initialDraft,
  isStepMultiple,
  localViolations,
  reasonIsValid,
  stepFrom,
  toLineInputs,
  totalProposed,
  type DraftState,
} from './draft';

function row(id: string, name: string, fte: number): AllocationRow {
  return {
    municipalityId: id,
    municipalityName: name,
    fte,
    activeParticipants: 20,
    caseloadPerFte: 20,
    band: 3,
    referralsWaiting: 0,
  };
}

const rows = [row('m1', 'Nässjö', 1.5), row('m2', 'Eksjö', 1), row('m3', 'Vetlanda', 1)];

function loaded(): DraftState {
  return draftReducer(initialDraft('2025-04-01'), { type: 'allocationLoaded', rows });
}

describe('draftReducer', () => {
  it('starts with the proposal equal to the current allocation', () => {
    const state = loaded();
    expect(state.lines.map((l) => l.proposedFte)).toEqual([1.5, 1, 1]);
    expect(localViolations(state.lines, 0.5).map((v) => v.code)).toEqual(['DRAFT.UNCHANGED']);
  });

  it('moves half a post from one municipality to another', () => {
    let state = loaded();
    state = draftReducer(state, { type: 'stepped', municipalityId: 'm1', direction: -1 });
    state = draftReducer(state, { type: 'stepped', municipalityId: 'm2', direction: 1 });
    expect(state.lines.map(changeOf)).toEqual([-0.5, 0.5, 0]);
    expect(totalProposed(state.lines)).toBe(3.5);
    expect(localViolations(state.lines, 0.5)).toEqual([]);
  });

  it('never steps below zero', () => {
    let state = draftReducer(loaded(), { type: 'fteSet', municipalityId: 'm3', fte: 0 });
    state = draftReducer(state, { type: 'stepped', municipalityId: 'm3', direction: -1 });
    expect(state.lines[2]?.proposedFte).toBe(0);
  });

  it('applies a server plan and remembers the method through hand edits', () => {
    const plan: PlanLine[] = rows.map((r, i) => ({
      municipalityId: r.municipalityId,
      municipalityName: r.municipalityName,
      currentFte: r.fte,
      suggestedFte: [1, 1.5, 1][i] ?? 0,
      change: 0,
      activeParticipants: 20,
      quota: 1,
      caseloadBefore: null,
      caseloadAfter: null,
      bandBefore: null,
      bandAfter: null,
      meanActive: 20,
      capacityBefore: 'ON_TARGET',
      capacityAfter: 'ON_TARGET',
      minFte: 0.5,
      maxFte: null,
      costBefore: 0,
      costAfter: 0,
    }));
    let state = draftReducer(loaded(), { type: 'planApplied', lines: plan, method: 'WEBSTER' });
    expect(state.lines.map((l) => l.proposedFte)).toEqual([1, 1.5, 1]);
    state = draftReducer(state, { type: 'stepped', municipalityId: 'm3', direction: 1 });
    expect(state.suggestedBy).toBe('WEBSTER');
  });

  it('keeps the typed proposal and reason when the allocation is reloaded after a conflict', () => {
    let state = draftReducer(loaded(), { type: 'fteSet', municipalityId: 'm1', fte: 1 });
    state = draftReducer(state, { type: 'reasonSet', reason: 'Nässjö har färre deltagare' });
    const newer = [row('m1', 'Nässjö', 1.25), row('m2', 'Eksjö', 1.25), row('m3', 'Vetlanda', 1)];
    state = draftReducer(state, { type: 'allocationLoaded', rows: newer });
    expect(state.lines[0]).toMatchObject({ currentFte: 1.25, proposedFte: 1 });
    expect(state.lines[1]).toMatchObject({ currentFte: 1.25, proposedFte: 1 });
    expect(state.reason).toBe('Nässjö har färre deltagare');
  });

  it('clears the proposal and reason after a decision', () => {
    let state = draftReducer(loaded(), { type: 'reasonSet', reason: 'x' });
    state = draftReducer(state, { type: 'decisionRecorded' });
    expect(state.lines).toEqual([]);
    expect(state.reason).toBe('');
  });
});

describe('draft validation helpers', () => {
  it('checks step multiples without floating-point noise', () => {
    expect(isStepMultiple(1.5, 0.5)).toBe(true);
    expect(isStepMultiple(0.75, 0.25)).toBe(true);
    expect(isStepMultiple(0.75, 0.5)).toBe(false);
    expect(isStepMultiple(0.1 + 0.2 + 0.2, 0.25)).toBe(true);
    expect(isStepMultiple(0.1 + 0.2, 0.25)).toBe(false);
  });

  it('snaps off-grid values onto the step grid', () => {
    expect(stepFrom(0.75, 0.5, 1)).toBe(1);
    expect(stepFrom(0.75, 0.5, -1)).toBe(0.5);
    expect(stepFrom(1, 0.25, 1)).toBe(1.25);
  });

  it('reports off-step proposals and a changed total', () => {
    const state = draftReducer(loaded(), { type: 'fteSet', municipalityId: 'm2', fte: 1.3 });
    const codes = localViolations(state.lines, 0.5);
    expect(codes).toContainEqual({ code: 'FTE.STEP', municipalityId: 'm2' });
    expect(codes).toContainEqual({ code: 'TOTAL.CHANGED', municipalityId: null });
  });

  it('sends lines rounded to hundredths', () => {
    const state = draftReducer(loaded(), { type: 'fteSet', municipalityId: 'm1', fte: 1.0000001 });
    expect(toLineInputs(state.lines)[0]).toEqual({ municipalityId: 'm1', fte: 1 });
  });

  it('requires a real reason', () => {
    expect(reasonIsValid('  ')).toBe(false);
    expect(reasonIsValid('Fler remisser i Eksjö')).toBe(true);
  });
});
