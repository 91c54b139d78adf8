import {
  type LocalDate,
  type Phase,
  type PlacementKind,
  discharge,
  findCode,
  followUpRecordable,
  followUpSchedule,
  happenedBy,
  movePhase,
  occupationsAfter,
  phases,
  placementKinds,
  placementStartAllowed,
  reContact,
} from '@finsam-se/domain';
import {
  type EnrollmentView,
  type TenantTx,
  employers,
  enrollments,
  followUps,
  placements,
  workRepository,
} from '@finsam-se/persistence';
import { type PersonScope, permitted, scopeFilter } from '../auth/authorize.js';
import type { RequestContext } from '../context.js';
import { badInput, notFound } from '../errors/error-codes.js';
import { type Paging, cleanFilter } from '../schema/list-args.js';
import { EnrollmentType, FollowUpType, PlacementType } from './enrollment.type.js';
import { createEnrollment } from './enrollment-create.js';
import { followUpDueFilter } from './follow-up-due.js';
import { input } from '../shared/input.js';
import {
  type Opt,
  audit,
  domainRefusal,
  given,
  narrow,
  requireVersion,
  todayOf,
} from '../shared/service-support.js';

export type EnrollmentFilterInput = {
  ids?: Opt<string[]>;
  q?: Opt<string>;
  participantId?: Opt<string>;
  coachId?: Opt<string>;
  municipalityId?: Opt<string>;
  projectId?: Opt<string>;
  currentPhase?: Opt<string>;
  active?: Opt<boolean>;
};
export type PlacementFilterInput = {
  ids?: Opt<string[]>;
  enrollmentId?: Opt<string>;
  employerId?: Opt<string>;
  kind?: Opt<string>;
  coachId?: Opt<string>;
  municipalityId?: Opt<string>;
};
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

const uuidOr = (field: string, value: Opt<string>) =>
  given(value) ? input.uuid(field, value) : undefined;

/**
 * Applies the person scope to a filter with `coachId` and `municipalityId` keys (the
 * enrollment's coach and municipality); null = nothing visible.
 */
function scoped(
  scope: PersonScope,
  filter: Record<string, unknown>,
): Record<string, unknown> | null {
  if (scope.kind === 'coach') {
    const coachId = narrow(filter.coachId as string | undefined, scope.coachId);
    return coachId === null ? null : { ...filter, coachId };
  }
  if (scope.kind === 'municipality') {
    const municipalityId = narrow(
      filter.municipalityId as string | undefined,
      scope.municipalityId,
    );
    return municipalityId === null ? null : { ...filter, municipalityId };
  }
  return filter;
}

function enrollmentFilter(scope: PersonScope, f: Opt<EnrollmentFilterInput>) {
  if (given(f?.currentPhase) && !(phases as readonly string[]).includes(f.currentPhase))
    throw badInput('filter.currentPhase', 'Okänd fas.');
  return scoped(
    scope,
    cleanFilter({
      ids: input.uuids('filter.ids', f?.ids ?? undefined),
      q: f?.q ?? undefined,
      participantId: uuidOr('filter.participantId', f?.participantId),
      coachId: uuidOr('filter.coachId', f?.coachId),
      municipalityId: uuidOr('filter.municipalityId', f?.municipalityId),
      projectId: uuidOr('filter.projectId', f?.projectId),
      currentPhase: f?.currentPhase ?? undefined,
      active: f?.active ?? undefined,
    }),
  );
}

async function enrollmentInScope(
  tx: TenantTx,
  scope: PersonScope,
  id: string,
): Promise<EnrollmentView | undefined> {
  const filter = scoped(scope, { ids: [id] });
  if (!filter) return undefined;
  const [row] = await enrollments.list(tx, { filter, limit: 1, offset: 0 });
  return row;
}

async function reload(tx: TenantTx, id: string): Promise<EnrollmentType> {
  const row = await enrollments.findById(tx, id);
  if (!row) throw notFound();
  return EnrollmentType.from(row);
}

/** Inskrivningar with their lifecycle, placements and follow-ups. */
export const enrollmentService = {
  async list(
    ctx: RequestContext,
    paging: Paging,
    f: Opt<EnrollmentFilterInput>,
  ): Promise<EnrollmentType[]> {
    const filter = enrollmentFilter(scopeFilter(ctx.actor, 'enrollment'), f);
    if (!filter) return [];
    return ctx.inTenant(async (tx, actor) => {
      const rows = await enrollments.list(tx, { ...paging, filter });
      if (rows.length > 0)
        await audit(
          tx,
          ctx,
          actor,
          'read',
          'enrollment',
          rows.map((r) => r.id),
        );
      return rows.map(EnrollmentType.from);
    });
  },

  async count(ctx: RequestContext, f: Opt<EnrollmentFilterInput>): Promise<number> {
    const filter = enrollmentFilter(scopeFilter(ctx.actor, 'enrollment'), f);
    if (!filter) return 0;
    return ctx.inTenantStatement((tx) => enrollments.count(tx, filter));
  },

  async get(ctx: RequestContext, id: string): Promise<EnrollmentType | null> {
    const scope = scopeFilter(ctx.actor, 'enrollment');
    const enrollmentId = input.uuid('id', id);
    return ctx.inTenant(async (tx, actor) => {
      const row = await enrollmentInScope(tx, scope, enrollmentId);
      if (!row) return null;
      await audit(tx, ctx, actor, 'read', 'enrollment', [row.id]);
      return EnrollmentType.from(row);
    });
  },

  /** See enrollment-create.ts: who may enrol whom. */
  create: createEnrollment,

  /** Loads in scope, checks the version, applies a domain rule and saves it. */
  async change(
    ctx: RequestContext,
    id: string,
    version: number,
    apply: (
      enrollment: EnrollmentView,
    ) => ReturnType<typeof movePhase> | ReturnType<typeof discharge>,
    after?: (tx: TenantTx, saved: EnrollmentView) => Promise<void>,
  ): Promise<EnrollmentType> {
    const actor = permitted(ctx.actor, 'enrollment.write');
    const scope = scopeFilter(actor, 'enrollment.write');
    const enrollmentId = input.uuid('id', id);
    return ctx.inTenant(async (tx) => {
      const existing = await enrollmentInScope(tx, scope, enrollmentId);
      if (!existing) throw notFound();
      requireVersion(existing.version, version);
      const result = apply(existing);
      if (!result.ok) throw domainRefusal(result.error, 'id');
      await workRepository.saveEnrollment(tx, existing, result.value);
      if (after) await after(tx, existing);
      await audit(tx, ctx, actor, 'update', 'enrollment', [enrollmentId]);
      return reload(tx, enrollmentId);
    });
  },

  movePhase(ctx: RequestContext, id: string, phase: string, on: string, version: number) {
    if (!(phases as readonly string[]).includes(phase)) throw badInput('phase', 'Okänd fas.');
    const date = pastOrToday(ctx, 'on', on);
    return enrollmentService.change(ctx, id, version, (e) => movePhase(e, phase as Phase, date));
  },

  discharge(
    ctx: RequestContext,
    id: string,
    values: {
      on: string;
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
          await workRepository.createFollowUps(tx, saved.id, followUpSchedule(on));
      },
    );
  },

  reContact(ctx: RequestContext, id: string, on: string, version: number) {
    const date = pastOrToday(ctx, 'on', on);
    return enrollmentService.change(ctx, id, version, (e) => reContact(e, date));
  },

  // Placements (praktik, anställning, studier) under an enrollment.
  async listPlacements(
    ctx: RequestContext,
    paging: Paging,
    f: Opt<PlacementFilterInput>,
  ): Promise<PlacementType[]> {
    const filter = placementFilter(scopeFilter(ctx.actor, 'placement'), f);
    if (!filter) return [];
    return ctx.inTenant(async (tx) =>
      (await placements.list(tx, { ...paging, filter })).map(PlacementType.from),
    );
  },
  async countPlacements(ctx: RequestContext, f: Opt<PlacementFilterInput>): Promise<number> {
    const filter = placementFilter(scopeFilter(ctx.actor, 'placement'), f);
    if (!filter) return 0;
    return ctx.inTenantStatement((tx) => placements.count(tx, filter));
  },
  async getPlacement(ctx: RequestContext, id: string): Promise<PlacementType | null> {
    const filter = scoped(scopeFilter(ctx.actor, 'placement'), { ids: [input.uuid('id', id)] });
    if (!filter) return null;
    return ctx.inTenant(async (tx) => {
      const [row] = await placements.list(tx, { filter, limit: 1, offset: 0 });
      return row ? PlacementType.from(row) : null;
    });
  },
  async createPlacement(
    ctx: RequestContext,
    values: {
      enrollmentId: string;
      employerId: Opt<string>;
      kind: string;
      startedOn: string;
      endedOn: Opt<string>;
      hoursPerWeek: Opt<number>;
    },
  ): Promise<PlacementType> {
    const actor = permitted(ctx.actor, 'placement.write');
    const scope = scopeFilter(actor, 'placement.write');
    if (!(placementKinds as readonly string[]).includes(values.kind))
      throw badInput('kind', 'Okänd sorts placering.');
    const command = {
      enrollmentId: input.uuid('enrollmentId', values.enrollmentId),
      employerId: uuidOr('employerId', values.employerId) ?? null,
      kind: values.kind as PlacementKind,
      startedOn: input.date('startedOn', values.startedOn),
      endedOn: given(values.endedOn) ? input.date('endedOn', values.endedOn) : null,
      hoursPerWeek: given(values.hoursPerWeek) ? values.hoursPerWeek : null,
    };
    if (command.endedOn !== null && command.endedOn < command.startedOn)
      throw badInput('endedOn', 'Slutdatum före startdatum.');
    if (
      command.hoursPerWeek !== null &&
      !(
        command.hoursPerWeek > 0 &&
        command.hoursPerWeek <= 60 &&
        Number.isFinite(command.hoursPerWeek)
      )
    )
      throw badInput('hoursPerWeek', 'Timmar per vecka ska vara mer än 0 och högst 60.');
    return ctx.inTenant(async (tx) => {
      const enrollment = await enrollmentInScope(tx, scope, command.enrollmentId);
      if (!enrollment) throw badInput('enrollmentId', 'Inskrivningen finns inte.');
      const start = placementStartAllowed(enrollment, command.startedOn);
      if (!start.ok) throw domainRefusal(start.error, 'startedOn');
      if (command.employerId && !(await employers.findById(tx, command.employerId)))
        throw badInput('employerId', 'Arbetsgivaren finns inte.');
      const id = await workRepository.createPlacement(tx, command);
      await audit(tx, ctx, actor, 'create', 'placement', [id]);
      const row = await placements.findById(tx, id);
      if (!row) throw notFound();
      return PlacementType.from(row);
    });
  },
  async endPlacement(ctx: RequestContext, id: string, endedOn: string): Promise<PlacementType> {
    const actor = permitted(ctx.actor, 'placement.write');
    const filter = scoped(scopeFilter(actor, 'placement.write'), { ids: [input.uuid('id', id)] });
    const date = input.date('endedOn', endedOn);
    return ctx.inTenant(async (tx) => {
      const [existing] = filter ? await placements.list(tx, { filter, limit: 1, offset: 0 }) : [];
      if (!existing) throw notFound();
      if (date < existing.startedOn) throw badInput('endedOn', 'Slutdatum före startdatum.');
      await workRepository.endPlacement(tx, existing.id, date);
      await audit(tx, ctx, actor, 'update', 'placement', [existing.id]);
      const row = await placements.findById(tx, existing.id);
      if (!row) throw notFound();
      return PlacementType.from(row);
    });
  },

  // Follow-ups (efterstöd) 3, 6 and 12 months after discharge.
  async listFollowUps(
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
  async countFollowUps(ctx: RequestContext, f: Opt<FollowUpFilterInput>): Promise<number> {
    const filter = followUpFilter(scopeFilter(ctx.actor, 'followUp'), todayOf(ctx), f);
    if (!filter) return 0;
    return ctx.inTenantStatement((tx) => followUps.count(tx, filter));
  },
  async getFollowUp(ctx: RequestContext, id: string): Promise<FollowUpType | null> {
    const filter = scoped(scopeFilter(ctx.actor, 'followUp'), { ids: [input.uuid('id', id)] });
    if (!filter) return null;
    return ctx.inTenant(async (tx) => {
      const [row] = await followUps.list(tx, { filter, limit: 1, offset: 0 });
      return row ? FollowUpType.from(row) : null;
    });
  },
  async recordFollowUp(
    ctx: RequestContext,
    id: string,
    values: { doneOn: string; working: boolean; studying: boolean },
  ): Promise<FollowUpType> {
    const actor = permitted(ctx.actor, 'followUp.write');
    const filter = scoped(scopeFilter(actor, 'followUp.write'), { ids: [input.uuid('id', id)] });
    const doneOn = input.date('doneOn', values.doneOn);
    return ctx.inTenant(async (tx) => {
      const [existing] = filter ? await followUps.list(tx, { filter, limit: 1, offset: 0 }) : [];
      if (!existing) throw notFound();
      const recordable = followUpRecordable(existing, doneOn, todayOf(ctx));
      if (!recordable.ok) throw domainRefusal(recordable.error, 'doneOn');
      await workRepository.recordFollowUp(tx, existing.id, {
        doneOn,
        working: values.working,
        studying: values.studying,
      });
      await audit(tx, ctx, actor, 'update', 'follow_up', [existing.id]);
      const row = await followUps.findById(tx, existing.id);
      if (!row) throw notFound();
      return FollowUpType.from(row);
    });
  },
};

/** A date of something that has happened: valid, and today (Stockholm) at the latest. */
function pastOrToday(ctx: RequestContext, field: string, text: string) {
  const dated = happenedBy(input.date(field, text), todayOf(ctx), field);
  if (!dated.ok) throw domainRefusal(dated.error, field);
  return dated.value;
}

function placementFilter(scope: PersonScope, f: Opt<PlacementFilterInput>) {
  return scoped(
    scope,
    cleanFilter({
      ids: input.uuids('filter.ids', f?.ids ?? undefined),
      enrollmentId: uuidOr('filter.enrollmentId', f?.enrollmentId),
      employerId: uuidOr('filter.employerId', f?.employerId),
      kind: f?.kind ?? undefined,
      coachId: uuidOr('filter.coachId', f?.coachId),
      municipalityId: uuidOr('filter.municipalityId', f?.municipalityId),
    }),
  );
}

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
