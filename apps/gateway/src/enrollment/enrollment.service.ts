import {
  type Phase,
  discharge,
  findCode,
  followUpSchedule,
  happenedBy,
  movePhase,
  occupationsAfter,
  phases,
  reContact,
  type Uuid,
  type LocalDate,
} from '@finsam-se/domain';
import {
  type EnrollmentView,
  type TenantTx,
  enrollments,
  enrollmentWrites,
} from '@finsam-se/persistence';
import { permitted, scopeFilter } from '../auth/authorize.js';
import type { RequestContext } from '../context.js';
import { refuse } from '../errors/refuse.js';
import { EnrollmentType } from './enrollment.type.js';
import { createEnrollment } from './enrollment-create.js';
import { enrollmentInScope } from './enrollment-scope.js';
import {
  type Opt,
  audit,
  domainRefusal,
  requireVersion,
  todayOf,
} from '../shared/service-support.js';

async function reload(tx: TenantTx, id: Uuid): Promise<EnrollmentType> {
  const row = await enrollments.findById(tx, id);
  if (!row) throw refuse('NOT_FOUND');
  return EnrollmentType.from(row);
}

/** Inskrivningar with their lifecycle, placements and follow-ups. */
/** Starting an enrollment, which an accepted referral does too. */
export {
  type EnrollmentStart,
  insertEnrollment,
  openEnrollmentTaken,
  parseEnrollmentStart,
} from './enrollment-create.js';

export const enrollmentService = {
  /** See enrollment-create.ts: who may enrol whom. */
  create: createEnrollment,

  /** Loads in scope, checks the version, applies a domain rule and saves it. */
  async change(
    ctx: RequestContext,
    enrollmentId: Uuid,
    version: number,
    apply: (
      enrollment: EnrollmentView,
    ) => ReturnType<typeof movePhase> | ReturnType<typeof discharge>,
    after?: (tx: TenantTx, saved: EnrollmentView) => Promise<void>,
  ): Promise<EnrollmentType> {
    const actor = permitted(ctx.actor, 'enrollment.write');
    const scope = scopeFilter(actor, 'enrollment.write');
    return ctx.inTenant(async (tx) => {
      const existing = await enrollmentInScope(tx, scope, enrollmentId);
      if (!existing) throw refuse('NOT_FOUND');
      requireVersion(existing.version, version);
      const result = apply(existing);
      if (!result.ok) throw domainRefusal(result.error, 'id');
      await enrollmentWrites.saveEnrollment(tx, existing, result.value);
      if (after) await after(tx, existing);
      await audit(tx, ctx, actor, 'update', 'enrollment', [enrollmentId]);
      return reload(tx, enrollmentId);
    });
  },

  movePhase(ctx: RequestContext, id: Uuid, phase: string, on: LocalDate, version: number) {
    if (!(phases as readonly string[]).includes(phase))
      throw refuse('ENROLLMENT.PHASE', { field: 'phase' });
    const date = pastOrToday(ctx, 'on', on);
    return enrollmentService.change(ctx, id, version, (e) => movePhase(e, phase as Phase, date));
  },

  discharge(
    ctx: RequestContext,
    id: Uuid,
    values: {
      on: LocalDate;
      reason: string;
      compensationAtEnd: string[];
      occupationAfter: string;
      followUp: Opt<boolean>;
      version: number;
    },
  ) {
    const on = pastOrToday(ctx, 'on', values.on);
    const outcome = findCode(occupationsAfter, values.occupationAfter, on)?.outcome;
    const toWorkOrStudies =
      outcome === 'work' || outcome === 'subsidised_work' || outcome === 'studies';
    return enrollmentService.change(
      ctx,
      id,
      values.version,
      (e) =>
        discharge(e, {
          on,
          reason: values.reason,
          compensationAtEnd: values.compensationAtEnd,
          occupationAfter: values.occupationAfter,
          followUp: values.followUp ?? false,
        }),
      async (tx, saved) => {
        if (toWorkOrStudies || values.followUp === true)
          await enrollmentWrites.createFollowUps(tx, saved.id, followUpSchedule(on));
      },
    );
  },

  reContact(ctx: RequestContext, id: Uuid, on: LocalDate, version: number) {
    const date = pastOrToday(ctx, 'on', on);
    return enrollmentService.change(ctx, id, version, (e) => reContact(e, date));
  },
};

/** A date of something that has happened: valid, and today (Stockholm) at the latest. */
function pastOrToday(ctx: RequestContext, field: string, date: LocalDate) {
  const dated = happenedBy(date, todayOf(ctx), field);
  if (!dated.ok) throw domainRefusal(dated.error, field);
  return dated.value;
}
