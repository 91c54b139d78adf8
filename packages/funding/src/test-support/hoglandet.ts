import { Fte, LocalDate, Money } from '@finsam-se/domain';
import { type PlanReallocationInput } from '../plan-reallocation.js';

/** The README's worked example: invented but plausible figures for Höglandet, 2021. */
export const hoglandetIds = ['0604', '0686', '0682', '0684', '0687', '0685'] as const;

export const hoglandetInput: PlanReallocationInput = {
  current: hoglandetIds.map((municipalityId) => ({ municipalityId, fte: Fte.full })),
  demand: [
    { municipalityId: '0604', activeParticipants: 9 },
    { municipalityId: '0686', activeParticipants: 22 },
    { municipalityId: '0682', activeParticipants: 41 },
    { municipalityId: '0684', activeParticipants: 12 },
    { municipalityId: '0687', activeParticipants: 24 },
    { municipalityId: '0685', activeParticipants: 30 },
  ],
  method: 'webster',
  step: Fte.ofHundredths(50),
  budget: Money.ofKronor(3_800_000),
  onCostPercent: '40.15',
  salaries: {
    '0604': Money.ofKronor(31_800),
    '0686': Money.ofKronor(32_400),
    '0682': Money.ofKronor(33_100),
    '0684': Money.ofKronor(31_900),
    '0687': Money.ofKronor(32_600),
    '0685': Money.ofKronor(32_900),
  },
  effectiveFrom: LocalDate.from('2021-07-01'),
};
