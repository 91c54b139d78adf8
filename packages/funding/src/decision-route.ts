import { type Result, ok } from '@finsam-se/domain';
import { type FundingError, fundingFail } from './funding-error.js';

/**
 * Who decides a reallocation, a project setting. The seeds make the board (styrelsen)
 * the deciding body and the steering group (beredningsgruppen) the one that takes the
 * initiative:
 * - `DELEGATED`: the steering group decides under the board's delegation; every decision
 *   records the board's delegation reference;
 * - `BOARD_APPROVAL`: the steering group proposes and the board approves or rejects.
 */
export type DecisionMode = 'DELEGATED' | 'BOARD_APPROVAL';

export type DecisionSettings = {
  readonly decisionMode: DecisionMode;
  readonly delegationReference: string | null;
};

/** A delegated decision needs the board's reference; board approval needs none. */
export function checkDecisionSettings(
  settings: DecisionSettings,
): Result<DecisionSettings, FundingError<'REALLOCATION.NO_DELEGATION'>> {
  const reference = settings.delegationReference?.trim() ?? '';
  if (settings.decisionMode === 'DELEGATED' && reference.length === 0) {
    return fundingFail('REALLOCATION.NO_DELEGATION', { field: 'delegationReference' });
  }
  return ok({
    decisionMode: settings.decisionMode,
    delegationReference: reference.length === 0 ? null : reference,
  });
}

/** The steering group's write in each mode: a decision, or a proposal to the board. */
export function steeringRoute(
  mode: DecisionMode,
  action: 'decide' | 'propose',
): Result<
  'decide' | 'propose',
  FundingError<'REALLOCATION.BOARD_DECIDES' | 'REALLOCATION.DELEGATED'>
> {
  if (mode === 'BOARD_APPROVAL' && action === 'decide') {
    return fundingFail('REALLOCATION.BOARD_DECIDES', { field: 'decisionMode' });
  }
  if (mode === 'DELEGATED' && action === 'propose') {
    return fundingFail('REALLOCATION.DELEGATED', { field: 'decisionMode' });
  }
  return ok(action);
}

export type ProposalStatus = 'PENDING' | 'APPROVED' | 'REJECTED';

/**
 * The board's review of a proposal: only a pending one, and approval only while the
 * allocation is still the one the proposal was made on (a rejection is always possible).
 */
export function reviewProposal(
  proposal: { readonly status: ProposalStatus; readonly basedOnVersion: number },
  action: 'approve' | 'reject',
  currentVersion: number,
): Result<
  'APPROVED' | 'REJECTED',
  FundingError<'REALLOCATION.PROPOSAL_CLOSED' | 'REALLOCATION.PROPOSAL_STALE'>
> {
  if (proposal.status !== 'PENDING') return fundingFail('REALLOCATION.PROPOSAL_CLOSED');
  if (action === 'reject') return ok('REJECTED');
  if (proposal.basedOnVersion !== currentVersion) {
    return fundingFail('REALLOCATION.PROPOSAL_STALE');
  }
  return ok('APPROVED');
}
