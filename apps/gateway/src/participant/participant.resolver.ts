import type { Uuid } from '@finsam-se/domain';
import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import {
  GenderEnum,
  ParticipantStatusEnum,
  TargetGroupFactorEnum,
  type ValueOf,
} from '../schema/enums.js';
import { participantService } from './participant.service.js';
import { ParticipantType } from './participant.type.js';
import { defineResource } from '../schema/define-resource.js';
import { participantReads, participantScope, participantTypes } from './participant-reads.js';
import { UuidScalar } from '../schema/scalars.js';

/**
 * Deltagare: scoped from the actor alone (participant-reads.ts), each page one statement,
 * the personnummer masked unless the role needs it, every read audited before it is answered.
 */
export const participantResource = defineResource({
  name: 'Participant',
  plural: 'Participants',
  type: ParticipantType,
  filters: {
    ids: 'ids',
    q: {
      kind: 'text',
      description:
        'A personnummer (10 or 12 digits, with or without - or +) or name words, each beginning a word of the first or last name.',
    },
    municipalityId: { kind: 'id', description: 'Home municipality.' },
    coachId: 'id',
    status: { type: () => [ParticipantStatusEnum], description: 'Any of these.' },
  },
  repository: participantReads,
  action: 'participant.read',
  actorScope: participantScope,
  audit: { entity: 'participant', via: 'writer' },
  listInOneStatement: true,
  toTypes: participantTypes,
  writes: { createParticipant: 'participant.write', updateParticipant: 'participant.write' },
});

@Resolver()
export class ParticipantResolver {
  @Mutation(() => ParticipantType)
  createParticipant(
    @Arg('personnummer', () => String) personnummer: string,
    @Arg('firstName', () => String) firstName: string,
    @Arg('lastName', () => String) lastName: string,
    @Arg('homeMunicipalityId', () => UuidScalar) homeMunicipalityId: Uuid,
    @Arg('targetGroupFactors', () => [TargetGroupFactorEnum], { nullable: true })
    targetGroupFactors: ValueOf<typeof TargetGroupFactorEnum>[] | undefined,
    @Arg('gender', () => GenderEnum, {
      nullable: true,
      description: 'Defaults to the legal gender of the personnummer.',
    })
    gender: ValueOf<typeof GenderEnum> | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ParticipantType> {
    return participantService.create(ctx, {
      personnummer,
      firstName,
      lastName,
      homeMunicipalityId,
      targetGroupFactors: targetGroupFactors ?? undefined,
      gender: gender ?? undefined,
    });
  }
  @Mutation(() => ParticipantType)
  updateParticipant(
    @Arg('id', () => UuidScalar) id: Uuid,
    @Arg('version', () => Int) version: number,
    @Arg('firstName', () => String, { nullable: true }) firstName: string | undefined,
    @Arg('lastName', () => String, { nullable: true }) lastName: string | undefined,
    @Arg('homeMunicipalityId', () => UuidScalar, { nullable: true })
    homeMunicipalityId: Uuid | undefined,
    @Arg('targetGroupFactors', () => [TargetGroupFactorEnum], { nullable: true })
    targetGroupFactors: ValueOf<typeof TargetGroupFactorEnum>[] | undefined,
    @Arg('gender', () => GenderEnum, { nullable: true })
    gender: ValueOf<typeof GenderEnum> | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ParticipantType> {
    return participantService.update(ctx, id, version, {
      firstName: firstName ?? undefined,
      lastName: lastName ?? undefined,
      homeMunicipalityId: homeMunicipalityId ?? undefined,
      targetGroupFactors: targetGroupFactors ?? undefined,
      gender: gender ?? undefined,
    });
  }
}
