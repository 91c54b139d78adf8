import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Attestation, Employer } from '@finsam-se/domain';
import type {
  EnrollmentView,
  FollowUpView,
  MeetingView,
  PlacementView,
  ReferralView,
} from '@finsam-se/persistence';
import {
  PhaseEnum,
  PlacementKindEnum,
  ReferralActionEnum,
  ReferralStateEnum,
  ReferrerOrganisationEnum,
  type ValueOf,
} from '../schema/enums.js';
import { LocalDateScalar } from '../schema/scalars.js';

@ObjectType('ReferralDecision')
export class ReferralDecisionType {
  @Field(() => ReferralActionEnum) action!: ValueOf<typeof ReferralActionEnum>;
  @Field(() => ReferralStateEnum) state!: ValueOf<typeof ReferralStateEnum>;
  @Field(() => LocalDateScalar) decidedOn!: string;
  @Field(() => ID) decidedBy!: string;
  @Field({ description: 'Name of the user who decided.' }) decidedByName!: string;
  @Field(() => ID, { nullable: true }) meetingId!: string | null;
  @Field() note!: string;
}

@ObjectType('Referral', { description: 'A remiss to the municipality’s SE-group.' })
export class ReferralType {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'Empty for roles that see status only.' })
  participantId!: string;
  @Field({ description: 'Empty for roles that see status only.' }) participantName!: string;
  @Field(() => ID) municipalityId!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The enrollment the accepted referral led to (null for status-only roles).',
  })
  enrollmentId!: string | null;
  @Field(() => ReferrerOrganisationEnum) referrerOrganisation!: ValueOf<
    typeof ReferrerOrganisationEnum
  >;
  @Field(() => LocalDateScalar) receivedOn!: string;
  @Field(() => ReferralStateEnum) state!: ValueOf<typeof ReferralStateEnum>;
  @Field(() => [ReferralDecisionType]) decisions!: ReferralDecisionType[];
  @Field(() => Int) version!: number;

  static from(r: ReferralView, showName: boolean): ReferralType {
    return Object.assign(new ReferralType(), {
      id: r.id,
      participantId: showName ? r.participantId : '',
      participantName: showName ? r.participantName : '',
      municipalityId: r.municipalityId,
      projectId: r.projectId,
      enrollmentId: showName ? r.enrollmentId : null,
      referrerOrganisation: r.referrerOrganisation,
      receivedOn: r.receivedOn,
      state: r.state,
      version: r.version,
      decisions: showName
        ? r.decisions.map((d) =>
            Object.assign(new ReferralDecisionType(), {
              ...d,
              decidedByName: '',
              meetingId: d.meetingId ?? null,
            }),
          )
        : [],
    });
  }
}

@ObjectType('SeGroupMeeting')
export class SeGroupMeetingType {
  @Field(() => ID) id!: string;
  @Field(() => ID) municipalityId!: string;
  @Field(() => LocalDateScalar) heldOn!: string;
  @Field() notes!: string;
  @Field(() => [ID]) decidedReferralIds!: string[];

  static from(m: MeetingView): SeGroupMeetingType {
    return Object.assign(new SeGroupMeetingType(), {
      id: m.id,
      municipalityId: m.municipalityId,
      heldOn: m.heldOn,
      notes: m.notes,
      decidedReferralIds: [...m.decidedReferralIds],
    });
  }
}

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

@ObjectType('Employer')
export class EmployerType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) organisationNumber!: string | null;
  @Field(() => ID, { nullable: true }) municipalityId!: string | null;

  static from(e: Employer): EmployerType {
    return Object.assign(new EmployerType(), {
      id: e.id,
      name: e.name,
      organisationNumber: e.organisationNumber,
      municipalityId: e.municipalityId,
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

@ObjectType('Attestation', { description: 'Halvårsintyg signed by the municipal chief.' })
export class AttestationType {
  @Field(() => ID) id!: string;
  @Field(() => ID) municipalityId!: string;
  @Field(() => ID) projectId!: string;
  @Field() halfYear!: string;
  @Field() signedByName!: string;
  @Field(() => LocalDateScalar, { nullable: true }) signedOn!: string | null;
  @Field() statement!: string;

  static from(a: Attestation, signedByName: string): AttestationType {
    return Object.assign(new AttestationType(), {
      id: a.id,
      municipalityId: a.municipalityId,
      projectId: a.projectId,
      halfYear: a.halfYear,
      signedByName,
      signedOn: a.signedOn,
      statement: a.statement,
    });
  }
}
