import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { ProjectEntity } from '../organisation/project.entity.js';
import { UserEntity } from '../user/user.entity.js';

/** A steering-group decision to move FTE. Table `reallocations`; lives only in persistence. */
@Entity({ name: 'reallocations' })
@Unique('reallocations_association_id_idempotency_key_key', ['associationId', 'idempotencyKey'])
@Unique('reallocations_association_id_project_id_based_on_version_key', [
  'associationId',
  'projectId',
  'basedOnVersion',
])
@Check(
  'reallocations_decision_mode_check',
  "decision_mode = ANY (ARRAY['DELEGATED'::text, 'BOARD_APPROVAL'::text])",
)
@Check('reallocations_delegation_reference_check', 'length(delegation_reference) <= 200')
@Check(
  'reallocations_idempotency_key_check',
  '(length(idempotency_key) >= 8) AND (length(idempotency_key) <= 100)',
)
@Check(
  'reallocations_method_check',
  "method = ANY (ARRAY['hamilton'::text, 'webster'::text, 'dhondt'::text, 'huntington-hill'::text, 'adams'::text])",
)
@Check('reallocations_reason_check', '(length(reason) >= 3) AND (length(reason) <= 2000)')
export class ReallocationEntity {
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

  @Column({ name: 'decided_by', type: 'uuid' })
  decidedBy!: string;

  @Column({ name: 'decided_at', type: 'timestamptz', default: () => 'now()' })
  decidedAt!: Date;

  @Column({ name: 'based_on_version', type: 'int' })
  basedOnVersion!: number;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey!: string;

  @Column({ name: 'decision_mode', type: 'text', nullable: true })
  decisionMode!: string | null;

  @Column({ name: 'delegation_reference', type: 'text', nullable: true })
  delegationReference!: string | null;

  @Column({ name: 'proposed_by', type: 'uuid', nullable: true })
  proposedBy!: string | null;

  @Column({ name: 'proposal_id', type: 'uuid', nullable: true })
  proposalId!: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'reallocations_association_id_decided_by_fkey',
    },
    { name: 'decided_by', referencedColumnName: 'id' },
  ])
  decidedByUser?: Relation<UserEntity>;

  @ManyToOne(() => ProjectEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'reallocations_association_id_project_id_fkey',
    },
    { name: 'project_id', referencedColumnName: 'id' },
  ])
  project?: Relation<ProjectEntity>;

  /**
   * Named, not imported: the proposal points back here (`reallocation_id`), and two modules
   * importing each other is a cycle dependency-cruiser refuses.
   */
  @ManyToOne('ReallocationProposalEntity')
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'reallocations_proposal_fkey',
    },
    { name: 'proposal_id', referencedColumnName: 'id' },
  ])
  proposal?: Relation<{ readonly id: string }>;

  @ManyToOne(() => UserEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'reallocations_proposed_by_fkey',
    },
    { name: 'proposed_by', referencedColumnName: 'id' },
  ])
  proposedByUser?: Relation<UserEntity>;
}
