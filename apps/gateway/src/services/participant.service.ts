import {
  type Gender,
  type Participant,
  type TargetGroupFactor,
  genders,
  parsePersonnummer,
  targetGroupFactors,
} from '@finsam-se/domain';
import {
  type EnrollmentView,
  type ParticipantListQuery,
  type ParticipantWithLatest,
  type TenantTx,
  PersistenceError,
  enrollments,
  participantChangeRepository,
  participantRepository,
} from '@finsam-se/persistence';
import {
  type Actor,
  type PersonScope,
  mayReadPersonnummer,
  personScope,
  requireWriter,
} from '../auth/actor.js';
import type { RequestContext } from '../context.js';
import { AppError, badInput, notFound } from '../errors/error-codes.js';
import type { Paging } from '../resolvers/list-args.js';
import { ParticipantType } from '../types/people.type.js';
import { audit, domainRefusal, narrow, requireVersion, todayOf } from './service-support.js';
import { input } from './input.js';

export type ParticipantFilterInput = {
  ids?: string[] | undefined;
  q?: string | undefined;
  municipalityId?: string | undefined;
  coachId?: string | undefined;
};

const SORTS = ['lastName', 'firstName', 'birthDate', 'id'] as const;
type Sort = (typeof SORTS)[number];
const WRITERS = ['steering', 'manager', 'municipal_chief', 'coach'] as const;

/**
 * Reads a page of people and logs the read before anyone sees it: the page is one pure
 * read, its audit row (every id on the page) goes through the group-committing writer,
 * and only once that row is committed is the page returned. A page of nobody logs nothing.
 */
async function readAudited(
  ctx: RequestContext,
  query: Parameters<ReturnType<typeof participantRepository>['page']>[1],
): Promise<{ actor: Actor; rows: ParticipantWithLatest[] }> {
  const repo = participantRepository(ctx.pii);
  const { actor, rows } = await ctx.inTenantStatement(async (tx, actor) => ({
    actor,
    rows: await repo.page(tx, query),
  }));
  if (rows.length > 0)
    await ctx.auditWriter.record(actor.associationId, {
      userId: actor.id,
      role: actor.role,
      action: 'read',
      entity: 'participant',
      entityIds: rows.map((row) => row.id),
      requestId: ctx.requestId,
    });
  return { actor, rows };
}

/** The repository query for a filter within the actor's scope; null = nothing visible. */
function scopedQuery(
  scope: PersonScope,
  filter: ParticipantFilterInput | undefined,
): Omit<ParticipantListQuery, 'limit' | 'offset'> | null {
  const ids = input.uuids('filter.ids', filter?.ids);
  let coachId = filter?.coachId ? input.uuid('filter.coachId', filter.coachId) : undefined;
  let municipalityId = filter?.municipalityId
    ? input.uuid('filter.municipalityId', filter.municipalityId)
    : undefined;
  if (scope.kind === 'coach') {
    const narrowed = narrow(coachId, scope.coachId);
    if (narrowed === null) return null;
    coachId = narrowed;
  }
  if (scope.kind === 'municipality') {
    const narrowed = narrow(municipalityId, scope.municipalityId);
    if (narrowed === null) return null;
    municipalityId = narrowed;
  }
  const q = filter?.q?.trim() ? input.text('filter.q', filter.q, { max: 100 }) : undefined;
  return {
    ...(ids ? { ids } : {}),
    ...(q ? { q } : {}),
    ...(coachId ? { coachId } : {}),
    ...(municipalityId ? { municipalityId } : {}),
  };
}

/** Participants with their latest enrollment resolved in ONE query for the whole page. */
async function withLatestEnrollment(
  tx: TenantTx,
  rows: readonly Participant[],
  showPersonnummer: boolean,
): Promise<ParticipantType[]> {
  const latest = new Map<string, EnrollmentView>();
  if (rows.length > 0) {
    const found = await enrollments.list(tx, {
      filter: { participantIds: rows.map((r) => r.id) },
      sortField: 'enrolledOn',
      sortOrder: 'DESC',
      limit: 10_000,
      offset: 0,
    });
    for (const e of found) if (!latest.has(e.participantId)) latest.set(e.participantId, e);
  }
  return rows.map((p) => {
    const enrollment = latest.get(p.id);
    return Object.assign(ParticipantType.from(p, showPersonnummer), {
      coachId: enrollment?.coachId ?? null,
      currentPhase: enrollment?.currentPhase ?? null,
      enrollmentId: enrollment?.id ?? null,
    });
  });
}

function targetGroupOf(values: readonly string[] | undefined): TargetGroupFactor[] | undefined {
  if (values === undefined) return undefined;
  values.forEach((v, i) => {
    if (!(targetGroupFactors as readonly string[]).includes(v))
      throw badInput(`targetGroupFactors.${i}`, 'Okänd målgruppsfaktor.');
  });
  return [...new Set(values)] as TargetGroupFactor[];
}

/** Maps a read row (with its latest enrollment) to the GraphQL type. */
function toParticipantType(row: ParticipantWithLatest, showPersonnummer: boolean): ParticipantType {
  return Object.assign(ParticipantType.from(row, showPersonnummer), {
    coachId: row.latestEnrollment?.coachId ?? null,
    currentPhase: row.latestEnrollment?.currentPhase ?? null,
    enrollmentId: row.latestEnrollment?.id ?? null,
  });
}

async function inScope(
  tx: TenantTx,
  repo: ReturnType<typeof participantRepository>,
  scope: PersonScope,
  id: string,
): Promise<Participant | undefined> {
  const query = scopedQuery(scope, { ids: [id] });
  if (!query) return undefined;
  const rows = await repo.list(tx, { ...query, limit: 1, offset: 0 });
  return rows[0];
}

function checkHomeMunicipality(actor: Actor, scope: PersonScope, municipalityId: string): void {
  if (scope.kind === 'municipality' && scope.municipalityId !== municipalityId)
    throw badInput('homeMunicipalityId', 'Du kan bara registrera deltagare i din kommun.');
  if (actor.role === 'coach' && actor.municipalityId && actor.municipalityId !== municipalityId)
    throw badInput('homeMunicipalityId', 'Du kan bara registrera deltagare i din kommun.');
}

/** Rättelse history: the fields that differ before and after an update. */
function changedFields(before: Participant, after: Participant) {
  const fields = ['firstName', 'lastName', 'gender', 'homeMunicipalityId'] as const;
  const changes = fields
    .filter((f) => before[f] !== after[f])
    .map((f): { field: string; oldValue: string; newValue: string } => ({
      field: f,
      oldValue: String(before[f]),
      newValue: String(after[f]),
    }));
  const factors = (p: Participant) => [...p.targetGroupFactors].sort().join(',');
  if (factors(before) !== factors(after))
    changes.push({
      field: 'targetGroupFactors',
      oldValue: factors(before),
      newValue: factors(after),
    });
  return changes;
}

/** Deltagare: role-scoped, personnummer masked unless the role needs it, every read audited. */
export const participantService = {
  async list(
    ctx: RequestContext,
    paging: Paging,
    filter: ParticipantFilterInput | undefined,
  ): Promise<ParticipantType[]> {
    const scope = personScope(ctx.actor);
    const query = scopedQuery(scope, filter);
    if (!query) return [];
    const sortField: Sort = (SORTS as readonly string[]).includes(paging.sortField ?? '')
      ? (paging.sortField as Sort)
      : 'lastName';
    const { actor, rows } = await readAudited(ctx, {
      ...query,
      sortField,
      sortOrder: paging.sortOrder,
      limit: paging.limit,
      offset: paging.offset,
    });
    return rows.map((row) => toParticipantType(row, mayReadPersonnummer(actor, scope)));
  },

  async count(ctx: RequestContext, filter: ParticipantFilterInput | undefined): Promise<number> {
    const scope = personScope(ctx.actor);
    const query = scopedQuery(scope, filter);
    if (!query) return 0;
    const repo = participantRepository(ctx.pii);
    return ctx.inTenantStatement((tx) => repo.count(tx, query));
  },

  async get(ctx: RequestContext, id: string): Promise<ParticipantType | null> {
    const scope = personScope(ctx.actor);
    const participantId = input.uuid('id', id);
    const query = scopedQuery(scope, { ids: [participantId] });
    if (!query) return null;
    const { actor, rows } = await readAudited(ctx, { ...query, limit: 1, offset: 0 });
    const [row] = rows;
    return row ? toParticipantType(row, mayReadPersonnummer(actor, scope)) : null;
  },

  async create(
    ctx: RequestContext,
    values: {
      personnummer: string;
      firstName: string;
      lastName: string;
      homeMunicipalityId: string;
      targetGroupFactors?: string[] | undefined;
      gender?: string | undefined;
    },
  ): Promise<ParticipantType> {
    const actor = requireWriter(ctx.actor, WRITERS);
    const scope = personScope(actor);
    const parsed = parsePersonnummer(values.personnummer, { today: todayOf(ctx) });
    if (!parsed.ok) throw domainRefusal(parsed.error, 'personnummer');
    if (values.gender !== undefined && !(genders as readonly string[]).includes(values.gender))
      throw badInput('gender', 'Okänt kön.');
    const homeMunicipalityId = input.uuid('homeMunicipalityId', values.homeMunicipalityId);
    checkHomeMunicipality(actor, scope, homeMunicipalityId);
    const repo = participantRepository(ctx.pii);
    return ctx.inTenant(async (tx) => {
      let created: Participant;
      try {
        created = await repo.create(tx, {
          personnummer: parsed.value.normalized,
          firstName: input.text('firstName', values.firstName, { max: 100 }),
          lastName: input.text('lastName', values.lastName, { max: 100 }),
          gender: (values.gender as Gender | undefined) ?? parsed.value.legalGender,
          birthDate: parsed.value.birthDate,
          homeMunicipalityId,
          targetGroupFactors: targetGroupOf(values.targetGroupFactors) ?? [],
        });
      } catch (error) {
        if (error instanceof PersistenceError && error.code === 'DUPLICATE')
          throw new AppError('CONFLICT', 'Det finns redan en deltagare med det personnumret.', {
            field: 'personnummer',
            reason: 'PERSONNUMMER.DUPLICATE',
          });
        throw error;
      }
      await audit(tx, ctx, actor, 'create', 'participant', [created.id]);
      const [mapped] = await withLatestEnrollment(tx, [created], true);
      if (!mapped) throw notFound();
      return mapped;
    });
  },

  async update(
    ctx: RequestContext,
    id: string,
    version: number,
    values: {
      firstName?: string | undefined;
      lastName?: string | undefined;
      homeMunicipalityId?: string | undefined;
      targetGroupFactors?: string[] | undefined;
      gender?: string | undefined;
    },
  ): Promise<ParticipantType> {
    const actor = requireWriter(ctx.actor, WRITERS);
    const scope = personScope(actor);
    const participantId = input.uuid('id', id);
    if (values.gender !== undefined && !(genders as readonly string[]).includes(values.gender))
      throw badInput('gender', 'Okänt kön.');
    const homeMunicipalityId =
      values.homeMunicipalityId !== undefined
        ? input.uuid('homeMunicipalityId', values.homeMunicipalityId)
        : undefined;
    if (homeMunicipalityId) checkHomeMunicipality(actor, scope, homeMunicipalityId);
    const changes = {
      ...(values.firstName !== undefined
        ? { firstName: input.text('firstName', values.firstName, { max: 100 }) }
        : {}),
      ...(values.lastName !== undefined
        ? { lastName: input.text('lastName', values.lastName, { max: 100 }) }
        : {}),
      ...(homeMunicipalityId ? { homeMunicipalityId } : {}),
      ...(values.targetGroupFactors !== undefined
        ? { targetGroupFactors: targetGroupOf(values.targetGroupFactors) ?? [] }
        : {}),
      ...(values.gender !== undefined ? { gender: values.gender as Gender } : {}),
    };
    const repo = participantRepository(ctx.pii);
    return ctx.inTenant(async (tx) => {
      const existing = await inScope(tx, repo, scope, participantId);
      if (!existing) throw notFound();
      requireVersion(existing.version, version);
      const updated = await repo.update(tx, participantId, version, changes);
      await participantChangeRepository.record(
        tx,
        updated.id,
        actor.id,
        changedFields(existing, updated),
      );
      await audit(tx, ctx, actor, 'update', 'participant', [updated.id]);
      const [mapped] = await withLatestEnrollment(tx, [updated], mayReadPersonnummer(actor, scope));
      if (!mapped) throw notFound();
      return mapped;
    });
  },
};
