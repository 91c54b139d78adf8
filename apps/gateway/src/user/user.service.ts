import {
  type ReferrerOrganisation,
  type Role,
  referrerOrganisations,
  roles,
  type Uuid,
  type LocalDate,
} from '@finsam-se/domain';
import {
  PersistenceError,
  auditRepository,
  coaches,
  municipalities,
  userRepository,
  users,
} from '@finsam-se/persistence';
import { authorize, permitted } from '../auth/authorize.js';
import { passwordProblem } from '../auth/password-policy.js';
import type { RequestContext } from '../context.js';
import { refuse } from '../errors/refuse.js';
import type { Paging } from '../schema/list-args.js';
import { AuditEntryType } from '../audit/audit.type.js';
import { UserType } from './user.type.js';
import { input } from '../shared/input.js';
import { type Opt, audit, given, requireVersion } from '../shared/service-support.js';

export type AuditQueryInput = {
  entity: Opt<string>;
  entityId: Opt<Uuid>;
  userId: Opt<Uuid>;
  from: Opt<LocalDate>;
  to: Opt<LocalDate>;
};

function roleOf(value: string): Role {
  if (!(roles as readonly string[]).includes(value)) throw refuse('USER.ROLE', { field: 'role' });
  return value as Role;
}

function auditQueryOf(q: AuditQueryInput) {
  return {
    ...(given(q.entity) ? { entity: input.text('entity', q.entity, { max: 60 }) } : {}),
    ...(given(q.entityId) ? { entityId: q.entityId } : {}),
    ...(given(q.userId) ? { userId: q.userId } : {}),
    ...(given(q.from) ? { from: q.from } : {}),
    ...(given(q.to) ? { to: q.to } : {}),
  };
}

/** Users of the association and the audit log: the manager's administration. */
export const userService = {
  async create(
    ctx: RequestContext,
    values: {
      email: string;
      name: string;
      role: string;
      password: string;
      municipalityId: Opt<Uuid>;
      coachId: Opt<Uuid>;
      organisation: Opt<string>;
    },
  ): Promise<UserType> {
    const actor = permitted(ctx.actor, 'user.write');
    const email = values.email.trim().toLowerCase();
    if (email.length > 254 || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
      throw refuse('USER.EMAIL', { field: 'email' });
    const role = roleOf(values.role);
    const municipalityId = values.municipalityId ?? null;
    const coachId = values.coachId ?? null;
    if (role === 'municipal_chief' && municipalityId === null)
      throw refuse('USER.CHIEF_NEEDS_MUNICIPALITY', { field: 'municipalityId' });
    if (role === 'coach' && coachId === null)
      throw refuse('USER.COACH_NEEDS_COACH', { field: 'coachId' });
    if (
      given(values.organisation) &&
      !(referrerOrganisations as readonly string[]).includes(values.organisation)
    )
      throw refuse('USER.ORGANISATION', { field: 'organisation' });
    const organisation = (values.organisation ?? null) as ReferrerOrganisation | null;
    if (role === 'referrer' && organisation === null)
      throw refuse('USER.REFERRER_NEEDS_ORGANISATION', { field: 'organisation' });
    const name = input.text('name', values.name);
    const problem = passwordProblem(values.password, { email, name });
    if (problem) throw refuse(problem, { field: 'password' });
    const passwordHash = await ctx.passwords.hash(values.password);
    return ctx.inTenant(async (tx) => {
      if (municipalityId && !(await municipalities.findById(tx, municipalityId)))
        throw refuse('MUNICIPALITY.UNKNOWN', { field: 'municipalityId' });
      const coach = coachId ? await coaches.findById(tx, coachId) : undefined;
      if (coachId && !coach) throw refuse('COACH.UNKNOWN', { field: 'coachId' });
      let id: string;
      try {
        id = await userRepository.create(tx, {
          email,
          name,
          role,
          municipalityId: municipalityId ?? coach?.municipalityId ?? null,
          coachId: role === 'coach' ? coachId : null,
          organisation: role === 'referrer' ? organisation : null,
          passwordHash,
        });
      } catch (error) {
        if (error instanceof PersistenceError && error.code === 'DUPLICATE')
          throw refuse('USER.EMAIL_TAKEN', { field: 'email' });
        throw error;
      }
      await audit(tx, ctx, actor, 'create', 'user', [id]);
      const row = await users.findById(tx, id);
      if (!row) throw refuse('NOT_FOUND');
      return UserType.from(row);
    });
  },
  async update(
    ctx: RequestContext,
    userId: Uuid,
    version: number,
    values: {
      name: Opt<string>;
      role: Opt<string>;
      municipalityId: Opt<Uuid>;
      active: Opt<boolean>;
    },
  ): Promise<UserType> {
    const actor = permitted(ctx.actor, 'user.write');
    if (userId === actor.id && values.active === false)
      throw refuse('USER.OWN_ACCOUNT', { field: 'active' });
    const changes = {
      ...(given(values.name) ? { name: input.text('name', values.name) } : {}),
      ...(given(values.role) ? { role: roleOf(values.role) } : {}),
      ...(values.municipalityId !== undefined
        ? {
            municipalityId: values.municipalityId ?? null,
          }
        : {}),
      ...(given(values.active) ? { active: values.active } : {}),
    };
    const updated = await ctx.inTenant(async (tx) => {
      const existing = await users.findById(tx, userId);
      if (!existing) throw refuse('NOT_FOUND');
      requireVersion(existing.version, version);
      // Deactivation bumps the session generation in the same statement: tokens stop at once.
      await userRepository.update(tx, userId, version, changes);
      await audit(tx, ctx, actor, 'update', 'user', [userId]);
      const row = await users.findById(tx, userId);
      if (!row) throw refuse('NOT_FOUND');
      return UserType.from(row);
    });
    // The database's notification reaches every process; this one forgets at once, so the
    // next request here cannot come before it.
    ctx.sessionCache.forget(userId);
    return updated;
  },

  async auditLog(ctx: RequestContext, paging: Paging, query: AuditQueryInput) {
    authorize(ctx.actor, 'auditLog.read');
    const q = auditQueryOf(query);
    const { rows } = await ctx.inTenant((tx) =>
      auditRepository.list(tx, { ...q, limit: paging.limit, offset: paging.offset }),
    );
    return rows.map(AuditEntryType.from);
  },
  async auditLogCount(ctx: RequestContext, query: AuditQueryInput): Promise<number> {
    authorize(ctx.actor, 'auditLog.read');
    const q = auditQueryOf(query);
    const { total } = await ctx.inTenant((tx) =>
      auditRepository.list(tx, { ...q, limit: 1, offset: 0 }),
    );
    return total;
  },
};
