import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One decision on a referral. Table `referral_decisions`; lives only in persistence. */
@Entity({ name: 'referral_decisions' })
export class ReferralDecisionEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'id', type: 'uuid' })
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

  @Column({ name: 'note', type: 'text' })
  note!: string;
}
