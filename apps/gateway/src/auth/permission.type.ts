import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { Permission } from './authorize.js';

// GraphQL names are UPPER_SNAKE; the values are the policy's own strings (policy-table.ts).
export const PermissionScopeEnum = {
  OWN: 'own',
  MUNICIPALITY: 'municipality',
  ASSOCIATION: 'association',
  AGGREGATES: 'aggregates',
} as const satisfies Record<string, Permission['scope']>;
registerEnumType(PermissionScopeEnum, {
  name: 'PermissionScope',
  description:
    'How far a permission reaches: own people or referrals, the municipality, the association, or published aggregates only.',
});

@ObjectType('Permission', {
  description: 'One action of the access policy the signed-in user may take, and its reach.',
})
export class PermissionType {
  @Field({ description: 'The policy action, `resource.verb`, e.g. `referral.decide`.' })
  action!: string;
  @Field(() => PermissionScopeEnum) scope!: Permission['scope'];

  static from(permission: Permission): PermissionType {
    return Object.assign(new PermissionType(), permission);
  }
}
