import { type LocalDate, followUpRecordable } from '@finsam-se/domain';
import { followUps, enrollmentWrites } from '@finsam-se/persistence';
import { type PersonScope, permitted, scopeFilter } from '../auth/authorize.js';
import type { RequestContext } from '../context.js';
import { refuse } from '../errors/refuse.js';
import { type Paging, cleanFilter } from '../schema/list-args.js';
import { input } from '../shared/input.js';
import { type Opt, audit, domainRefusal, todayOf } from '../shared/service-support.js';
import { scoped, uuidOr } from './enrollment-scope.js';
import { FollowUpType } from './enrollment.type.js';
import { followUpDueFilter } from './follow-up-due.js';

export type FollowUpFilterInput = {
  ids?: Opt<string[]>;
  enrollmentId?: Opt<string>;
  coachId?: Opt<string>;
  municipalityId?: Opt<string>;
  done?: Opt<boolean>;
  recordable?: Opt<boolean>;
  overdue?: Opt<boolean>;
  contactAllowed?: Opt<boolean>;
};

/** Follow-ups (efterstöd) 3, 6 and 12 months after discharge. */
export const followUpService = {
  async list(
    ctx: RequestContext,
    paging: Paging,
    f: Opt<FollowUpFilterInput>,
  ): Promise<FollowUpType[]> {
    const filter = followUpFilter(scopeFilter(ctx.actor, 'followUp'), todayOf(ctx), f);
    if (!filter) return [];
    return ctx.inTenant(async (tx) =>
      (await followUps.list(tx, { ...paging, filter })).map(FollowUpType.from),
    );
  },
  async count(ctx: RequestContext, f: Opt<FollowUpFilterInput>): Promise<number> {
    const filter = followUpFilter(scopeFilter(ctx.actor, 'followUp'), todayOf(ctx), f);
    if (!filter) return 0;
    return ctx.inTenantStatement((tx) => followUps.count(tx, filter));
  },
  async get(ctx: RequestContext, id: string): Promise<FollowUpType | null> {
    const filter = scoped(scopeFilter(ctx.actor, 'followUp'), { ids: [input.uuid('id', id)] });
    if (!filter) return null;
    return ctx.inTenant(async (tx) => {
      const [row] = await followUps.list(tx, { filter, limit: 1, offset: 0 });
      return row ? FollowUpType.from(row) : null;
    });
  },
  async record(
    ctx: RequestContext,
    id: string,
    values: { doneOn: string; working: boolean; studying: boolean },
  ): Promise<FollowUpType> {
    const actor = permitted(ctx.actor, 'followUp.write');
    const filter = scoped(scopeFilter(actor, 'followUp.write'), { ids: [input.uuid('id', id)] });
    const doneOn = input.date('doneOn', values.doneOn);
    return ctx.inTenant(async (tx) => {
      const [existing] = filter ? await followUps.list(tx, { filter, limit: 1, offset: 0 }) : [];
      if (!existing) throw refuse('NOT_FOUND');
      const recordable = followUpRecordable(existing, doneOn, todayOf(ctx));
      if (!recordable.ok) throw domainRefusal(recordable.error, 'doneOn');
      await enrollmentWrites.recordFollowUp(tx, existing.id, {
        doneOn,
        working: values.working,
        studying: values.studying,
      });
      await audit(tx, ctx, actor, 'update', 'follow_up', [existing.id]);
      const row = await followUps.findById(tx, existing.id);
      if (!row) throw refuse('NOT_FOUND');
      return FollowUpType.from(row);
    });
  },
};

function followUpFilter(scope: PersonScope, today: LocalDate, f: Opt<FollowUpFilterInput>) {
  const due = followUpDueFilter(today, f);
  if (!due) return null;
  return scoped(
    scope,
    cleanFilter({
      ids: input.uuids('filter.ids', f?.ids ?? undefined),
      enrollmentId: uuidOr('filter.enrollmentId', f?.enrollmentId),
      coachId: uuidOr('filter.coachId', f?.coachId),
      municipalityId: uuidOr('filter.municipalityId', f?.municipalityId),
      ...due,
      contactAllowed: f?.contactAllowed ?? undefined,
    }),
  );
}
