import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { ProjectEntity } from '../organisation/project.entity.js';
import { ReallocationEntity } from './reallocation.entity.js';
import { UserEntity } from '../user/user.entity.js';

/** A reallocation the steering group proposes and the board approves or rejects. Table `reallocation_proposals`; lives only in persistence. */
@Entity({ name: 'reallocation_proposals' })
@Unique('reallocation_proposals_association_id_idempotency_key_key', [
  'associationId',
  'idempotencyKey',
])
@Index('reallocation_proposals_by_project', ['associationId', 'projectId', 'proposedAt'])
@Check('reallocation_proposals_check', "(status = 'PENDING'::text) = (reviewed_by IS NULL)")
@Check(
  'reallocation_proposals_check1',
  "(status = 'APPROVED'::text) = (reallocation_id IS NOT NULL)",
)
@Check(
  'reallocation_proposals_idempotency_key_check',
  '(length(idempotency_key) >= 8) AND (length(idempotency_key) <= 100)',
)
@Check(
  'reallocation_proposals_method_check',
  "method = ANY (ARRAY['hamilton'::text, 'webster'::text, 'dhondt'::text, 'huntington-hill'::text, 'adams'::text])",
)
@Check('reallocation_proposals_reason_check', '(length(reason) >= 3) AND (length(reason) <= 2000)')
@Check('reallocation_proposals_review_note_check', 'length(review_note) <= 2000')
@Check(
  'reallocation_proposals_status_check',
  "status = ANY (ARRAY['PENDING'::text, 'APPROVED'::text, 'REJECTED'::text])",
)
export class ReallocationProposalEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom!: string;

  @Column({ name: 'reason', type: 'text' })
  reason!: string;

  @Column({ name: 'method', type: 'text', nullable: true })
  method!: string | null;

  @Column({ name: 'based_on_version', type: 'int' })
  basedOnVersion!: number;

  @Column({ name: 'proposed_by', type: 'uuid' })
  proposedBy!: string;

  @Column({ name: 'proposed_at', type: 'timestamptz', default: () => 'now()' })
  proposedAt!: Date;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey!: string;

  @Column({ name: 'status', type: 'text', default: 'PENDING' })
  status!: string;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy!: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ name: 'review_note', type: 'text', nullable: true })
  reviewNote!: string | null;

  @Column({ name: 'reallocation_id', type: 'uuid', nullable: true })
  reallocationId!: string | null;

  @ManyToOne(() => ProjectEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'reallocation_proposals_association_id_project_id_fkey',
    },
    { name: 'project_id', referencedColumnName: 'id' },
  ])
  project?: Relation<ProjectEntity>;

  @ManyToOne(() => UserEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'reallocation_proposals_association_id_proposed_by_fkey',
    },
    { name: 'proposed_by', referencedColumnName: 'id' },
  ])
  proposedByUser?: Relation<UserEntity>;

  @ManyToOne(() => ReallocationEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'reallocation_proposals_association_id_reallocation_id_fkey',
    },
    { name: 'reallocation_id', referencedColumnName: 'id' },
  ])
  reallocation?: Relation<ReallocationEntity>;

  @ManyToOne(() => UserEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'reallocation_proposals_association_id_reviewed_by_fkey',
    },
    { name: 'reviewed_by', referencedColumnName: 'id' },
  ])
  reviewedByUser?: Relation<UserEntity>;
}
