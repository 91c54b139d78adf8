import type { Uuid, LocalDate } from '@finsam-se/domain';
import { users } from '@finsam-se/persistence';
import { Arg, Args, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { ReferrerOrganisationEnum, RoleEnum, type ValueOf } from '../schema/enums.js';
import { LocalDateScalar, UuidScalar } from '../schema/scalars.js';
import { userService } from './user.service.js';
import { AuditEntryType } from '../audit/audit.type.js';
import { ListMetadata } from '../schema/list-metadata.js';
import { UserType } from './user.type.js';
import { ListArgs, pagingOf } from '../schema/list-args.js';
import { defineResource } from '../schema/define-resource.js';

/** The association's users, as react-admin reads them (define-resource.ts): managers only. */
export const userResource = defineResource({
  name: 'User',
  plural: 'Users',
  type: UserType,
  filters: { ids: 'ids', q: 'text', role: { type: () => RoleEnum }, active: 'boolean' },
  repository: users,
  action: 'user.read',
  toType: UserType.from,
  writes: { createUser: 'user.write', updateUser: 'user.write' },
});

/** The users' writes and the audit log: managers only. */
@Resolver()
export class UserResolver {
  @Mutation(() => UserType)
  createUser(
    @Arg('email', () => String) email: string,
    @Arg('name', () => String) name: string,
    @Arg('role', () => RoleEnum) role: ValueOf<typeof RoleEnum>,
    @Arg('password', () => String, { description: 'At least 12 characters.' }) password: string,
    @Arg('municipalityId', () => UuidScalar, { nullable: true }) municipalityId: Uuid | undefined,
    @Arg('coachId', () => UuidScalar, { nullable: true }) coachId: Uuid | undefined,
    @Arg('organisation', () => ReferrerOrganisationEnum, {
      nullable: true,
      description: 'For referrers.',
    })
    organisation: ValueOf<typeof ReferrerOrganisationEnum> | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<UserType> {
    return userService.create(ctx, {
      email,
      name,
      role,
      password,
      municipalityId,
      coachId,
      organisation,
    });
  }
  @Mutation(() => UserType, { description: 'active: false ends the user’s sessions at once.' })
  updateUser(
    @Arg('id', () => UuidScalar) id: Uuid,
    @Arg('version', () => Int) version: number,
    @Arg('name', () => String, { nullable: true }) name: string | undefined,
    @Arg('role', () => RoleEnum, { nullable: true }) role: ValueOf<typeof RoleEnum> | undefined,
    @Arg('municipalityId', () => UuidScalar, { nullable: true })
    municipalityId: Uuid | null | undefined,
    @Arg('active', () => Boolean, { nullable: true }) active: boolean | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<UserType> {
    return userService.update(ctx, id, version, { name, role, municipalityId, active });
  }

  @Query(() => [AuditEntryType], { description: 'Newest first. Managers only.' })
  auditLog(
    @Args() args: ListArgs,
    @Arg('entity', () => String, { nullable: true }) entity: string | undefined,
    @Arg('entityId', () => UuidScalar, { nullable: true }) entityId: Uuid | undefined,
    @Arg('userId', () => UuidScalar, { nullable: true }) userId: Uuid | undefined,
    @Arg('from', () => LocalDateScalar, { nullable: true }) from: LocalDate | undefined,
    @Arg('to', () => LocalDateScalar, { nullable: true }) to: LocalDate | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<AuditEntryType[]> {
    return userService.auditLog(ctx, pagingOf(args, 'AuditEntry', 50), {
      entity,
      entityId,
      userId,
      from,
      to,
    });
  }
  @Query(() => ListMetadata)
  async _auditLogMeta(
    @Args() _args: ListArgs,
    @Arg('entity', () => String, { nullable: true }) entity: string | undefined,
    @Arg('entityId', () => UuidScalar, { nullable: true }) entityId: Uuid | undefined,
    @Arg('userId', () => UuidScalar, { nullable: true }) userId: Uuid | undefined,
    @Arg('from', () => LocalDateScalar, { nullable: true }) from: LocalDate | undefined,
    @Arg('to', () => LocalDateScalar, { nullable: true }) to: LocalDate | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ListMetadata> {
    return { count: await userService.auditLogCount(ctx, { entity, entityId, userId, from, to }) };
  }
}
