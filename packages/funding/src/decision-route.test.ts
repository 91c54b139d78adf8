import { describe, expect, it } from 'vitest';
import { checkDecisionSettings, reviewProposal, steeringRoute } from './decision-route.js';

describe('who decides (project setting)', () => {
  it('"Styrelsen är beslutande organ": under board approval the steering group proposes', () => {
    expect(steeringRoute('BOARD_APPROVAL', 'decide')).toMatchObject({
      ok: false,
      error: { code: 'REALLOCATION.BOARD_DECIDES' },
    });
    expect(steeringRoute('BOARD_APPROVAL', 'propose')).toEqual({ ok: true, value: 'propose' });
  });

  it('under delegation the steering group decides and there is nothing to propose', () => {
    expect(steeringRoute('DELEGATED', 'decide')).toEqual({ ok: true, value: 'decide' });
    expect(steeringRoute('DELEGATED', 'propose')).toMatchObject({
      ok: false,
      error: { code: 'REALLOCATION.DELEGATED' },
    });
  });

  it('a delegation needs the board’s reference; approval needs none', () => {
    expect(
      checkDecisionSettings({ decisionMode: 'DELEGATED', delegationReference: '  ' }),
    ).toMatchObject({ ok: false, error: { code: 'REALLOCATION.NO_DELEGATION' } });
    expect(
      checkDecisionSettings({ decisionMode: 'DELEGATED', delegationReference: ' Styrelsen § 12 ' }),
    ).toEqual({
      ok: true,
      value: { decisionMode: 'DELEGATED', delegationReference: 'Styrelsen § 12' },
    });
    expect(
      checkDecisionSettings({ decisionMode: 'BOARD_APPROVAL', delegationReference: '' }),
    ).toEqual({ ok: true, value: { decisionMode: 'BOARD_APPROVAL', delegationReference: null } });
  });

  it('the board reviews a pending proposal once, and approves only on the version it was made on', () => {
    const pending = { status: 'PENDING' as const, basedOnVersion: 3 };
    expect(reviewProposal(pending, 'approve', 3)).toEqual({ ok: true, value: 'APPROVED' });
    expect(reviewProposal(pending, 'approve', 4)).toMatchObject({
      ok: false,
      error: { code: 'REALLOCATION.PROPOSAL_STALE' },
    });
    expect(reviewProposal(pending, 'reject', 4)).toEqual({ ok: true, value: 'REJECTED' });
    for (const status of ['APPROVED', 'REJECTED'] as const) {
      expect(reviewProposal({ status, basedOnVersion: 3 }, 'reject', 3)).toMatchObject({
        ok: false,
        error: { code: 'REALLOCATION.PROPOSAL_CLOSED' },
      });
    }
  });
});
