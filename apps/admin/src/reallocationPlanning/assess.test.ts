import { describe, expect, it } from 'vitest';
import { draftReducer, initialDraft } from './draft';
import { assessDraft } from './assess';

const rows = [
  {
    municipalityId: 'm1',
    municipalityName: 'Nässjö',
    fte: 1.5,
    activeParticipants: 20,
    caseloadPerFte: 13.3,
    band: 4,
    referralsWaiting: 1,
  },
  {
    municipalityId: 'm2',
    municipalityName: 'Eksjö',
    fte: 1,
    activeParticipants: 26,
    caseloadPerFte: 26,
    band: 2,
    referralsWaiting: 3,
  },
];
const effect = {
  budget: 1,
  committed: 1,
  forecastBefore: 1,
  forecastAfter: 2,
  marginBefore: 1,
  marginAfter: 0,
};

function moved(reason: string) {
  let d = draftReducer(initialDraft('2025-04-01'), { type: 'allocationLoaded', rows });
  d = draftReducer(d, { type: 'stepped', municipalityId: 'm1', direction: -1 });
  d = draftReducer(d, { type: 'stepped', municipalityId: 'm2', direction: 1 });
  return draftReducer(d, { type: 'reasonSet', reason });
}

describe('assessDraft', () => {
  it('allows deciding a valid moved post with a reason', () => {
    const a = assessDraft(
      moved('Fler deltagare i Eksjö'),
      { violations: [], budgetEffect: effect },
      undefined,
      true,
    );
    expect(a.canDecide).toBe(true);
    expect(a.budgetEffect).toBe(effect);
  });

  it('blocks on a missing reason, server violations or an unloaded allocation', () => {
    expect(assessDraft(moved(''), undefined, undefined, true).canDecide).toBe(false);
    const check = {
      violations: [{ code: 'FTE.MIN', message: 'Minst 0,5', municipalityId: 'm1' }],
      budgetEffect: effect,
    };
    const a = assessDraft(moved('Skäl finns'), check, undefined, true);
    expect(a.canDecide).toBe(false);
    expect(a.invalidIds.has('m1')).toBe(true);
    expect(assessDraft(moved('Skäl finns'), undefined, undefined, false).canDecide).toBe(false);
  });

  it('ignores a stale server check once the draft equals the current allocation', () => {
    const d = draftReducer(moved('x'), { type: 'proposalReset' });
    const check = {
      violations: [{ code: 'X', message: 'old', municipalityId: null }],
      budgetEffect: effect,
    };
    const a = assessDraft(d, check, undefined, true);
    expect(a.server).toBeUndefined();
    expect(a.changed).toBe(false);
    expect(a.canDecide).toBe(false);
  });
});
