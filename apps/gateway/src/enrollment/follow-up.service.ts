import { followUpRecordable, type Uuid, type LocalDate } from '@finsam-se/domain';
import { followUps, enrollmentWrites } from '@finsam-se/persistence';
import { permitted, scopeFilter } from '../auth/authorize.js';
import type { RequestContext } from '../context.js';
import { refuse } from '../errors/refuse.js';
import { audit, domainRefusal, todayOf } from '../shared/service-support.js';
import { scoped } from './enrollment-scope.js';
import { FollowUpType } from './enrollment.type.js';

/** Follow-ups (efterstöd) 3, 6 and 12 months after discharge. */
export const followUpService = {
  async record(
    ctx: RequestContext,
    id: Uuid,
    values: { doneOn: LocalDate; working: boolean; studying: boolean },
  ): Promise<FollowUpType> {
    const actor = permitted(ctx.actor, 'followUp.write');
    const filter = scoped(scopeFilter(actor, 'followUp.write'), { ids: [id] });
    const doneOn = values.doneOn;
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
