import { meetingWindow } from '@finsam-se/domain';
import { type TenantTx, meetings, municipalities, meetingWrites } from '@finsam-se/persistence';
import type { Actor } from '../auth/actor.js';
import { authorize, permitted } from '../auth/authorize.js';
import type { RequestContext } from '../context.js';
import { refuse } from '../errors/refuse.js';
import { type Paging, cleanFilter } from '../schema/list-args.js';
import type { MeetingCadenceType } from './meeting-cadence.type.js';
import { SeGroupMeetingType } from './meeting.type.js';
import { input } from '../shared/input.js';
import { cadenceRows } from './meeting-cadence.js';
import { type Opt, audit, given, municipalityBound, narrow } from '../shared/service-support.js';

export type MeetingFilterInput = {
  ids?: Opt<string[]>;
  municipalityId?: Opt<string>;
  q?: Opt<string>;
};

const MAX_CADENCE_MONTHS = 120;

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

/** The SE-group's meetings, where referrals are decided. */
/** The cadence of SE group meetings, which the dashboard shows. */
export { cadenceRows } from './meeting-cadence.js';

export const meetingService = {
  async list(
    ctx: RequestContext,
    paging: Paging,
    filter: MeetingFilterInput | undefined | null,
  ): Promise<SeGroupMeetingType[]> {
    authorize(ctx.actor, 'seGroupMeeting.read');
    return ctx.inTenant(async (tx, actor) => {
      const scope = await meetingScope(tx, actor, filter);
      if (!scope) return [];
      return (await meetings.list(tx, { ...paging, filter: scope })).map(SeGroupMeetingType.from);
    });
  },

  async count(ctx: RequestContext, filter: MeetingFilterInput | undefined | null): Promise<number> {
    authorize(ctx.actor, 'seGroupMeeting.read');
    return ctx.inTenant(async (tx, actor) => {
      const scope = await meetingScope(tx, actor, filter);
      return scope ? meetings.count(tx, scope) : 0;
    });
  },

  /** Months without a meeting per municipality in the actor's scope, over the last `months`. */
  async cadence(
    ctx: RequestContext,
    asOfText: string,
    monthsValue: number,
  ): Promise<MeetingCadenceType[]> {
    authorize(ctx.actor, 'seGroupMeeting.read');
    const asOf = input.date('asOf', asOfText);
    if (!Number.isInteger(monthsValue) || monthsValue < 1 || monthsValue > MAX_CADENCE_MONTHS)
      throw refuse('MEETING.CADENCE_MONTHS', {
        field: 'months',
        params: { max: MAX_CADENCE_MONTHS },
      });
    return ctx.inTenant(async (tx, actor) => {
      const own = await municipalityBound(tx, actor);
      const all = await municipalities.list(tx, { limit: 1000, offset: 0 });
      const shown = all.filter((m) => own === undefined || m.id === own);
      return cadenceRows(tx, shown, meetingWindow(asOf, monthsValue));
    });
  },

  async get(ctx: RequestContext, id: string): Promise<SeGroupMeetingType | null> {
    authorize(ctx.actor, 'seGroupMeeting.read');
    const meetingId = input.uuid('id', id);
    return ctx.inTenant(async (tx, actor) => {
      const scope = await meetingScope(tx, actor, { ids: [meetingId] });
      if (!scope) return null;
      const [row] = await meetings.list(tx, { filter: scope, limit: 1, offset: 0 });
      return row ? SeGroupMeetingType.from(row) : null;
    });
  },

  async create(
    ctx: RequestContext,
    values: { municipalityId: string; heldOn: string; notes: Opt<string> },
  ): Promise<SeGroupMeetingType> {
    const actor = permitted(ctx.actor, 'seGroupMeeting.write');
    const command = {
      municipalityId: input.uuid('municipalityId', values.municipalityId),
      heldOn: input.date('heldOn', values.heldOn),
      notes: given(values.notes) ? input.text('notes', values.notes, { min: 0, max: 4000 }) : '',
    };
    return ctx.inTenant(async (tx) => {
      const own = await municipalityBound(tx, actor);
      if (own !== undefined && own !== command.municipalityId)
        throw refuse('MEETING.OWN_MUNICIPALITY', { field: 'municipalityId' });
      const id = await meetingWrites.createMeeting(tx, command);
      await audit(tx, ctx, actor, 'create', 'se_group_meeting', [id]);
      const row = await meetings.findById(tx, id);
      if (!row) throw refuse('NOT_FOUND');
      return SeGroupMeetingType.from(row);
    });
  },

  async update(
    ctx: RequestContext,
    id: string,
    values: { heldOn: Opt<string>; notes: Opt<string> },
  ): Promise<SeGroupMeetingType> {
    const actor = permitted(ctx.actor, 'seGroupMeeting.write');
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
      if (!existing) throw refuse('NOT_FOUND');
      await meetingWrites.updateMeeting(tx, meetingId, changes);
      await audit(tx, ctx, actor, 'update', 'se_group_meeting', [meetingId]);
      const row = await meetings.findById(tx, meetingId);
      if (!row) throw refuse('NOT_FOUND');
      return SeGroupMeetingType.from(row);
    });
  },
};
