import { Field, ID, ObjectType } from 'type-graphql';
import type { MeetingView } from '@finsam-se/persistence';
import { LocalDateScalar } from '../schema/scalars.js';

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
