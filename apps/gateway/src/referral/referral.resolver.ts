import type { Uuid, LocalDate } from '@finsam-se/domain';
import { referrals } from '@finsam-se/persistence';
import { Arg, Ctx, Field, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import {
  ReferralActionEnum,
  ReferralStateEnum,
  ReferrerOrganisationEnum,
  type ValueOf,
} from '../schema/enums.js';
import { LocalDateScalar, UuidScalar } from '../schema/scalars.js';
import { meetingService } from '../meeting/meeting.service.js';
import { referralService, referralTypes } from './referral.service.js';
import { referralScope } from './referral-scope.js';
import { defineResource } from '../schema/define-resource.js';
import { MeetingCadenceType } from '../meeting/meeting-cadence.type.js';
import { ReferralType } from './referral.type.js';
import { SeGroupMeetingType } from '../meeting/meeting.type.js';

@InputType('ReferredPerson', {
  description: 'A person referred by personnummer and name: found, or registered if new.',
})
class ReferredPersonInput {
  @Field() personnummer!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
}

/**
 * Remisser as react-admin reads them: who sees which is referral-scope.ts (a coach's
 * municipality may need a look-up, so the hook runs in the read's transaction); referrers see
 * status only, every read is audited.
 */
export const referralResource = defineResource({
  name: 'Referral',
  plural: 'Referrals',
  type: ReferralType,
  filters: {
    ids: 'ids',
    q: { kind: 'text', description: 'Participant name (not for referrers).' },
    participantId: { kind: 'id', description: 'The referrals of one participant.' },
    municipalityId: 'id',
    projectId: 'id',
    state: { type: () => ReferralStateEnum },
  },
  repository: referrals,
  action: 'referral.read',
  scope: (tx, actor, filter) =>
    referralScope(tx, actor, { ...filter, ids: filter.ids ? [...filter.ids] : undefined }),
  audit: { entity: 'referral', via: 'writer' },
  toTypes: referralTypes,
  writes: {
    createReferral: 'referral.create',
    decideReferral: 'referral.decide',
    acceptReferral: 'referral.decide',
    escalateReferral: 'referral.decide',
  },
});

@Resolver()
export class ReferralResolver {
  @Mutation(() => ReferralType, {
    description:
      'Give participantId (a person you may see) or person (personnummer and name; the answer then names no one). A referrer’s organisation is taken from the user; others must give it.',
  })
  createReferral(
    @Arg('participantId', () => UuidScalar, { nullable: true }) participantId: Uuid | undefined,
    @Arg('person', () => ReferredPersonInput, { nullable: true })
    person: ReferredPersonInput | undefined,
    @Arg('municipalityId', () => UuidScalar) municipalityId: Uuid,
    @Arg('projectId', () => UuidScalar) projectId: Uuid,
    @Arg('receivedOn', () => LocalDateScalar) receivedOn: LocalDate,
    @Arg('referrerOrganisation', () => ReferrerOrganisationEnum, { nullable: true })
    referrerOrganisation: ValueOf<typeof ReferrerOrganisationEnum> | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ReferralType> {
    return referralService.create(ctx, {
      participantId,
      person,
      municipalityId,
      projectId,
      receivedOn,
      referrerOrganisation,
    });
  }
  @Mutation(() => ReferralType, {
    description:
      'Accepts the referral and enrols the participant with the coach from enrolledOn, in one step. The SE group gives its meeting; after escalation the municipal chief decides without one.',
  })
  acceptReferral(
    @Arg('id', () => UuidScalar) id: Uuid,
    @Arg('decidedOn', () => LocalDateScalar) decidedOn: LocalDate,
    @Arg('version', () => Int) version: number,
    @Arg('coachId', () => UuidScalar) coachId: Uuid,
    @Arg('enrolledOn', () => LocalDateScalar) enrolledOn: LocalDate,
    @Arg('compensationAtStart', () => [String]) compensationAtStart: string[],
    @Arg('meetingId', () => UuidScalar, { nullable: true }) meetingId: Uuid | undefined,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ReferralType> {
    return referralService.accept(ctx, {
      id,
      decidedOn,
      version,
      coachId,
      enrolledOn,
      compensationAtStart,
      meetingId,
      note,
    });
  }
  @Mutation(() => ReferralType, {
    description: 'Not now, decline or escalate; ACCEPT goes through acceptReferral.',
  })
  decideReferral(
    @Arg('id', () => UuidScalar) id: Uuid,
    @Arg('action', () => ReferralActionEnum) action: ValueOf<typeof ReferralActionEnum>,
    @Arg('decidedOn', () => LocalDateScalar) decidedOn: LocalDate,
    @Arg('version', () => Int) version: number,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Arg('meetingId', () => UuidScalar, { nullable: true }) meetingId: Uuid | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ReferralType> {
    return referralService.decide(ctx, { id, action, decidedOn, note, meetingId, version });
  }
  @Mutation(() => ReferralType, { description: 'Hands the referral to the municipal chief.' })
  escalateReferral(
    @Arg('id', () => UuidScalar) id: Uuid,
    @Arg('decidedOn', () => LocalDateScalar) decidedOn: LocalDate,
    @Arg('version', () => Int) version: number,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ReferralType> {
    return referralService.decide(ctx, {
      id,
      action: 'escalate',
      decidedOn,
      note,
      meetingId: null,
      version,
    });
  }

  @Query(() => [MeetingCadenceType], {
    description:
      "SE groups meet monthly: per municipality in scope, the whole months before asOf's month (the last `months`) without a meeting, least regular first.",
  })
  seGroupMeetingCadence(
    @Arg('asOf', () => LocalDateScalar) asOf: LocalDate,
    @Arg('months', () => Int, { defaultValue: 12 }) months: number,
    @Ctx() ctx: RequestContext,
  ): Promise<MeetingCadenceType[]> {
    return meetingService.cadence(ctx, asOf, months);
  }
  @Mutation(() => SeGroupMeetingType)
  createSeGroupMeeting(
    @Arg('municipalityId', () => UuidScalar) municipalityId: Uuid,
    @Arg('heldOn', () => LocalDateScalar) heldOn: LocalDate,
    @Arg('notes', () => String, { nullable: true }) notes: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<SeGroupMeetingType> {
    return meetingService.create(ctx, { municipalityId, heldOn, notes });
  }
  @Mutation(() => SeGroupMeetingType)
  updateSeGroupMeeting(
    @Arg('id', () => UuidScalar) id: Uuid,
    @Arg('heldOn', () => LocalDateScalar, { nullable: true }) heldOn: LocalDate | undefined,
    @Arg('notes', () => String, { nullable: true }) notes: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<SeGroupMeetingType> {
    return meetingService.update(ctx, id, { heldOn, notes });
  }
}
