import { Money } from '@finsam-se/domain';
import { describe, expect, it } from 'vitest';
import { costPerParticipant } from './cost-per-participant.js';

describe('costPerParticipant', () => {
  it('divides the cost by participants and by those who went to work or studies', () => {
    expect(
      costPerParticipant({
        cost: Money.ofKronor(3_800_000),
        participants: 138,
        toWorkOrStudies: 41,
      }),
    ).toEqual({
      ok: true,
      value: { cost: 380_000_000, perParticipant: 2_753_623, perToWorkOrStudies: 9_268_293 },
    });
  });

  it('is null where the count is zero', () => {
    expect(
      costPerParticipant({ cost: Money.ofKronor(100), participants: 0, toWorkOrStudies: 0 }),
    ).toEqual({
      ok: true,
      value: { cost: 10_000, perParticipant: null, perToWorkOrStudies: null },
    });
  });

  it('rounds half-up to whole öre', () => {
    expect(
      costPerParticipant({ cost: Money.ofOre(5), participants: 2, toWorkOrStudies: 3 }),
    ).toMatchObject({
      ok: true,
      value: { perParticipant: 3, perToWorkOrStudies: 2 },
    });
  });

  it('rejects counts that are not whole numbers of people', () => {
    for (const [participants, toWorkOrStudies, field] of [
      [-1, 0, 'participants'],
      [1.5, 0, 'participants'],
      [3, -2, 'toWorkOrStudies'],
    ] as const) {
      expect(costPerParticipant({ cost: Money.zero, participants, toWorkOrStudies })).toMatchObject(
        {
          ok: false,
          error: { code: 'FUNDING.BAD_COUNT', field },
        },
      );
    }
  });
});
