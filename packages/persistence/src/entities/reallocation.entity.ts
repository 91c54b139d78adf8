import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A steering-group decision to move FTE. Table `reallocations`; lives only in persistence. */
@Entity({ name: 'reallocations' })
export class ReallocationEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'id', type: 'uuid' })
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

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;

  @Column({ name: 'based_on_version', type: 'int' })
  basedOnVersion!: number;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey!: string;
}
