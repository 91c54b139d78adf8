import type { Uuid, LocalDate } from '@finsam-se/domain';
import { enrollments, followUps, placements } from '@finsam-se/persistence';
import { Arg, Ctx, Float, Int, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { PhaseEnum, PlacementKindEnum, type ValueOf } from '../schema/enums.js';
import { LocalDateScalar, UuidScalar } from '../schema/scalars.js';
import { enrollmentService } from './enrollment.service.js';
import { followUpService } from './follow-up.service.js';
import { placementService } from './placement.service.js';
import { recordIncomeDuring } from './enrollment-income.js';
import { EnrollmentType, FollowUpType, PlacementType } from './enrollment.type.js';
import { defineResource } from '../schema/define-resource.js';
import { personScopeOf } from './enrollment-scope.js';
import { followUpScope } from './follow-up-due.js';

/** Inskrivningar in the person scope; every read names a participant and is audited. */
export const enrollmentResource = defineResource({
  name: 'Enrollment',
  plural: 'Enrollments',
  type: EnrollmentType,
  filters: {
    ids: 'ids',
    q: { kind: 'text', description: 'Participant name.' },
    participantId: 'id',
    coachId: 'id',
    municipalityId: 'id',
    projectId: 'id',
    currentPhase: { type: () => PhaseEnum },
    active: { kind: 'boolean', description: 'Not discharged.' },
  },
  repository: enrollments,
  action: 'enrollment.read',
  actorScope: personScopeOf('enrollment'),
  audit: { entity: 'enrollment', via: 'transaction' },
  toType: EnrollmentType.from,
  writes: {
    createEnrollment: 'enrollment.write',
    moveEnrollmentPhase: 'enrollment.write',
    dischargeEnrollment: 'enrollment.write',
    reContactEnrollment: 'enrollment.write',
    recordIncomeDuring: 'enrollment.write',
  },
});

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

/** Follow-ups (efterstöd) 3, 6 and 12 months after discharge, with the coach's due views. */
export const followUpResource = defineResource({
  name: 'FollowUp',
  plural: 'FollowUps',
  type: FollowUpType,
  filters: {
    ids: 'ids',
    enrollmentId: 'id',
    coachId: 'id',
    municipalityId: 'id',
    done: 'boolean',
    recordable: {
      kind: 'boolean',
      description:
        'true: not done and open for recording today (overdue, or due within four weeks); false: not done and not yet open.',
    },
    overdue: {
      kind: 'boolean',
      description:
        'true: not done and past due (Stockholm today); false: not done and not yet due.',
    },
    contactAllowed: {
      kind: 'boolean',
      description: 'false: only follow-ups whose participant withdrew consent to be contacted.',
    },
  },
  repository: followUps,
  action: 'followUp.read',
  actorScope: followUpScope,
  toType: FollowUpType.from,
  writes: { recordFollowUp: 'followUp.write' },
});

@Resolver()
export class EnrollmentResolver {
  @Mutation(() => EnrollmentType)
  createEnrollment(
    @Arg('participantId', () => UuidScalar) participantId: Uuid,
    @Arg('coachId', () => UuidScalar) coachId: Uuid,
    @Arg('projectId', () => UuidScalar) projectId: Uuid,
    @Arg('enrolledOn', () => LocalDateScalar) enrolledOn: LocalDate,
    @Arg('compensationAtStart', () => [String]) compensationAtStart: string[],
    @Arg('referralId', () => UuidScalar, { nullable: true }) referralId: Uuid | undefined,
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
    @Arg('id', () => UuidScalar) id: Uuid,
    @Arg('phase', () => PhaseEnum) phase: ValueOf<typeof PhaseEnum>,
    @Arg('on', () => LocalDateScalar) on: LocalDate,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ): Promise<EnrollmentType> {
    return enrollmentService.movePhase(ctx, id, phase, on, version);
  }
  @Mutation(() => EnrollmentType)
  dischargeEnrollment(
    @Arg('id', () => UuidScalar) id: Uuid,
    @Arg('on', () => LocalDateScalar) on: LocalDate,
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
    @Arg('id', () => UuidScalar) id: Uuid,
    @Arg('compensationDuring', () => [String]) compensationDuring: string[],
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ): Promise<EnrollmentType> {
    return recordIncomeDuring(ctx, id, compensationDuring, version);
  }
  @Mutation(() => EnrollmentType, { description: 'Återkontakt after discharge.' })
  reContactEnrollment(
    @Arg('id', () => UuidScalar) id: Uuid,
    @Arg('on', () => LocalDateScalar) on: LocalDate,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ): Promise<EnrollmentType> {
    return enrollmentService.reContact(ctx, id, on, version);
  }

  @Mutation(() => PlacementType)
  createPlacement(
    @Arg('enrollmentId', () => UuidScalar) enrollmentId: Uuid,
    @Arg('kind', () => PlacementKindEnum) kind: ValueOf<typeof PlacementKindEnum>,
    @Arg('startedOn', () => LocalDateScalar) startedOn: LocalDate,
    @Arg('employerId', () => UuidScalar, { nullable: true }) employerId: Uuid | undefined,
    @Arg('endedOn', () => LocalDateScalar, { nullable: true }) endedOn: LocalDate | undefined,
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
    @Arg('id', () => UuidScalar) id: Uuid,
    @Arg('endedOn', () => LocalDateScalar) endedOn: LocalDate,
    @Ctx() ctx: RequestContext,
  ): Promise<PlacementType> {
    return placementService.end(ctx, id, endedOn);
  }

  @Mutation(() => FollowUpType)
  recordFollowUp(
    @Arg('id', () => UuidScalar) id: Uuid,
    @Arg('doneOn', () => LocalDateScalar) doneOn: LocalDate,
    @Arg('working', () => Boolean) working: boolean,
    @Arg('studying', () => Boolean) studying: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<FollowUpType> {
    return followUpService.record(ctx, id, { doneOn, working, studying });
  }
}
