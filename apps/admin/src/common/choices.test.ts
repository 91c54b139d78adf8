import { describe, expect, it } from 'vitest';
import { gatewaySchema } from '../api/schema';
import {
  genderChoices,
  participantStatusChoices,
  phaseChoices,
  placementKindChoices,
  referralActionChoices,
  referralStateChoices,
  referrerOrganisationChoices,
  roleChoices,
  targetGroupChoices,
} from './choices';

/** The values of one enum of the gateway's committed schema. */
function enumValues(name: string): string[] {
  const type = gatewaySchema.types.find((t) => t.name === name);
  if (!type || type.kind !== 'ENUM') throw new Error(`No enum ${name} in the schema`);
  return type.enumValues.map((v) => v.name);
}

describe('choices of enum inputs', () => {
  it('send exactly the values the API accepts', () => {
    for (const [name, choices] of [
      ['TargetGroupFactor', targetGroupChoices],
      ['ParticipantStatus', participantStatusChoices],
      ['Gender', genderChoices],
      ['Phase', phaseChoices],
      ['PlacementKind', placementKindChoices],
      ['ReferralAction', referralActionChoices],
      ['ReferralState', referralStateChoices],
      ['ReferrerOrganisation', referrerOrganisationChoices],
      ['Role', roleChoices],
    ] as const) {
      expect({ name, ids: choices.map((c) => c.id).sort() }).toEqual({
        name,
        ids: enumValues(name).sort(),
      });
    }
  });
});
