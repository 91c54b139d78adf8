// The project's reallocation rules (who decides, min/max FTE per municipality) and the
// board's list of proposals.
import { Fte, LocalDate, allocationOn, type Uuid } from '@finsam-se/domain';
import { type DecisionMode, type ProposalStatus, checkDecisionSettings } from '@finsam-se/funding';
import {
  type FteBoundRecord,
  type ReallocationProposalRecord,
  type ReallocationSettingsRecord,
  type TenantTx,
  allocationRepository,
  auditRepository,
  reallocationSettingsRepository,
} from '@finsam-se/persistence';
import { authorize, permitted } from '../auth/authorize.js';
import { todayOf } from '../clock/today.js';
import type { RequestContext } from '../context.js';
import { refuse } from '../errors/refuse.js';
import { input } from '../shared/input.js';
import {
  SMALLEST_STEP,
  boundsFor,
  currentLines,
  fundingInputError,
  loadProject,
} from './reallocation-support.js';
import { loadPlanningContext } from './reallocation-planning.js';

export type SettingsInput = {
  projectId: Uuid;
  decisionMode: DecisionMode;
  delegationReference?: string | null;
  bounds: { municipalityId: Uuid; min?: number | null; max?: number | null }[];
};

async function settingsView(tx: TenantTx, ctx: RequestContext, record: ReallocationSettingsRecord) {
  const municipalities = await tx.query<{ id: string; name: string }>(
    `SELECT id, name FROM municipalities WHERE association_id = $1 ORDER BY name`,
    [tx.associationId],
  );
  const byId = new Map(record.bounds.map((b) => [b.municipalityId, b]));
  const updatedByName = record.updatedBy
    ? ((await ctx.loaders.userName.load(record.updatedBy)) ?? null)
    : null;
  return {
    projectId: record.projectId,
    decisionMode: record.decisionMode,
    delegationReference: record.delegationReference,
    defaultMinFte: Fte.toDecimal(SMALLEST_STEP),
    updatedAt: record.updatedAt,
    updatedByName,
    bounds: municipalities.map((m) => {
      const bound = byId.get(m.id);
      return {
        municipalityId: m.id,
        municipalityName: m.name,
        min: bound?.min == null ? null : Fte.toDecimal(bound.min),
        max: bound?.max == null ? null : Fte.toDecimal(bound.max),
      };
    }),
  };
}

function parseBounds(
  bounds: SettingsInput['bounds'],
  known: ReadonlySet<string>,
): FteBoundRecord[] {
  return bounds.map((b, i) => {
    const municipalityId = b.municipalityId;
    if (!known.has(municipalityId))
      throw refuse('REALLOCATION.UNKNOWN_MUNICIPALITY', {
        field: `input.bounds.${i}.municipalityId`,
      });
    const fte = (key: 'min' | 'max') => {
      const value = b[key];
      if (value == null) return null;
      const parsed = input.fte(`input.bounds.${i}.${key}`, value, { max: 10_000 });
      if (!Fte.isMultipleOf(parsed, SMALLEST_STEP))
        throw refuse('REALLOCATION.NOT_A_STEP', { field: `input.bounds.${i}.${key}` });
      return parsed;
    };
    return { municipalityId, min: fte('min'), max: fte('max') };
  });
}

export const reallocationSettingsService = {
  async get(ctx: RequestContext, projectId: Uuid) {
    authorize(ctx.actor, 'reallocation.read');
    return ctx.inTenant(async (tx) => {
      await loadProject(tx, projectId);
      const record = await reallocationSettingsRepository.findByProjectId(tx, projectId);
      return settingsView(tx, ctx, record);
    });
  },

  /**
   * Saves the rules in one transaction, audited. The steering group and the manager set
   * min/max; only the manager (förbundschefen, who records the board's decisions) changes
   * who decides and the delegation reference. Bounds must leave a way to share today's total.
   */
  async save(ctx: RequestContext, args: SettingsInput) {
    const actor = permitted(ctx.actor, 'reallocation.configure');
    const projectId = args.projectId;
    const reference =
      args.delegationReference == null || args.delegationReference.trim() === ''
        ? null
        : input.text('input.delegationReference', args.delegationReference, { max: 200 });
    return ctx.inTenant(async (tx) => {
      const stored = await reallocationSettingsRepository.findByProjectId(tx, projectId);
      const changesWhoDecides =
        stored.decisionMode !== args.decisionMode || stored.delegationReference !== reference;
      // Only a change of who decides needs the manager and a complete setting; bounds can
      // be saved under the defaults (DELEGATED, reference not yet recorded).
      let decision = { decisionMode: stored.decisionMode, delegationReference: reference };
      if (changesWhoDecides) {
        if (actor.role !== 'manager') throw refuse('REALLOCATION.MANAGER_SETS_DECIDER');
        const checked = checkDecisionSettings({
          decisionMode: args.decisionMode,
          delegationReference: reference,
        });
        if (!checked.ok) throw fundingInputError(checked.error, 'input.delegationReference');
        decision = checked.value;
      }
      // Today's allocation, or the project's first or last day when today is outside it.
      const project = await loadProject(tx, projectId);
      const on = LocalDate.max(
        project.period.start,
        LocalDate.min(todayOf(ctx), LocalDate.addDays(project.period.end, -1)),
      );
      const context = await loadPlanningContext(tx, projectId, on);
      const bounds = parseBounds(args.bounds, new Set(context.municipalities.map((m) => m.id)));
      const total = Fte.sum(currentLines(context).map((l) => l.fte));
      const feasible = boundsFor(
        { ...stored, bounds },
        context.municipalities.map((m) => m.id),
        SMALLEST_STEP,
        total,
      );
      if (!feasible.ok) throw fundingInputError(feasible.error, 'input.bounds');
      const saved = await reallocationSettingsRepository.save(tx, {
        projectId,
        ...decision,
        bounds,
        updatedBy: actor.id,
      });
      await auditRepository.append(tx, {
        userId: actor.id,
        role: actor.role,
        action: 'update',
        entity: 'reallocation_settings',
        entityIds: [projectId],
        requestId: ctx.requestId,
        detail: { decisionMode: saved.decisionMode },
      });
      return settingsView(tx, ctx, saved);
    });
  },

  /** The project's proposals, newest first, with the FTE in force on their date. */
  async proposals(ctx: RequestContext, projectId: Uuid, status?: ProposalStatus | null) {
    authorize(ctx.actor, 'reallocation.read');
    return ctx.inTenant(async (tx) => {
      await loadProject(tx, projectId);
      const rows = await reallocationSettingsRepository.listProposals(tx, {
        projectId,
        ...(status ? { status } : {}),
        limit: 50,
      });
      return Promise.all(rows.map((row) => proposalView(tx, ctx, row)));
    });
  },

  proposalView,
};

async function proposalView(tx: TenantTx, ctx: RequestContext, p: ReallocationProposalRecord) {
  const before = allocationOn(
    await allocationRepository.postsOfProject(tx, p.projectId),
    p.effectiveFrom,
  );
  const [proposedByName, reviewedByName, ...municipalities] = await Promise.all([
    ctx.loaders.userName.load(p.proposedBy),
    p.reviewedBy ? ctx.loaders.userName.load(p.reviewedBy) : Promise.resolve(undefined),
    ...p.lines.map((l) => ctx.loaders.municipality.load(l.municipalityId)),
  ]);
  return {
    id: p.id,
    projectId: p.projectId,
    effectiveFrom: p.effectiveFrom,
    reason: p.reason,
    method: p.method,
    basedOnVersion: p.basedOnVersion,
    proposedByName: proposedByName ?? '',
    proposedAt: p.proposedAt,
    status: p.status,
    reviewedByName: reviewedByName ?? null,
    reviewedAt: p.reviewedAt,
    reviewNote: p.reviewNote,
    reallocationId: p.reallocationId,
    lines: p.lines.map((l, i) => ({
      municipalityId: l.municipalityId,
      municipalityName: municipalities[i]?.name ?? l.municipalityId,
      fteBefore: Fte.toDecimal(before.get(l.municipalityId) ?? Fte.zero),
      fteAfter: Fte.toDecimal(l.fte),
    })),
  };
}
