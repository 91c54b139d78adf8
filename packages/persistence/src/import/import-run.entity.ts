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
import { AssociationEntity } from '../organisation/association.entity.js';
import { UserEntity } from '../user/user.entity.js';

/**
 * One import of one spreadsheet file (by its SHA-256) and how far it got. Table
 * `import_runs`; lives only in persistence. The checks over two columns carry the names
 * PostgreSQL gave them in the order the migration declares them (`_check`, `_check1`, …).
 */
@Entity({ name: 'import_runs' })
@Index('import_runs_by_start', ['associationId', 'startedAt'])
@Index('import_runs_one_running_per_file', ['associationId', 'register', 'fileSha256'], {
  unique: true,
  where: "status = 'running'::text",
})
@Check('import_runs_check', '(valid_rows >= 0) AND (valid_rows <= total_rows)')
@Check('import_runs_check1', '(next_index >= 0) AND (next_index <= valid_rows)')
@Check('import_runs_check2', "(status = 'running'::text) = (finished_at IS NULL)")
@Check('import_runs_enrollments_created_check', 'enrollments_created >= 0')
@Check('import_runs_file_name_check', '(length(file_name) >= 1) AND (length(file_name) <= 255)')
@Check('import_runs_file_sha256_check', "file_sha256 ~ '^[0-9a-f]{64}$'::text")
@Check(
  'import_runs_register_check',
  "register = ANY (ARRAY['participants'::text, 'referrals'::text, 'placements'::text])",
)
@Check('import_runs_referrals_created_check', 'referrals_created >= 0')
@Check('import_runs_placements_created_check', 'placements_created >= 0')
@Check('import_runs_employers_created_check', 'employers_created >= 0')
@Check('import_runs_mapping_check', "jsonb_typeof(mapping) = 'object'::text")
@Check('import_runs_participants_created_check', 'participants_created >= 0')
@Check('import_runs_rows_skipped_check', 'rows_skipped >= 0')
@Check(
  'import_runs_status_check',
  "status = ANY (ARRAY['running'::text, 'done'::text, 'failed'::text])",
)
@Check('import_runs_total_rows_check', 'total_rows >= 0')
export class ImportRunEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'register', type: 'text' })
  register!: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ name: 'file_sha256', type: 'text' })
  fileSha256!: string;

  @Column({ name: 'mapping', type: 'jsonb' })
  mapping!: Record<string, unknown>;

  @Column({ name: 'status', type: 'text', default: 'running' })
  status!: string;

  @Column({ name: 'total_rows', type: 'int' })
  totalRows!: number;

  @Column({ name: 'valid_rows', type: 'int' })
  validRows!: number;

  @Column({ name: 'next_index', type: 'int', default: 0 })
  nextIndex!: number;

  @Column({ name: 'participants_created', type: 'int', default: 0 })
  participantsCreated!: number;

  @Column({ name: 'enrollments_created', type: 'int', default: 0 })
  enrollmentsCreated!: number;

  @Column({ name: 'referrals_created', type: 'int', default: 0 })
  referralsCreated!: number;

  @Column({ name: 'placements_created', type: 'int', default: 0 })
  placementsCreated!: number;

  @Column({ name: 'employers_created', type: 'int', default: 0 })
  employersCreated!: number;

  @Column({ name: 'rows_skipped', type: 'int', default: 0 })
  rowsSkipped!: number;

  @Column({ name: 'started_by', type: 'uuid', nullable: true })
  startedBy!: string | null;

  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' })
  startedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @ManyToOne(() => AssociationEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'import_runs_association_id_fkey',
    },
  ])
  association?: Relation<AssociationEntity>;

  @ManyToOne(() => UserEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'import_runs_association_id_started_by_fkey',
    },
    { name: 'started_by', referencedColumnName: 'id' },
  ])
  starter?: Relation<UserEntity>;
}
