import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Append-only audit of reads and changes, one row per audited action with the ids of every
 * record it touched (at most 1,000 per row). Table `audit_log`; lives only in persistence.
 */
@Entity({ name: 'audit_log' })
export class AuditLogEntryEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'id', type: 'bigint' })
  id!: string;

  @Column({ name: 'at', type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ name: 'role', type: 'text', nullable: true })
  role!: string | null;

  @Column({ name: 'action', type: 'text' })
  action!: string;

  @Column({ name: 'entity', type: 'text' })
  entity!: string;

  @Column({ name: 'entity_ids', type: 'uuid', array: true })
  entityIds!: string[];

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;

  @Column({ name: 'detail', type: 'jsonb' })
  detail!: Record<string, unknown>;
}
