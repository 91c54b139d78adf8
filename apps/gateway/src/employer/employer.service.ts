import { parseOrganisationNumber, type Uuid } from '@finsam-se/domain';
import { employers, placements, employerWrites } from '@finsam-se/persistence';
import type { Actor } from '../auth/actor.js';
import { permitted } from '../auth/authorize.js';
import type { RequestContext } from '../context.js';
import { fromRule, refuse } from '../errors/refuse.js';
import { EmployerType } from './employer.type.js';
import { input } from '../shared/input.js';
import { type Opt, audit, given, municipalityBound } from '../shared/service-support.js';

function organisationNumber(value: Opt<string>): string | null {
  if (!given(value) || value.trim() === '') return null;
  const parsed = parseOrganisationNumber(value);
  if (!parsed.ok) throw fromRule(parsed.error, 'organisationNumber');
  return parsed.value;
}

/** Chiefs and coaches change employers of their own municipality (or of none). */
async function checkMunicipality(
  tx: Parameters<typeof municipalityBound>[0],
  actor: Actor,
  municipalityId: string | null,
  field: string,
): Promise<void> {
  const own = await municipalityBound(tx, actor);
  if (own !== undefined && municipalityId !== null && municipalityId !== own)
    throw refuse('EMPLOYER.OTHER_MUNICIPALITY', { field: field });
}

/** Arbetsgivare: the association's employer register. */
export const employerService = {
  async create(
    ctx: RequestContext,
    values: { name: string; organisationNumber: Opt<string>; municipalityId: Opt<Uuid> },
  ): Promise<EmployerType> {
    const actor = permitted(ctx.actor, 'employer.write');
    const command = {
      name: input.text('name', values.name),
      organisationNumber: organisationNumber(values.organisationNumber),
      municipalityId: values.municipalityId ?? null,
    };
    return ctx.inTenant(async (tx) => {
      await checkMunicipality(tx, actor, command.municipalityId, 'municipalityId');
      const id = await employerWrites.createEmployer(tx, command);
      await audit(tx, ctx, actor, 'create', 'employer', [id]);
      const row = await employers.findById(tx, id);
      if (!row) throw refuse('NOT_FOUND');
      return EmployerType.from(row);
    });
  },
  async update(
    ctx: RequestContext,
    employerId: Uuid,
    values: { name: Opt<string>; organisationNumber: Opt<string>; municipalityId: Opt<Uuid> },
  ): Promise<EmployerType> {
    const actor = permitted(ctx.actor, 'employer.write');
    const changes = {
      ...(given(values.name) ? { name: input.text('name', values.name) } : {}),
      ...(values.organisationNumber !== undefined
        ? { organisationNumber: organisationNumber(values.organisationNumber) }
        : {}),
      ...(values.municipalityId !== undefined
        ? {
            municipalityId: values.municipalityId ?? null,
          }
        : {}),
    };
    return ctx.inTenant(async (tx) => {
      const existing = await employers.findById(tx, employerId);
      if (!existing) throw refuse('NOT_FOUND');
      await checkMunicipality(tx, actor, existing.municipalityId, 'id');
      if (changes.municipalityId !== undefined)
        await checkMunicipality(tx, actor, changes.municipalityId, 'municipalityId');
      await employerWrites.updateEmployer(tx, employerId, changes);
      await audit(tx, ctx, actor, 'update', 'employer', [employerId]);
      const row = await employers.findById(tx, employerId);
      if (!row) throw refuse('NOT_FOUND');
      return EmployerType.from(row);
    });
  },
  async delete(ctx: RequestContext, employerId: Uuid): Promise<EmployerType> {
    const actor = permitted(ctx.actor, 'employer.write');
    return ctx.inTenant(async (tx) => {
      const existing = await employers.findById(tx, employerId);
      if (!existing) throw refuse('NOT_FOUND');
      await checkMunicipality(tx, actor, existing.municipalityId, 'id');
      if ((await placements.count(tx, { employerId })) > 0)
        throw refuse('EMPLOYER.HAS_PLACEMENTS', { field: 'id' });
      await employerWrites.deleteEmployer(tx, employerId);
      await audit(tx, ctx, actor, 'delete', 'employer', [employerId]);
      return EmployerType.from(existing);
    });
  },
};
