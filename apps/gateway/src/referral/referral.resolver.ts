import { Arg, Args, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import {
  ReferralActionEnum,
  ReferralStateEnum,
  ReferrerOrganisationEnum,
  type ValueOf,
} from '../schema/enums.js';
import { LocalDateScalar } from '../schema/scalars.js';
import { meetingService } from '../meeting/meeting.service.js';
import { referralService } from './referral.service.js';
import { ListMetadata } from '../organisation/organisation.type.js';
import { MeetingCadenceType } from '../meeting/meeting-cadence.type.js';
import { ReferralType } from './referral.type.js';
import { SeGroupMeetingType } from '../meeting/meeting.type.js';
import { ListArgs, pagingOf } from '../schema/list-args.js';

@InputType('ReferralFilter')
class ReferralFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true, description: 'Participant name (not for referrers).' })
  q?: string;
  @Field(() => ID, { nullable: true, description: 'The referrals of one participant.' })
  participantId?: string;
  @Field(() => ID, { nullable: true }) municipalityId?: string;
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => ReferralStateEnum, { nullable: true }) state?: ValueOf<typeof ReferralStateEnum>;
}

@InputType('ReferredPerson', {
  description: 'A person referred by personnummer and name: found, or registered if new.',
})
class ReferredPersonInput {
  @Field() personnummer!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
}

@Resolver()
export class ReferralResolver {
  @Query(() => [ReferralType])
  allReferrals(
    @Args() args: ListArgs,
    @Arg('filter', () => ReferralFilter, { nullable: true }) filter: ReferralFilter | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ReferralType[]> {
    return referralService.list(ctx, pagingOf(args, 'Referral'), filter);
  }
  @Query(() => ListMetadata)
  async _allReferralsMeta(
    @Args() _args: ListArgs,
    @Arg('filter', () => ReferralFilter, { nullable: true }) filter: ReferralFilter | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ListMetadata> {
    return { count: await referralService.count(ctx, filter) };
  }
  @Query(() => ReferralType, { nullable: true })
  Referral(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ReferralType | null> {
    return referralService.get(ctx, id);
  }
  @Mutation(() => ReferralType, {
    description:
      'Give participantId (a person you may see) or person (personnummer and name; the answer then names no one). A referrer’s organisation is taken from the user; others must give it.',
  })
  createReferral(
    @Arg('participantId', () => ID, { nullable: true }) participantId: string | undefined,
    @Arg('person', () => ReferredPersonInput, { nullable: true })
    person: ReferredPersonInput | undefined,
    @Arg('municipalityId', () => ID) municipalityId: string,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('receivedOn', () => LocalDateScalar) receivedOn: string,
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
    @Arg('id', () => ID) id: string,
    @Arg('decidedOn', () => LocalDateScalar) decidedOn: string,
    @Arg('version', () => Int) version: number,
    @Arg('coachId', () => ID) coachId: string,
    @Arg('enrolledOn', () => LocalDateScalar) enrolledOn: string,
    @Arg('compensationAtStart', () => [String]) compensationAtStart: string[],
    @Arg('meetingId', () => ID, { nullable: true }) meetingId: string | undefined,
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
    @Arg('id', () => ID) id: string,
    @Arg('action', () => ReferralActionEnum) action: ValueOf<typeof ReferralActionEnum>,
    @Arg('decidedOn', () => LocalDateScalar) decidedOn: string,
    @Arg('version', () => Int) version: number,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Arg('meetingId', () => ID, { nullable: true }) meetingId: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ReferralType> {
    return referralService.decide(ctx, { id, action, decidedOn, note, meetingId, version });
  }
  @Mutation(() => ReferralType, { description: 'Hands the referral to the municipal chief.' })
  escalateReferral(
    @Arg('id', () => ID) id: string,
    @Arg('decidedOn', () => LocalDateScalar) decidedOn: string,
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
    @Arg('asOf', () => LocalDateScalar) asOf: string,
    @Arg('months', () => Int, { defaultValue: 12 }) months: number,
    @Ctx() ctx: RequestContext,
  ): Promise<MeetingCadenceType[]> {
    return meetingService.cadence(ctx, asOf, months);
  }
  @Mutation(() => SeGroupMeetingType)
  createSeGroupMeeting(
    @Arg('municipalityId', () => ID) municipalityId: string,
    @Arg('heldOn', () => LocalDateScalar) heldOn: string,
    @Arg('notes', () => String, { nullable: true }) notes: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<SeGroupMeetingType> {
    return meetingService.create(ctx, { municipalityId, heldOn, notes });
  }
  @Mutation(() => SeGroupMeetingType)
  updateSeGroupMeeting(
    @Arg('id', () => ID) id: string,
    @Arg('heldOn', () => LocalDateScalar, { nullable: true }) heldOn: string | undefined,
    @Arg('notes', () => String, { nullable: true }) notes: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<SeGroupMeetingType> {
    return meetingService.update(ctx, id, { heldOn, notes });
  }
}
