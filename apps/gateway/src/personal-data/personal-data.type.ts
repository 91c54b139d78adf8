import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type {
  ConsentRecord,
  ParticipantChangeRecord,
  RetentionResult,
  RetentionRule,
  RetentionRunRecord,
} from '@finsam-se/persistence';
import { RoleEnum, type ValueOf } from '../schema/enums.js';
import { DateTimeScalar, LocalDateScalar } from '../schema/scalars.js';

export const ConsentPurposeEnum = {
  PARTICIPATION: 'participation',
  SUS_REGISTRATION: 'sus_registration',
  SURVEYS: 'surveys',
  FOLLOW_UP_CONTACT: 'follow_up_contact',
} as const;
export const ConsentMethodEnum = {
  WRITTEN: 'written',
  VERBAL: 'verbal',
  DIGITAL: 'digital',
} as const;
export const RetentionKindEnum = {
  IDENTIFYING_DATA: 'identifying_data',
  AUDIT_LOG: 'audit_log',
} as const;
registerEnumType(ConsentPurposeEnum, {
  name: 'ConsentPurpose',
  description: 'What the participant consents to.',
});
registerEnumType(ConsentMethodEnum, { name: 'ConsentMethod' });
registerEnumType(RetentionKindEnum, { name: 'RetentionKind' });

@ObjectType('Consent', { description: 'Samtycke for one purpose; withdrawal keeps the row.' })
export class ConsentType {
  @Field(() => ID) id!: string;
  @Field(() => ID) participantId!: string;
  @Field(() => ConsentPurposeEnum) purpose!: ValueOf<typeof ConsentPurposeEnum>;
  @Field(() => LocalDateScalar) givenOn!: string;
  @Field(() => ConsentMethodEnum) method!: ValueOf<typeof ConsentMethodEnum>;
  @Field(() => ID, { nullable: true }) recordedBy!: string | null;
  @Field(() => String, { nullable: true }) recordedByName!: string | null;
  @Field(() => DateTimeScalar) recordedAt!: string;
  @Field(() => LocalDateScalar, { nullable: true }) withdrawnOn!: string | null;
  @Field(() => Boolean, { description: 'Given and not withdrawn today.' }) active!: boolean;

  static from(c: ConsentRecord, today: string): ConsentType {
    return Object.assign(new ConsentType(), {
      id: c.id,
      participantId: c.participantId,
      purpose: c.purpose,
      givenOn: c.givenOn,
      method: c.method,
      recordedBy: c.recordedBy,
      recordedByName: c.recordedByName,
      recordedAt: c.recordedAt,
      withdrawnOn: c.withdrawnOn,
      active: c.givenOn <= today && (c.withdrawnOn === null || c.withdrawnOn > today),
    });
  }
}

@ObjectType('ParticipantChange', {
  description: 'One corrected field (rättelse); personnummer values are masked.',
})
export class ParticipantChangeType {
  @Field(() => ID) id!: string;
  @Field(() => ID) participantId!: string;
  @Field(() => DateTimeScalar) changedAt!: string;
  @Field(() => ID, { nullable: true }) changedBy!: string | null;
  @Field(() => String, { nullable: true }) changedByName!: string | null;
  @Field() field!: string;
  @Field(() => String, { nullable: true }) oldValue!: string | null;
  @Field(() => String, { nullable: true }) newValue!: string | null;

  static from(c: ParticipantChangeRecord): ParticipantChangeType {
    return Object.assign(new ParticipantChangeType(), { ...c });
  }
}

@ObjectType('RegisterExtract', { description: 'Registerutdrag (GDPR art. 15) for one person.' })
export class RegisterExtractType {
  @Field({ description: 'Everything stored about the person, table by table (JSON).' })
  json!: string;
  @Field({ description: 'The same as a readable Swedish HTML document.' }) html!: string;
  @Field(() => DateTimeScalar) generatedAt!: string;
}

@ObjectType('RetentionRule', { description: 'Gallring: years to keep a kind of data.' })
export class RetentionRuleType {
  @Field(() => RetentionKindEnum) kind!: ValueOf<typeof RetentionKindEnum>;
  @Field(() => Int) years!: number;
  @Field({ description: 'True when the built-in default applies.' }) isDefault!: boolean;

  static from(r: RetentionRule): RetentionRuleType {
    return Object.assign(new RetentionRuleType(), { ...r });
  }
}

@ObjectType('RetentionCandidate')
export class RetentionCandidateType {
  @Field(() => ID) participantId!: string;
  @Field(() => LocalDateScalar) lastEndedOn!: string;
}

@ObjectType('RetentionResult', { description: 'What a retention run did (or would do).' })
export class RetentionResultType {
  @Field() dryRun!: boolean;
  @Field(() => LocalDateScalar) asOf!: string;
  @Field(() => Int) identifyingYears!: number;
  @Field(() => Int) auditYears!: number;
  @Field(() => [RetentionCandidateType]) participants!: RetentionCandidateType[];
  @Field(() => Int) participantsAnonymised!: number;
  @Field(() => Int, { description: 'Deleted, or in a dry run: would be deleted.' })
  auditRowsDeleted!: number;
  @Field(() => ID, { nullable: true }) runId!: string | null;

  static from(r: RetentionResult): RetentionResultType {
    return Object.assign(new RetentionResultType(), {
      dryRun: r.dryRun,
      asOf: r.asOf,
      identifyingYears: r.identifyingYears,
      auditYears: r.auditYears,
      participants: r.participants.map((p) =>
        Object.assign(new RetentionCandidateType(), { ...p }),
      ),
      participantsAnonymised: r.participantsAnonymised,
      auditRowsDeleted: r.auditRowsDeleted,
      runId: r.runId,
    });
  }
}

@ObjectType('RetentionRun', { description: 'A logged (real) retention run.' })
export class RetentionRunType {
  @Field(() => ID) id!: string;
  @Field(() => DateTimeScalar) runAt!: string;
  @Field(() => LocalDateScalar) asOf!: string;
  @Field(() => String, { nullable: true }) runByName!: string | null;
  @Field(() => Int) identifyingYears!: number;
  @Field(() => Int) auditYears!: number;
  @Field(() => Int) participantsAnonymised!: number;
  @Field(() => Int) auditRowsDeleted!: number;

  static from(r: RetentionRunRecord): RetentionRunType {
    return Object.assign(new RetentionRunType(), {
      id: r.id,
      runAt: r.runAt,
      asOf: r.asOf,
      runByName: r.runByName,
      identifyingYears: r.identifyingYears,
      auditYears: r.auditYears,
      participantsAnonymised: r.participantsAnonymised,
      auditRowsDeleted: r.auditRowsDeleted,
    });
  }
}

@ObjectType('AccessReviewEntry', { description: 'Behörighetsuppföljning: one user.' })
export class AccessReviewEntryType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() email!: string;
  @Field(() => RoleEnum) role!: ValueOf<typeof RoleEnum>;
  @Field({ description: 'What the role may see: the association, a municipality or a coach.' })
  scope!: string;
  @Field(() => String, { nullable: true }) municipalityName!: string | null;
  @Field(() => String, { nullable: true }) coachName!: string | null;
  @Field(() => String, { nullable: true }) organisation!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) lastLoginAt!: string | null;
  @Field() active!: boolean;
  @Field(() => Int) version!: number;
}
