import {
  type ReferralAction,
  type ReferrerOrganisation,
  decideReferral,
  referralActions,
  referrerOrganisations,
} from '@finsam-se/domain';
import {
  type ReferralView,
  type TenantTx,
  meetings,
  referrals,
  workRepository,
} from '@finsam-se/persistence';
import { type Actor, STAFF_ROLES, requireRole, requireWriter } from '../auth/actor.js';
import type { RequestContext } from '../context.js';
import { badInput, forbidden, notFound } from '../errors/error-codes.js';
import type { Paging } from '../resolvers/list-args.js';
import { ReferralType, SeGroupMeetingType } from '../types/work.type.js';
import { input } from './input.js';
import {
  type Opt,
  audit,
  domainRefusal,
  given,
  municipalityBound,
  narrow,
  requireVersion,
} from './service-support.js';
import { cleanFilter } from '../resolvers/list-args.js';

export type ReferralFilterInput = {
  ids?: Opt<string[]>;
  municipalityId?: Opt<string>;
  projectId?: Opt<string>;
  state?: Opt<string>;
  q?: Opt<string>;
};
export type MeetingFilterInput = {
  ids?: Opt<string[]>;
  municipalityId?: Opt<string>;
  q?: Opt<string>;
};

const READERS = [...STAFF_ROLES, 'referrer'] as const;
const DECIDERS = ['manager', 'municipal_chief', 'coach'] as const;
const MEETING_WRITERS = ['manager', 'municipal_chief', 'coach'] as const;

/** The filter within the actor's scope; null = nothing visible. */
async function referralScope(
  tx: TenantTx,
  actor: Actor,
  filter: ReferralFilterInput | undefined | null,
): Promise<Record<string, unknown> | null> {
  const base = cleanFilter({
    ids: input.uuids('filter.ids', filter?.ids ?? undefined),
    municipalityId: given(filter?.municipalityId)
      ? input.uuid('filter.municipalityId', filter.municipalityId)
      : undefined,
    projectId: given(filter?.projectId)
      ? input.uuid('filter.projectId', filter.projectId)
      : undefined,
    state: filter?.state ?? undefined,
    q: actor.role === 'referrer' ? undefined : (filter?.q ?? undefined),
  });
  if (actor.role === 'referrer') return { ...base, referredBy: actor.id };
  const own = await municipalityBound(tx, actor);
  if (own === undefined) return base;
  const narrowed = narrow(base.municipalityId as string | undefined, own);
  return narrowed === null ? null : { ...base, municipalityId: narrowed };
}

const toType = (actor: Actor) => (r: ReferralView) =>
  ReferralType.from(r, actor.role !== 'referrer');

async function referralInScope(
  tx: TenantTx,
  actor: Actor,
  id: string,
): Promise<ReferralView | undefined> {
  const scope = await referralScope(tx, actor, { ids: [id] });
  if (!scope) return undefined;
  const rows = await referrals.list(tx, { filter: scope, limit: 1, offset: 0 });
  return rows[0];
}

async function meetingScope(
  tx: TenantTx,
  actor: Actor,
  filter: MeetingFilterInput | undefined | null,
): Promise<Record<string, unknown> | null> {
  const base = cleanFilter({
    ids: input.uuids('filter.ids', filter?.ids ?? undefined),
    municipalityId: given(filter?.municipalityId)
      ? input.uuid('filter.municipalityId', filter.municipalityId)
      : undefined,
    q: filter?.q ?? undefined,
  });
  const own = await municipalityBound(tx, actor);
  if (own === undefined) return base;
  const narrowed = narrow(base.municipalityId as string | undefined, own);
  return narrowed === null ? null : { ...base, municipalityId: narrowed };
}

/** Fills in the deciders' names (one batched look-up per request). */
async function withDeciderNames(
  ctx: RequestContext,
  types: ReferralType[],
): Promise<ReferralType[]> {
  const ids = [...new Set(types.flatMap((t) => t.decisions.map((d) => d.decidedBy)))];
  if (ids.length === 0) return types;
  const names = await ctx.loaders.userName.loadMany(ids);
  const nameOf = new Map(ids.map((id, i) => [id, names[i]]));
  for (const t of types)
    for (const d of t.decisions) {
      const name = nameOf.get(d.decidedBy);
      d.decidedByName = typeof name === 'string' ? name : '';
    }
  return types;
}

/** Remisser and the SE-group's meetings. */
export const referralService = {
  async list(
    ctx: RequestContext,
    paging: Paging,
    filter: ReferralFilterInput | undefined | null,
  ): Promise<ReferralType[]> {
    requireRole(ctx.actor, READERS);
    const types = await ctx.inTenant(async (tx, actor) => {
      const scope = await referralScope(tx, actor, filter);
      if (!scope) return [];
      const rows = await referrals.list(tx, { ...paging, filter: scope });
      return rows.map(toType(actor));
    });
    return withDeciderNames(ctx, types);
  },

  async count(
    ctx: RequestContext,
    filter: ReferralFilterInput | undefined | null,
  ): Promise<number> {
    requireRole(ctx.actor, READERS);
    return ctx.inTenant(async (tx, actor) => {
      const scope = await referralScope(tx, actor, filter);
      return scope ? referrals.count(tx, scope) : 0;
    });
  },

  async get(ctx: RequestContext, id: string): Promise<ReferralType | null> {
    requireRole(ctx.actor, READERS);
    const referralId = input.uuid('id', id);
    const type = await ctx.inTenant(async (tx, actor) => {
      const row = await referralInScope(tx, actor, referralId);
      return row ? toType(actor)(row) : null;
    });
    return type ? ((await withDeciderNames(ctx, [type]))[0] ?? null) : null;
  },

  async create(
    ctx: RequestContext,
    values: {
      participantId: string;
      municipalityId: string;
      projectId: string;
      referrerOrganisation: Opt<string>;
      receivedOn: string;
    },
  ): Promise<ReferralType> {
    const actor = requireWriter(ctx.actor, ['referrer', 'manager', 'municipal_chief', 'coach']);
    const organisation =
      actor.role === 'referrer' ? actor.organisation : (values.referrerOrganisation ?? null);
    if (
      organisation === null ||
      !(referrerOrganisations as readonly string[]).includes(organisation)
    )
      throw badInput('referrerOrganisation', 'Ange vilken myndighet som remitterar.');
    const command = {
      participantId: input.uuid('participantId', values.participantId),
      municipalityId: input.uuid('municipalityId', values.municipalityId),
      projectId: input.uuid('projectId', values.projectId),
      referredBy: actor.id,
      referrerOrganisation: organisation as ReferrerOrganisation,
      receivedOn: input.date('receivedOn', values.receivedOn),
    };
    return ctx.inTenant(async (tx) => {
      const own = await municipalityBound(tx, actor);
      if (own !== undefined && own !== command.municipalityId)
        throw badInput('municipalityId', 'Du kan bara remittera till din kommun.');
      const id = await workRepository.createReferral(tx, command);
      await audit(tx, ctx, actor, 'create', 'referral', [id]);
      const row = await referrals.findById(tx, id);
      if (!row) throw notFound();
      return toType(actor)(row);
    });
  },

  async decide(
    ctx: RequestContext,
    values: {
      id: string;
      action: string;
      decidedOn: string;
      note: Opt<string>;
      meetingId: Opt<string>;
      version: number;
    },
  ): Promise<ReferralType> {
    const actor = requireWriter(ctx.actor, DECIDERS);
    const referralId = input.uuid('id', values.id);
    if (!(referralActions as readonly string[]).includes(values.action))
      throw badInput('action', 'Okänt beslut.', 'REFERRAL.INVALID_TRANSITION');
    const decidedOn = input.date('decidedOn', values.decidedOn);
    const note =
      given(values.note) && values.note.trim() !== ''
        ? input.text('note', values.note, { max: 2000 })
        : '';
    const meetingId = given(values.meetingId) ? input.uuid('meetingId', values.meetingId) : null;
    const type = await ctx.inTenant(async (tx) => {
      const referral = await referralInScope(tx, actor, referralId);
      if (!referral) throw notFound();
      requireVersion(referral.version, values.version);
      if (meetingId) {
        const meeting = await meetings.findById(tx, meetingId);
        if (!meeting || meeting.municipalityId !== referral.municipalityId)
          throw badInput('meetingId', 'Mötet finns inte i remissens kommun.');
      }
      const decided = decideReferral(referral, {
        action: values.action as ReferralAction,
        actor: { userId: actor.id, role: actor.role },
        decidedOn,
        meetingId,
        note,
      });
      if (!decided.ok) {
        if (decided.error.code === 'REFERRAL.FORBIDDEN')
          throw forbidden('Din roll får inte fatta det beslutet om remissen.');
        throw domainRefusal(decided.error, 'action');
      }
      await workRepository.saveReferralDecision(tx, decided.value, values.version);
      await audit(tx, ctx, actor, 'decide', 'referral', [referralId]);
      const row = await referrals.findById(tx, referralId);
      if (!row) throw notFound();
      return toType(actor)(row);
    });
    return (await withDeciderNames(ctx, [type]))[0] ?? type;
  },

  // SE-group meetings.
  async listMeetings(
    ctx: RequestContext,
    paging: Paging,
    filter: MeetingFilterInput | undefined | null,
  ): Promise<SeGroupMeetingType[]> {
    requireRole(ctx.actor, STAFF_ROLES);
    return ctx.inTenant(async (tx, actor) => {
      const scope = await meetingScope(tx, actor, filter);
      if (!scope) return [];
      return (await meetings.list(tx, { ...paging, filter: scope })).map(SeGroupMeetingType.from);
    });
  },

  async countMeetings(
    ctx: RequestContext,
    filter: MeetingFilterInput | undefined | null,
  ): Promise<number> {
    requireRole(ctx.actor, STAFF_ROLES);
    return ctx.inTenant(async (tx, actor) => {
      const scope = await meetingScope(tx, actor, filter);
      return scope ? meetings.count(tx, scope) : 0;
    });
  },

  async getMeeting(ctx: RequestContext, id: string): Promise<SeGroupMeetingType | null> {
    requireRole(ctx.actor, STAFF_ROLES);
    const meetingId = input.uuid('id', id);
    return ctx.inTenant(async (tx, actor) => {
      const scope = await meetingScope(tx, actor, { ids: [meetingId] });
      if (!scope) return null;
      const [row] = await meetings.list(tx, { filter: scope, limit: 1, offset: 0 });
      return row ? SeGroupMeetingType.from(row) : null;
    });
  },

  async createMeeting(
    ctx: RequestContext,
    values: { municipalityId: string; heldOn: string; notes: Opt<string> },
  ): Promise<SeGroupMeetingType> {
    const actor = requireWriter(ctx.actor, MEETING_WRITERS);
    const command = {
      municipalityId: input.uuid('municipalityId', values.municipalityId),
      heldOn: input.date('heldOn', values.heldOn),
      notes: given(values.notes) ? input.text('notes', values.notes, { min: 0, max: 4000 }) : '',
    };
    return ctx.inTenant(async (tx) => {
      const own = await municipalityBound(tx, actor);
      if (own !== undefined && own !== command.municipalityId)
        throw badInput('municipalityId', 'Du kan bara registrera möten i din kommun.');
      const id = await workRepository.createMeeting(tx, command);
      await audit(tx, ctx, actor, 'create', 'se_group_meeting', [id]);
      const row = await meetings.findById(tx, id);
      if (!row) throw notFound();
      return SeGroupMeetingType.from(row);
    });
  },

  async updateMeeting(
    ctx: RequestContext,
    id: string,
    values: { heldOn: Opt<string>; notes: Opt<string> },
  ): Promise<SeGroupMeetingType> {
    const actor = requireWriter(ctx.actor, MEETING_WRITERS);
    const meetingId = input.uuid('id', id);
    const changes = {
      ...(given(values.heldOn) ? { heldOn: input.date('heldOn', values.heldOn) } : {}),
      ...(given(values.notes)
        ? { notes: input.text('notes', values.notes, { min: 0, max: 4000 }) }
        : {}),
    };
    return ctx.inTenant(async (tx) => {
      const scope = await meetingScope(tx, actor, { ids: [meetingId] });
      const [existing] = scope
        ? await meetings.list(tx, { filter: scope, limit: 1, offset: 0 })
        : [];
      if (!existing) throw notFound();
      await workRepository.updateMeeting(tx, meetingId, changes);
      await audit(tx, ctx, actor, 'update', 'se_group_meeting', [meetingId]);
      const row = await meetings.findById(tx, meetingId);
      if (!row) throw notFound();
      return SeGroupMeetingType.from(row);
    });
  },
};
