import { meetingWindow, type Uuid, type LocalDate } from '@finsam-se/domain';
import { meetings, municipalities, meetingWrites } from '@finsam-se/persistence';
import { authorize, permitted } from '../auth/authorize.js';
import type { RequestContext } from '../context.js';
import { refuse } from '../errors/refuse.js';
import type { MeetingCadenceType } from './meeting-cadence.type.js';
import { SeGroupMeetingType } from './meeting.type.js';
import { input } from '../shared/input.js';
import { cadenceRows } from './meeting-cadence.js';
import { type Opt, audit, given, municipalityBound } from '../shared/service-support.js';
import { ownMunicipalityScope } from '../shared/municipality-scope.js';

const MAX_CADENCE_MONTHS = 120;

/** The SE-group's meetings, where referrals are decided. */
/** The cadence of SE group meetings, which the dashboard shows. */
export { cadenceRows } from './meeting-cadence.js';

export const meetingService = {
  /** Months without a meeting per municipality in the actor's scope, over the last `months`. */
  async cadence(
    ctx: RequestContext,
    asOf: LocalDate,
    monthsValue: number,
  ): Promise<MeetingCadenceType[]> {
    authorize(ctx.actor, 'seGroupMeeting.read');
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

  async create(
    ctx: RequestContext,
    values: { municipalityId: Uuid; heldOn: LocalDate; notes: Opt<string> },
  ): Promise<SeGroupMeetingType> {
    const actor = permitted(ctx.actor, 'seGroupMeeting.write');
    const command = {
      municipalityId: values.municipalityId,
      heldOn: values.heldOn,
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
    meetingId: Uuid,
    values: { heldOn: Opt<LocalDate>; notes: Opt<string> },
  ): Promise<SeGroupMeetingType> {
    const actor = permitted(ctx.actor, 'seGroupMeeting.write');
    const changes = {
      ...(given(values.heldOn) ? { heldOn: values.heldOn } : {}),
      ...(given(values.notes)
        ? { notes: input.text('notes', values.notes, { min: 0, max: 4000 }) }
        : {}),
    };
    return ctx.inTenant(async (tx) => {
      const scope = await ownMunicipalityScope(tx, actor, { ids: [meetingId] });
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
