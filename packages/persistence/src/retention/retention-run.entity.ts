import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { AssociationEntity } from '../organisation/association.entity.js';
import { UserEntity } from '../user/user.entity.js';

/** What one (real) retention run did. Table `retention_runs`; lives only in persistence. */
@Entity({ name: 'retention_runs' })
@Check('retention_runs_audit_rows_deleted_check', 'audit_rows_deleted >= 0')
@Check('retention_runs_participants_anonymised_check', 'participants_anonymised >= 0')
export class RetentionRunEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'run_at', type: 'timestamptz', default: () => 'now()' })
  runAt!: Date;

  @Column({ name: 'as_of', type: 'date' })
  asOf!: string;

  @Column({ name: 'run_by', type: 'uuid', nullable: true })
  runBy!: string | null;

  @Column({ name: 'identifying_years', type: 'int' })
  identifyingYears!: number;

  @Column({ name: 'audit_years', type: 'int' })
  auditYears!: number;

  @Column({ name: 'participants_anonymised', type: 'int' })
  participantsAnonymised!: number;

  @Column({ name: 'audit_rows_deleted', type: 'int' })
  auditRowsDeleted!: number;

  @ManyToOne(() => AssociationEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'retention_runs_association_id_fkey',
    },
  ])
  association?: Relation<AssociationEntity>;

  @ManyToOne(() => UserEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'retention_runs_association_id_run_by_fkey',
    },
    { name: 'run_by', referencedColumnName: 'id' },
  ])
  runByUser?: Relation<UserEntity>;
}
