import { type Result, Money, divideRounded, ok } from '@finsam-se/domain';
import { type FundingError, fundingFail } from './funding-error.js';
import { checkAmount } from './funding-input.js';

export type CostPerParticipant = {
  readonly cost: Money;
  /** cost ÷ participants, half-up to whole öre; null when there are no participants. */
  readonly perParticipant: Money | null;
  /** cost ÷ participants who went to work or studies; null when none did. */
  readonly perToWorkOrStudies: Money | null;
};

function per(cost: Money, count: number): Money | null {
  return count === 0 ? null : Money.fromBigInt(divideRounded(BigInt(cost), BigInt(count)));
}

/** Cost per participant and per participant who went to work or studies, from reported counts. */
export function costPerParticipant(input: {
  readonly cost: Money;
  readonly participants: number;
  readonly toWorkOrStudies: number;
}): Result<CostPerParticipant, FundingError<'FUNDING.BAD_COUNT' | 'FUNDING.BAD_AMOUNT'>> {
  const cost = checkAmount(input.cost, { field: 'cost' });
  if (!cost.ok) return cost;
  for (const field of ['participants', 'toWorkOrStudies'] as const) {
    const count = input[field];
    if (!Number.isSafeInteger(count) || count < 0)
      return fundingFail('FUNDING.BAD_COUNT', { field });
  }
  return ok({
    cost: input.cost,
    perParticipant: per(input.cost, input.participants),
    perToWorkOrStudies: per(input.cost, input.toWorkOrStudies),
  });
}
