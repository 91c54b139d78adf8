import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { EnrollmentView, FollowUpView, PlacementView } from '@finsam-se/persistence';
import { PhaseEnum, PlacementKindEnum, type ValueOf } from '../schema/enums.js';
import { LocalDateScalar } from '../schema/scalars.js';

@ObjectType('PhaseTransition')
export class PhaseTransitionType {
  @Field(() => PhaseEnum) phase!: ValueOf<typeof PhaseEnum>;
  @Field(() => LocalDateScalar) on!: string;
}

@ObjectType('Enrollment', { description: 'An inskrivning with its phase timeline.' })
export class EnrollmentType {
  @Field(() => ID) id!: string;
  @Field(() => ID) participantId!: string;
  @Field() participantName!: string;
  @Field(() => ID) coachId!: string;
  @Field(() => ID) municipalityId!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => LocalDateScalar) enrolledOn!: string;
  @Field(() => PhaseEnum) currentPhase!: ValueOf<typeof PhaseEnum>;
  @Field(() => [PhaseTransitionType]) phases!: PhaseTransitionType[];
  @Field(() => LocalDateScalar, { nullable: true }) dischargedOn!: string | null;
  @Field(() => String, { nullable: true }) dischargeReason!: string | null;
  @Field(() => [String]) compensationAtStart!: string[];
  @Field(() => [String], {
    description: 'Income sources during participation; empty until recorded.',
  })
  compensationDuring!: string[];
  @Field(() => [String], { nullable: true }) compensationAtEnd!: string[] | null;
  @Field(() => String, { nullable: true }) occupationAfter!: string | null;
  @Field(() => Int) version!: number;

  static from(e: EnrollmentView): EnrollmentType {
    return Object.assign(new EnrollmentType(), {
      id: e.id,
      participantId: e.participantId,
      participantName: e.participantName,
      coachId: e.coachId,
      municipalityId: e.municipalityId,
      projectId: e.projectId,
      enrolledOn: e.enrolledOn,
      currentPhase: e.currentPhase,
      phases: e.phases.map((p) =>
        Object.assign(new PhaseTransitionType(), { phase: p.phase, on: p.on }),
      ),
      dischargedOn: e.discharge?.on ?? null,
      dischargeReason: e.discharge?.reason ?? null,
      compensationAtStart: [...e.compensationAtStart],
      compensationDuring: [...e.compensationDuring],
      compensationAtEnd: e.discharge ? [...e.discharge.compensationAtEnd] : null,
      occupationAfter: e.discharge?.occupationAfter ?? null,
      version: e.version,
    });
  }
}

@ObjectType('Placement')
export class PlacementType {
  @Field(() => ID) id!: string;
  @Field(() => ID) enrollmentId!: string;
  @Field(() => ID, { nullable: true }) employerId!: string | null;
  @Field(() => PlacementKindEnum) kind!: ValueOf<typeof PlacementKindEnum>;
  @Field(() => LocalDateScalar) startedOn!: string;
  @Field(() => LocalDateScalar, { nullable: true }) endedOn!: string | null;
  @Field(() => Float, { nullable: true }) hoursPerWeek!: number | null;

  static from(p: PlacementView): PlacementType {
    return Object.assign(new PlacementType(), {
      id: p.id,
      enrollmentId: p.enrollmentId,
      employerId: p.employerId,
      kind: p.kind,
      startedOn: p.startedOn,
      endedOn: p.endedOn,
      hoursPerWeek: p.hoursPerWeek,
    });
  }
}

@ObjectType('FollowUp', {
  description: 'Efterstöd: still in work or studies 3, 6 and 12 months after discharge?',
})
export class FollowUpType {
  @Field(() => ID) id!: string;
  @Field(() => ID) enrollmentId!: string;
  @Field(() => Int) monthsAfter!: number;
  @Field(() => LocalDateScalar) dueOn!: string;
  @Field(() => LocalDateScalar, { nullable: true }) doneOn!: string | null;
  @Field(() => Boolean, { nullable: true }) working!: boolean | null;
  @Field(() => Boolean, { nullable: true }) studying!: boolean | null;
  @Field(() => Boolean, {
    description:
      'False when the participant has withdrawn consent to follow-up contact: no reminder.',
  })
  contactAllowed!: boolean;

  static from(f: FollowUpView): FollowUpType {
    return Object.assign(new FollowUpType(), {
      id: f.id,
      enrollmentId: f.enrollmentId,
      monthsAfter: f.monthsAfter,
      dueOn: f.dueOn,
      doneOn: f.doneOn,
      working: f.working,
      studying: f.studying,
      contactAllowed: f.contactAllowed,
    });
  }
}
