import { Check, Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only audit of reads and changes, one row per audited action with the ids of every
 * record it touched (at most 1,000 per row). Table `audit_log`; lives only in persistence.
 */
@Entity({ name: 'audit_log' })
@Index('audit_log_by_entity', ['associationId', 'entity', 'at'])
@Index('audit_log_by_entity_ids', ['entityIds'], { type: 'gin' })
@Index('audit_log_by_time', ['associationId', 'at'])
@Check(
  'audit_log_action_check',
  "action = ANY (ARRAY['read'::text, 'create'::text, 'update'::text, 'delete'::text, 'decide'::text, 'login'::text, 'login_failed'::text, 'logout'::text, 'export'::text])",
)
@Check('audit_log_entity_check', 'length(entity) <= 60')
@Check(
  'audit_log_entity_ids_check',
  '(cardinality(entity_ids) <= 1000) AND (array_position(entity_ids, NULL::uuid) IS NULL)',
)
@Check('audit_log_request_id_check', 'length(request_id) <= 100')
export class AuditLogEntryEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryGeneratedColumn('identity', { name: 'id', type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'at', type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ name: 'role', type: 'text', nullable: true })
  role!: string | null;

  @Column({ name: 'action', type: 'text' })
  action!: string;

  @Column({ name: 'entity', type: 'text' })
  entity!: string;

  @Column({ name: 'entity_ids', type: 'uuid', array: true, default: () => "'{}'" })
  entityIds!: string[];

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;

  @Column({ name: 'detail', type: 'jsonb', default: () => "'{}'" })
  detail!: Record<string, unknown>;
}
