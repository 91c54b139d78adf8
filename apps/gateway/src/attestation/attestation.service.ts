import { type Attestation, attestationHalfYears, readHalfYear } from '@finsam-se/domain';
import { type TenantTx, attestations, projects, attestationWrites } from '@finsam-se/persistence';
import type { Actor } from '../auth/actor.js';
import { authorize, permitted } from '../auth/authorize.js';
import type { RequestContext } from '../context.js';
import { refuse } from '../errors/refuse.js';
import { type Paging, cleanFilter } from '../schema/list-args.js';
import { AttestationType } from './attestation.type.js';
import { input } from '../shared/input.js';
import {
  type Opt,
  audit,
  given,
  municipalityBound,
  narrow,
  todayOf,
} from '../shared/service-support.js';

export type AttestationFilterInput = {
  ids?: Opt<string[]>;
  municipalityId?: Opt<string>;
  projectId?: Opt<string>;
  halfYear?: Opt<string>;
};

async function scopedFilter(
  tx: TenantTx,
  actor: Actor,
  f: Opt<AttestationFilterInput>,
): Promise<Record<string, unknown> | null> {
  const base = cleanFilter({
    ids: input.uuids('filter.ids', f?.ids ?? undefined),
    municipalityId: given(f?.municipalityId)
      ? input.uuid('filter.municipalityId', f.municipalityId)
      : undefined,
    projectId: given(f?.projectId) ? input.uuid('filter.projectId', f.projectId) : undefined,
    halfYear: f?.halfYear ?? undefined,
  });
  const own = await municipalityBound(tx, actor);
  if (own === undefined) return base;
  const municipalityId = narrow(base.municipalityId as string | undefined, own);
  return municipalityId === null ? null : { ...base, municipalityId };
}

async function withNames(ctx: RequestContext, rows: readonly Attestation[]) {
  const names = await Promise.all(
    rows.map((a) => (a.signedBy ? ctx.loaders.userName.load(a.signedBy) : undefined)),
  );
  return rows.map((a, i) => AttestationType.from(a, names[i] ?? ''));
}

/** Halvårsintyg: signed by the municipal chief for their municipality. */
export const attestationService = {
  async list(ctx: RequestContext, paging: Paging, f: Opt<AttestationFilterInput>) {
    authorize(ctx.actor, 'attestation.read');
    const rows = await ctx.inTenant(async (tx, actor) => {
      const filter = await scopedFilter(tx, actor, f);
      return filter ? attestations.list(tx, { ...paging, filter }) : [];
    });
    return withNames(ctx, rows);
  },
  async count(ctx: RequestContext, f: Opt<AttestationFilterInput>): Promise<number> {
    authorize(ctx.actor, 'attestation.read');
    return ctx.inTenant(async (tx, actor) => {
      const filter = await scopedFilter(tx, actor, f);
      return filter ? attestations.count(tx, filter) : 0;
    });
  },
  async get(ctx: RequestContext, id: string): Promise<AttestationType | null> {
    authorize(ctx.actor, 'attestation.read');
    const attestationId = input.uuid('id', id);
    const rows = await ctx.inTenant(async (tx, actor) => {
      const filter = await scopedFilter(tx, actor, { ids: [attestationId] });
      return filter ? attestations.list(tx, { filter, limit: 1, offset: 0 }) : [];
    });
    return (await withNames(ctx, rows))[0] ?? null;
  },
  async sign(
    ctx: RequestContext,
    values: { municipalityId: string; projectId: string; halfYear: string; statement: string },
  ): Promise<AttestationType> {
    const actor = permitted(ctx.actor, 'attestation.sign');
    const municipalityId = input.uuid('municipalityId', values.municipalityId);
    const projectId = input.uuid('projectId', values.projectId);
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
