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
import { ParticipantEntity } from '../participant/participant.entity.js';
import { UserEntity } from '../user/user.entity.js';

/** Samtycke for one purpose; withdrawal sets `withdrawn_on`, a new consent is a new row. Table `consents`; lives only in persistence. */
@Entity({ name: 'consents' })
@Index('consents_by_participant', ['associationId', 'participantId', 'purpose'])
@Check('consents_check', '(withdrawn_on IS NULL) OR (withdrawn_on >= given_on)')
@Check(
  'consents_method_check',
  "method = ANY (ARRAY['written'::text, 'verbal'::text, 'digital'::text])",
)
@Check(
  'consents_purpose_check',
  "purpose = ANY (ARRAY['participation'::text, 'sus_registration'::text, 'surveys'::text, 'follow_up_contact'::text])",
)
export class ConsentEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  @Column({ name: 'purpose', type: 'text' })
  purpose!: string;

  @Column({ name: 'given_on', type: 'date' })
  givenOn!: string;

  @Column({ name: 'method', type: 'text' })
  method!: string;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;

  @Column({ name: 'withdrawn_on', type: 'date', nullable: true })
  withdrawnOn!: string | null;

  @Column({ name: 'withdrawn_by', type: 'uuid', nullable: true })
  withdrawnBy!: string | null;

  @ManyToOne(() => ParticipantEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'consents_association_id_participant_id_fkey',
    },
    { name: 'participant_id', referencedColumnName: 'id' },
  ])
  participant?: Relation<ParticipantEntity>;

  @ManyToOne(() => UserEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'consents_association_id_recorded_by_fkey',
    },
    { name: 'recorded_by', referencedColumnName: 'id' },
  ])
  recordedByUser?: Relation<UserEntity>;

  @ManyToOne(() => UserEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'consents_association_id_withdrawn_by_fkey',
    },
    { name: 'withdrawn_by', referencedColumnName: 'id' },
  ])
  withdrawnByUser?: Relation<UserEntity>;
}
