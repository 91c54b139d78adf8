import {
  type Gender,
  type Participant,
  type TargetGroupFactor,
  genders,
  parsePersonnummer,
  targetGroupFactors,
  type Uuid,
} from '@finsam-se/domain';
import {
  type EnrollmentView,
  type ParticipantStatus,
  type TenantTx,
  PersistenceError,
  enrollments,
  participantChangeRepository,
  participantRepository,
} from '@finsam-se/persistence';
import type { Actor } from '../auth/actor.js';
import {
  type PersonScope,
  mayReadPersonnummer,
  permitted,
  scopeFilter,
} from '../auth/authorize.js';
import type { RequestContext } from '../context.js';
import { refuse } from '../errors/refuse.js';
import { ParticipantType } from './participant.type.js';
import { input } from '../shared/input.js';
import {
  auditDuplicate,
  duplicatePersonnummer,
  requireUnderDuplicateLimit,
} from './participant-duplicate.js';
import { audit, domainRefusal, requireVersion, todayOf } from '../shared/service-support.js';

/** Participants with their latest enrollment resolved in ONE query for the whole page. */
async function withLatestEnrollment(
  tx: TenantTx,
  rows: readonly Participant[],
  showPersonnummer: boolean,
): Promise<ParticipantType[]> {
  const latest = new Map<string, EnrollmentView>();
  const open = new Set<string>();
  if (rows.length > 0) {
    const found = await enrollments.list(tx, {
      filter: { participantIds: rows.map((r) => r.id) },
      sortField: 'enrolledOn',
      sortOrder: 'DESC',
      limit: 10_000,
      offset: 0,
    });
    for (const e of found) {
      if (!latest.has(e.participantId)) latest.set(e.participantId, e);
      if (!e.discharge) open.add(e.participantId);
    }
  }
  return rows.map((p) => {
    const enrollment = latest.get(p.id);
    // As the repository's status: an open enrollment, else any enrollment, else none yet.
    const status: ParticipantStatus = open.has(p.id)
      ? 'active'
      : enrollment
        ? 'discharged'
        : 'waiting';
    return Object.assign(ParticipantType.from(p, showPersonnummer), {
      coachId: enrollment?.coachId ?? null,
      currentPhase: enrollment?.currentPhase ?? null,
      enrollmentId: enrollment?.id ?? null,
      status,
    });
  });
}

function targetGroupOf(values: readonly string[] | undefined): TargetGroupFactor[] | undefined {
  if (values === undefined) return undefined;
  values.forEach((v, i) => {
    if (!(targetGroupFactors as readonly string[]).includes(v))
      throw refuse('PARTICIPANT.TARGET_GROUP_FACTOR', { field: `targetGroupFactors.${i}` });
  });
  return [...new Set(values)] as TargetGroupFactor[];
}

/**
 * The participant if the actor's scope lets them see the person, else undefined: the one
 * visibility rule (the repository's `findVisible`, the same clause as every list), for
 * services that act on a participant (consents, referrals, enrollments).
 */
export function findVisibleParticipant(
  tx: TenantTx,
  pii: RequestContext['pii'],
  scope: PersonScope,
  id: Uuid,
): Promise<Participant | undefined> {
  return participantRepository(pii).findVisible(tx, scope, id);
}

function checkHomeMunicipality(actor: Actor, scope: PersonScope, municipalityId: string): void {
  if (scope.kind === 'municipality' && scope.municipalityId !== municipalityId)
    throw refuse('PARTICIPANT.OWN_MUNICIPALITY', { field: 'homeMunicipalityId' });
  if (actor.role === 'coach' && actor.municipalityId && actor.municipalityId !== municipalityId)
    throw refuse('PARTICIPANT.OWN_MUNICIPALITY', { field: 'homeMunicipalityId' });
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

type NewParticipantInput = {
  personnummer: string;
  firstName: string;
  lastName: string;
  homeMunicipalityId: Uuid;
  targetGroupFactors?: string[] | undefined;
  gender?: string | undefined;
};

/** Deltagare: role-scoped, personnummer masked unless the role needs it, every read audited. */
export const participantService = {
  /**
   * Registers a person. A number already registered is refused with its own code, in a
   * transaction that commits only the audit row of the attempt (see participant-duplicate).
   */
  async create(ctx: RequestContext, values: NewParticipantInput): Promise<ParticipantType> {
    const actor = permitted(ctx.actor, 'participant.write');
    const scope = scopeFilter(actor, 'participant.write');
    const parsed = parsePersonnummer(values.personnummer, { today: todayOf(ctx) });
    if (!parsed.ok) throw domainRefusal(parsed.error, 'personnummer');
    if (values.gender !== undefined && !(genders as readonly string[]).includes(values.gender))
      throw refuse('PARTICIPANT.GENDER', { field: 'gender' });
    const homeMunicipalityId = values.homeMunicipalityId;
    checkHomeMunicipality(actor, scope, homeMunicipalityId);
    const personnummer = parsed.value.normalized;
    const fields = {
      personnummer,
      firstName: input.text('firstName', values.firstName, { max: 100 }),
      lastName: input.text('lastName', values.lastName, { max: 100 }),
      gender: (values.gender as Gender | undefined) ?? parsed.value.legalGender,
      birthDate: parsed.value.birthDate,
      homeMunicipalityId,
      targetGroupFactors: targetGroupOf(values.targetGroupFactors) ?? [],
      registeredBy: actor.id,
    };
    const repo = participantRepository(ctx.pii);
    const duplicateOf = async (tx: TenantTx) => {
      const existing = await repo.findByPersonnummer(tx, personnummer);
      if (existing) await auditDuplicate(tx, ctx, actor, existing.id);
      return existing !== undefined;
    };
    let created: ParticipantType | undefined;
    try {
      created = await ctx.inTenant(async (tx) => {
        await requireUnderDuplicateLimit(tx, actor);
        if (await duplicateOf(tx)) return undefined;
        const participant = await repo.create(tx, fields);
        await audit(tx, ctx, actor, 'create', 'participant', [participant.id]);
        const [mapped] = await withLatestEnrollment(tx, [participant], true);
        return mapped;
      });
    } catch (error) {
      // Registered by someone else between the check and the insert: the same answer.
      if (!(error instanceof PersistenceError && error.code === 'DUPLICATE')) throw error;
      await ctx.inTenant(duplicateOf);
    }
    if (!created) throw duplicatePersonnummer();
    return created;
  },

  async update(
    ctx: RequestContext,
    participantId: Uuid,
    version: number,
    values: {
      firstName?: string | undefined;
      lastName?: string | undefined;
      homeMunicipalityId?: Uuid | undefined;
      targetGroupFactors?: string[] | undefined;
      gender?: string | undefined;
    },
  ): Promise<ParticipantType> {
    const actor = permitted(ctx.actor, 'participant.write');
    const scope = scopeFilter(actor, 'participant.write');
    if (values.gender !== undefined && !(genders as readonly string[]).includes(values.gender))
      throw refuse('PARTICIPANT.GENDER', { field: 'gender' });
    const homeMunicipalityId = values.homeMunicipalityId;
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
      const existing = await repo.findVisible(tx, scope, participantId);
      if (!existing) throw refuse('NOT_FOUND');
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
      if (!mapped) throw refuse('NOT_FOUND');
      return mapped;
    });
  },
};
