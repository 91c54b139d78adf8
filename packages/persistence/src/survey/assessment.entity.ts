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

/** An assessment of a participant against a versioned definition; the note is free text shown only within the coach's scope. Table `assessments`; lives only in persistence. */
@Entity({ name: 'assessments' })
@Index('assessments_by_participant', [
  'associationId',
  'participantId',
  'definitionKey',
  'assessedOn',
])
@Check('assessments_definition_key_check', "definition_key ~ '^[a-z][a-z0-9_]{1,59}$'::text")
@Check('assessments_definition_version_check', 'definition_version >= 1')
@Check('assessments_note_check', 'length(note) <= 2000')
export class AssessmentEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  @Column({ name: 'definition_key', type: 'text' })
  definitionKey!: string;

  @Column({ name: 'definition_version', type: 'int' })
  definitionVersion!: number;

  @Column({ name: 'assessed_on', type: 'date' })
  assessedOn!: string;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @Column({ name: 'note', type: 'text', default: '' })
  note!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @ManyToOne(() => ParticipantEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'assessments_association_id_participant_id_fkey',
    },
    { name: 'participant_id', referencedColumnName: 'id' },
  ])
  participant?: Relation<ParticipantEntity>;

  @ManyToOne(() => UserEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'assessments_association_id_recorded_by_fkey',
    },
    { name: 'recorded_by', referencedColumnName: 'id' },
  ])
  recordedByUser?: Relation<UserEntity>;
}
