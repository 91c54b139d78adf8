import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A referral (remiss) to an SE-group. Table `referrals`; lives only in persistence. */
@Entity({ name: 'referrals' })
export class ReferralEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'referred_by', type: 'uuid', nullable: true })
  referredBy!: string | null;

  @Column({ name: 'referrer_organisation', type: 'text' })
  referrerOrganisation!: string;

  @Column({ name: 'received_on', type: 'date' })
  receivedOn!: string;

  @Column({ name: 'state', type: 'text' })
  state!: string;

  @Column({ name: 'version', type: 'int' })
  version!: number;
}
