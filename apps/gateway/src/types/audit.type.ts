import { Field, ID, ObjectType } from 'type-graphql';
import type { AuditRecord } from '@finsam-se/persistence';
import { DateTimeScalar } from '../schema/scalars.js';

@ObjectType('AuditEntry', { description: 'One row of the audit log (managers only).' })
export class AuditEntryType {
  @Field(() => ID) id!: string;
  @Field(() => DateTimeScalar) at!: string;
  @Field(() => ID, { nullable: true }) userId!: string | null;
  @Field(() => String, { nullable: true }) userName!: string | null;
  @Field(() => String, { nullable: true }) role!: string | null;
  @Field() action!: string;
  @Field() entity!: string;
  @Field(() => ID, { nullable: true }) entityId!: string | null;
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
      entityId: r.entityId,
      requestId: r.requestId,
    });
  }
}
