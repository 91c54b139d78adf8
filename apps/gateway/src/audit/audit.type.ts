import { Field, ID, ObjectType } from 'type-graphql';
import type { AuditRecord } from '@finsam-se/persistence';
import { DateTimeScalar } from '../schema/scalars.js';

@ObjectType('AuditEntry', {
  description: 'One audited action and every record it touched (managers only).',
})
export class AuditEntryType implements AuditRecord {
  @Field(() => ID) id!: string;
  @Field(() => DateTimeScalar) at!: string;
  @Field(() => ID, { nullable: true }) userId!: string | null;
  @Field(() => String, { nullable: true }) userName!: string | null;
  @Field(() => String, { nullable: true }) role!: string | null;
  @Field(() => String) action!: AuditRecord['action'];
  @Field() entity!: string;
  @Field(() => [ID], {
    description:
      'Every record the action touched, e.g. the people of one list page (at most 1,000).',
  })
  entityIds!: string[];
  @Field(() => ID, {
    nullable: true,
    deprecationReason: 'An entry lists every record it touched: use entityIds.',
    description: 'The first of entityIds.',
  })
  entityId!: string | null;
  @Field(() => String, { nullable: true }) requestId!: string | null;

  static from(r: AuditRecord): AuditEntryType {
    return Object.assign(new AuditEntryType(), {
      id: r.id,
      at: r.at,
      userId: r.userId,
      userName: r.userName,
      role: r.role,
      action: r.action,
      entity: r.entity,
      entityIds: [...r.entityIds],
      entityId: r.entityIds[0] ?? null,
      requestId: r.requestId,
    });
  }
}
