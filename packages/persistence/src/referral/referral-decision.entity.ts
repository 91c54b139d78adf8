import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { ReferralEntity } from './referral.entity.js';
import { SeGroupMeetingEntity } from '../meeting/se-group-meeting.entity.js';
import { UserEntity } from '../user/user.entity.js';

/** One decision on a referral. Table `referral_decisions`; lives only in persistence. */
@Entity({ name: 'referral_decisions' })
@Index('referral_decisions_by_referral', ['associationId', 'referralId'])
@Check(
  'referral_decisions_action_check',
  "action = ANY (ARRAY['accept'::text, 'not_now'::text, 'decline'::text, 'escalate'::text])",
)
@Check('referral_decisions_note_check', 'length(note) <= 2000')
@Check(
  'referral_decisions_state_check',
  "state = ANY (ARRAY['accepted'::text, 'not_now'::text, 'declined'::text, 'escalated'::text])",
)
export class ReferralDecisionEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId!: string;

  @Column({ name: 'action', type: 'text' })
  action!: string;

  @Column({ name: 'state', type: 'text' })
  state!: string;

  @Column({ name: 'decided_on', type: 'date' })
  decidedOn!: string;

  @Column({ name: 'decided_by', type: 'uuid' })
  decidedBy!: string;

  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId!: string | null;

  @Column({ name: 'note', type: 'text', default: '' })
  note!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'referral_decisions_association_id_decided_by_fkey',
    },
    { name: 'decided_by', referencedColumnName: 'id' },
  ])
  decidedByUser?: Relation<UserEntity>;

  @ManyToOne(() => SeGroupMeetingEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'referral_decisions_association_id_meeting_id_fkey',
    },
    { name: 'meeting_id', referencedColumnName: 'id' },
  ])
  meeting?: Relation<SeGroupMeetingEntity>;

  @ManyToOne(() => ReferralEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'referral_decisions_association_id_referral_id_fkey',
    },
    { name: 'referral_id', referencedColumnName: 'id' },
  ])
  referral?: Relation<ReferralEntity>;
}
