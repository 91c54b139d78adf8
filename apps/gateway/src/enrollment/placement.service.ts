import {
  type PlacementKind,
  placementKinds,
  placementStartAllowed,
  type Uuid,
  type LocalDate,
} from '@finsam-se/domain';
import { employers, placements, enrollmentWrites } from '@finsam-se/persistence';
import { permitted, scopeFilter } from '../auth/authorize.js';
import type { RequestContext } from '../context.js';
import { refuse } from '../errors/refuse.js';
import { type Opt, audit, domainRefusal, given } from '../shared/service-support.js';
import { enrollmentInScope, scoped } from './enrollment-scope.js';
import { PlacementType } from './enrollment.type.js';

/** Placements (praktik, anställning, studier) under an enrollment. */
export const placementService = {
  async create(
    ctx: RequestContext,
    values: {
      enrollmentId: Uuid;
      employerId: Opt<Uuid>;
      kind: string;
      startedOn: LocalDate;
      endedOn: Opt<LocalDate>;
      hoursPerWeek: Opt<number>;
    },
  ): Promise<PlacementType> {
    const actor = permitted(ctx.actor, 'placement.write');
    const scope = scopeFilter(actor, 'placement.write');
    if (!(placementKinds as readonly string[]).includes(values.kind))
      throw refuse('PLACEMENT.KIND', { field: 'kind' });
    const command = {
      enrollmentId: values.enrollmentId,
      employerId: values.employerId ?? null,
      kind: values.kind as PlacementKind,
      startedOn: values.startedOn,
      endedOn: values.endedOn ?? null,
      hoursPerWeek: given(values.hoursPerWeek) ? values.hoursPerWeek : null,
    };
    if (command.endedOn !== null && command.endedOn < command.startedOn)
      throw refuse('PLACEMENT.END_BEFORE_START', { field: 'endedOn' });
    if (
      command.hoursPerWeek !== null &&
      !(
        command.hoursPerWeek > 0 &&
        command.hoursPerWeek <= 60 &&
        Number.isFinite(command.hoursPerWeek)
      )
    )
      throw refuse('PLACEMENT.HOURS', { field: 'hoursPerWeek' });
    return ctx.inTenant(async (tx) => {
      const enrollment = await enrollmentInScope(tx, scope, command.enrollmentId);
      if (!enrollment) throw refuse('ENROLLMENT.UNKNOWN', { field: 'enrollmentId' });
      const start = placementStartAllowed(enrollment, command.startedOn);
      if (!start.ok) throw domainRefusal(start.error, 'startedOn');
      if (command.employerId && !(await employers.findById(tx, command.employerId)))
        throw refuse('EMPLOYER.UNKNOWN', { field: 'employerId' });
      const id = await enrollmentWrites.createPlacement(tx, command);
      await audit(tx, ctx, actor, 'create', 'placement', [id]);
      const row = await placements.findById(tx, id);
      if (!row) throw refuse('NOT_FOUND');
      return PlacementType.from(row);
    });
  },
  async end(ctx: RequestContext, id: Uuid, endedOn: LocalDate): Promise<PlacementType> {
    const actor = permitted(ctx.actor, 'placement.write');
    const filter = scoped(scopeFilter(actor, 'placement.write'), { ids: [id] });
    return ctx.inTenant(async (tx) => {
      const [existing] = filter ? await placements.list(tx, { filter, limit: 1, offset: 0 }) : [];
      if (!existing) throw refuse('NOT_FOUND');
      if (endedOn < existing.startedOn)
        throw refuse('PLACEMENT.END_BEFORE_START', { field: 'endedOn' });
      await enrollmentWrites.endPlacement(tx, existing.id, endedOn);
      await audit(tx, ctx, actor, 'update', 'placement', [existing.id]);
      const row = await placements.findById(tx, existing.id);
      if (!row) throw refuse('NOT_FOUND');
      return PlacementType.from(row);
    });
  },
};
