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

/** Rättelse: one changed field of a participant, old and new value (personnummer only masked). Table `participant_changes`; lives only in persistence. */
@Entity({ name: 'participant_changes' })
@Index('participant_changes_by_participant', ['associationId', 'participantId', 'changedAt'])
@Check('participant_changes_field_check', '(length(field) >= 1) AND (length(field) <= 60)')
@Check('participant_changes_new_value_check', 'length(new_value) <= 2000')
@Check('participant_changes_old_value_check', 'length(old_value) <= 2000')
export class ParticipantChangeEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt!: Date;

  @Column({ name: 'changed_by', type: 'uuid', nullable: true })
  changedBy!: string | null;

  @Column({ name: 'field', type: 'text' })
  field!: string;

  @Column({ name: 'old_value', type: 'text', nullable: true })
  oldValue!: string | null;

  @Column({ name: 'new_value', type: 'text', nullable: true })
  newValue!: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'participant_changes_association_id_changed_by_fkey',
    },
    { name: 'changed_by', referencedColumnName: 'id' },
  ])
  changedByUser?: Relation<UserEntity>;

  @ManyToOne(() => ParticipantEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'participant_changes_association_id_participant_id_fkey',
    },
    { name: 'participant_id', referencedColumnName: 'id' },
  ])
  participant?: Relation<ParticipantEntity>;
}
