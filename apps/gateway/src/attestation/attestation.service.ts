import { type Attestation, attestationHalfYears, readHalfYear, type Uuid } from '@finsam-se/domain';
import { attestations, projects, attestationWrites } from '@finsam-se/persistence';
import { permitted } from '../auth/authorize.js';
import type { RequestContext } from '../context.js';
import { refuse } from '../errors/refuse.js';
import { AttestationType } from './attestation.type.js';
import { input } from '../shared/input.js';
import { audit, municipalityBound, todayOf } from '../shared/service-support.js';

/** The attestation list's filter, declared in employer.resolver.ts (define-resource.ts). */
export const attestationFilters = {
  ids: 'ids',
  municipalityId: 'id',
  projectId: 'id',
  halfYear: 'text',
} as const;

/** The signer's name beside each attestation, batched by the user-name loader. */
export async function attestationTypes(ctx: RequestContext, rows: readonly Attestation[]) {
  const names = await Promise.all(
    rows.map((a) => (a.signedBy ? ctx.loaders.userName.load(a.signedBy) : undefined)),
  );
  return rows.map((a, i) => AttestationType.from(a, names[i] ?? ''));
}

/** Halvårsintyg: signed by the municipal chief for their municipality. */
export const attestationService = {
  async sign(
    ctx: RequestContext,
    values: { municipalityId: Uuid; projectId: Uuid; halfYear: string; statement: string },
  ): Promise<AttestationType> {
    const actor = permitted(ctx.actor, 'attestation.sign');
    const { municipalityId, projectId } = values;
    const statement = input.text('statement', values.statement, { min: 10, max: 4000 });
    const halfYear = readHalfYear(values.halfYear);
    const today = todayOf(ctx);
    const row = await ctx.inTenant(async (tx) => {
      if ((await municipalityBound(tx, actor)) !== municipalityId)
        throw refuse('ATTESTATION.OWN_MUNICIPALITY', { field: 'municipalityId' });
      const project = await projects.findById(tx, projectId);
      if (!project) throw refuse('PROJECT.UNKNOWN', { field: 'projectId' });
      if (!halfYear || !attestationHalfYears(project.period, today).includes(halfYear))
        throw refuse('ATTESTATION.HALF_YEAR', { field: 'halfYear' });
      const signed = await attestations.count(tx, { municipalityId, projectId, halfYear });
      if (signed > 0) throw refuse('ATTESTATION.ALREADY_SIGNED', { field: 'halfYear' });
      const id = await attestationWrites.createAttestation(tx, {
        municipalityId,
        projectId,
        halfYear,
        signedBy: actor.id,
        signedOn: today,
        statement,
      });
      await audit(tx, ctx, actor, 'create', 'attestation', [id]);
      const created = await attestations.findById(tx, id);
      if (!created) throw refuse('NOT_FOUND');
      return created;
    });
    return AttestationType.from(row, actor.name);
  },
};
