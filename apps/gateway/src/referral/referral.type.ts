import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ReferralView } from '@finsam-se/persistence';
import {
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
