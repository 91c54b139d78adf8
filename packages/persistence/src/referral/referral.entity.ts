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
import type { ReferralState, ReferrerOrganisation } from '@finsam-se/domain';
import { MunicipalityEntity } from '../organisation/municipality.entity.js';
import { ParticipantEntity } from '../participant/participant.entity.js';
import { ProjectEntity } from '../organisation/project.entity.js';
import { UserEntity } from '../user/user.entity.js';

/** A referral (remiss) to an SE-group. Table `referrals`; lives only in persistence. */
@Entity({ name: 'referrals' })
@Index('referrals_by_municipality_state', [
  'associationId',
  'municipalityId',
  'state',
  'receivedOn',
])
@Check(
  'referrals_referrer_organisation_check',
  "referrer_organisation = ANY (ARRAY['FK'::text, 'AF'::text, 'REGION'::text, 'MUNICIPALITY'::text])",
)
@Check(
  'referrals_state_check',
  "state = ANY (ARRAY['received'::text, 'accepted'::text, 'not_now'::text, 'declined'::text, 'escalated'::text])",
)
export class ReferralEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryGeneratedColumn('uuid', { name: 'id' })
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
  referrerOrganisation!: ReferrerOrganisation;

  @Column({ name: 'received_on', type: 'date' })
  receivedOn!: string;

  @Column({ name: 'state', type: 'text', default: 'received' })
  state!: ReferralState;

  @Column({ name: 'version', type: 'int', default: 1 })
  version!: number;

  @ManyToOne(() => MunicipalityEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'referrals_association_id_municipality_id_fkey',
    },
    { name: 'municipality_id', referencedColumnName: 'id' },
  ])
  municipality?: Relation<MunicipalityEntity>;

  @ManyToOne(() => ParticipantEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'referrals_association_id_participant_id_fkey',
    },
    { name: 'participant_id', referencedColumnName: 'id' },
  ])
  participant?: Relation<ParticipantEntity>;

  @ManyToOne(() => ProjectEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'referrals_association_id_project_id_fkey',
    },
    { name: 'project_id', referencedColumnName: 'id' },
  ])
  project?: Relation<ProjectEntity>;

  @ManyToOne(() => UserEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'referrals_association_id_referred_by_fkey',
    },
    { name: 'referred_by', referencedColumnName: 'id' },
  ])
  referredByUser?: Relation<UserEntity>;
}
