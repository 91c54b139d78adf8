import { placements } from '@finsam-se/persistence';
import {
  Arg,
  Args,
  Ctx,
  Field,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  Query,
  Resolver,
} from 'type-graphql';
import type { RequestContext } from '../context.js';
import { PhaseEnum, PlacementKindEnum, type ValueOf } from '../schema/enums.js';
import { LocalDateScalar } from '../schema/scalars.js';
import { enrollmentService } from './enrollment.service.js';
import { followUpService } from './follow-up.service.js';
import { placementService } from './placement.service.js';
import { recordIncomeDuring } from './enrollment-income.js';
import { ListMetadata } from '../organisation/organisation.type.js';
import { EnrollmentType, FollowUpType, PlacementType } from './enrollment.type.js';
import { ListArgs, pagingOf } from '../schema/list-args.js';
import { defineResource } from '../schema/define-resource.js';
import { personScopeOf } from './enrollment-scope.js';

@InputType('EnrollmentFilter')
class EnrollmentFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true, description: 'Participant name.' }) q?: string;
  @Field(() => ID, { nullable: true }) participantId?: string;
  @Field(() => ID, { nullable: true }) coachId?: string;
  @Field(() => ID, { nullable: true }) municipalityId?: string;
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => PhaseEnum, { nullable: true }) currentPhase?: ValueOf<typeof PhaseEnum>;
  @Field(() => Boolean, { nullable: true, description: 'Not discharged.' }) active?: boolean;
}

@InputType('FollowUpFilter')
class FollowUpFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) enrollmentId?: string;
  @Field(() => ID, { nullable: true }) coachId?: string;
  @Field(() => ID, { nullable: true }) municipalityId?: string;
  @Field(() => Boolean, { nullable: true }) done?: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: not done and open for recording today (overdue, or due within four weeks); false: not done and not yet open.',
  })
  recordable?: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: not done and past due (Stockholm today); false: not done and not yet due.',
  })
  overdue?: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description: 'false: only follow-ups whose participant withdrew consent to be contacted.',
  })
  contactAllowed?: boolean;
}

/** Placements (praktik, anställning, studier), in the enrollment's person scope. */
export const placementResource = defineResource({
  name: 'Placement',
  plural: 'Placements',
  type: PlacementType,
  filters: {
    ids: 'ids',
    enrollmentId: 'id',
    employerId: 'id',
    kind: { type: () => PlacementKindEnum },
    coachId: 'id',
    municipalityId: 'id',
  },
  repository: placements,
  action: 'placement.read',
  actorScope: personScopeOf('placement'),
  toType: PlacementType.from,
  writes: { createPlacement: 'placement.write', updatePlacement: 'placement.write' },
});

@Resolver()
export class EnrollmentResolver {
  @Query(() => [EnrollmentType])
  allEnrollments(
    @Args() args: ListArgs,
    @Arg('filter', () => EnrollmentFilter, { nullable: true }) filter: EnrollmentFilter | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<EnrollmentType[]> {
    return enrollmentService.list(ctx, pagingOf(args, 'Enrollment'), filter);
  }
  @Query(() => ListMetadata)
  async _allEnrollmentsMeta(
    @Args() _args: ListArgs,
    @Arg('filter', () => EnrollmentFilter, { nullable: true }) filter: EnrollmentFilter | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ListMetadata> {
    return { count: await enrollmentService.count(ctx, filter) };
  }
  @Query(() => EnrollmentType, { nullable: true })
  Enrollment(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<EnrollmentType | null> {
    return enrollmentService.get(ctx, id);
  }
  @Mutation(() => EnrollmentType)
  createEnrollment(
    @Arg('participantId', () => ID) participantId: string,
    @Arg('coachId', () => ID) coachId: string,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('enrolledOn', () => LocalDateScalar) enrolledOn: string,
    @Arg('compensationAtStart', () => [String]) compensationAtStart: string[],
    @Arg('referralId', () => ID, { nullable: true }) referralId: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<EnrollmentType> {
    return enrollmentService.create(ctx, {
      participantId,
      coachId,
      projectId,
      enrolledOn,
      compensationAtStart,
      referralId,
    });
  }
  @Mutation(() => EnrollmentType)
  moveEnrollmentPhase(
    @Arg('id', () => ID) id: string,
    @Arg('phase', () => PhaseEnum) phase: ValueOf<typeof PhaseEnum>,
    @Arg('on', () => LocalDateScalar) on: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ): Promise<EnrollmentType> {
    return enrollmentService.movePhase(ctx, id, phase, on, version);
  }
  @Mutation(() => EnrollmentType)
  dischargeEnrollment(
    @Arg('id', () => ID) id: string,
    @Arg('on', () => LocalDateScalar) on: string,
    @Arg('reason', () => String) reason: string,
    @Arg('compensationAtEnd', () => [String]) compensationAtEnd: string[],
    @Arg('occupationAfter', () => String) occupationAfter: string,
    @Arg('version', () => Int) version: number,
    @Arg('followUp', () => Boolean, { nullable: true }) followUp: boolean | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<EnrollmentType> {
    return enrollmentService.discharge(ctx, id, {
      on,
      reason,
      compensationAtEnd,
      occupationAfter,
      followUp,
      version,
    });
  }
  @Mutation(() => EnrollmentType, {
    description:
      'Income sources during participation (income-source codes, one or more), replacing what was recorded.',
  })
  recordIncomeDuring(
    @Arg('id', () => ID) id: string,
    @Arg('compensationDuring', () => [String]) compensationDuring: string[],
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ): Promise<EnrollmentType> {
    return recordIncomeDuring(ctx, id, compensationDuring, version);
  }
  @Mutation(() => EnrollmentType, { description: 'Återkontakt after discharge.' })
  reContactEnrollment(
    @Arg('id', () => ID) id: string,
    @Arg('on', () => LocalDateScalar) on: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ): Promise<EnrollmentType> {
    return enrollmentService.reContact(ctx, id, on, version);
  }

  @Mutation(() => PlacementType)
  createPlacement(
    @Arg('enrollmentId', () => ID) enrollmentId: string,
    @Arg('kind', () => PlacementKindEnum) kind: ValueOf<typeof PlacementKindEnum>,
    @Arg('startedOn', () => LocalDateScalar) startedOn: string,
    @Arg('employerId', () => ID, { nullable: true }) employerId: string | undefined,
    @Arg('endedOn', () => LocalDateScalar, { nullable: true }) endedOn: string | undefined,
    @Arg('hoursPerWeek', () => Float, { nullable: true }) hoursPerWeek: number | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<PlacementType> {
    return placementService.create(ctx, {
      enrollmentId,
      employerId,
      kind,
      startedOn,
      endedOn,
      hoursPerWeek,
    });
  }
  @Mutation(() => PlacementType, { description: 'Ends a placement (sets endedOn).' })
  updatePlacement(
    @Arg('id', () => ID) id: string,
    @Arg('endedOn', () => LocalDateScalar) endedOn: string,
    @Ctx() ctx: RequestContext,
  ): Promise<PlacementType> {
    return placementService.end(ctx, id, endedOn);
  }

  @Query(() => [FollowUpType])
  allFollowUps(
    @Args() args: ListArgs,
    @Arg('filter', () => FollowUpFilter, { nullable: true }) filter: FollowUpFilter | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<FollowUpType[]> {
    return followUpService.list(ctx, pagingOf(args, 'FollowUp'), filter);
  }
  @Query(() => ListMetadata)
  async _allFollowUpsMeta(
    @Args() _args: ListArgs,
    @Arg('filter', () => FollowUpFilter, { nullable: true }) filter: FollowUpFilter | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ListMetadata> {
    return { count: await followUpService.count(ctx, filter) };
  }
  @Query(() => FollowUpType, { nullable: true })
  FollowUp(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<FollowUpType | null> {
    return followUpService.get(ctx, id);
  }
  @Mutation(() => FollowUpType)
  recordFollowUp(
    @Arg('id', () => ID) id: string,
    @Arg('doneOn', () => LocalDateScalar) doneOn: string,
    @Arg('working', () => Boolean) working: boolean,
    @Arg('studying', () => Boolean) studying: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<FollowUpType> {
    return followUpService.record(ctx, id, { doneOn, working, studying });
  }
}
