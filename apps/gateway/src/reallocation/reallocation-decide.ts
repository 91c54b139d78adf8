// The writes of the reallocation screen: a decision (the steering group under the board's
// delegation), a proposal (to the board) and the board's review of a proposal. Each is
// one transaction with its audit row.
import { Fte, type LocalDate, type Uuid } from '@finsam-se/domain';
import { type ApportionMethod, reviewProposal, steeringRoute } from '@finsam-se/funding';
import {
  type DecideReallocationCommand,
  type ReallocationSettingsRecord,
  type TenantTx,
  allocationRepository,
  auditRepository,
  PersistenceError,
  reallocationSettingsRepository,
} from '@finsam-se/persistence';
import { permitted } from '../auth/authorize.js';
import type { RequestContext } from '../context.js';
import type { AppError } from '../errors/error-codes.js';
import { fromRule, refuse } from '../errors/refuse.js';
import { input } from '../shared/input.js';
import {
  type Project,
  SMALLEST_STEP,
  draftViolations,
  fundingInputError,
  loadProject,
  requireInProject,
} from './reallocation-support.js';
import { loadPlanningContext } from './reallocation-planning.js';

export type DraftLine = { municipalityId: Uuid; fte: number };

export type DecideArgs = {
  projectId: Uuid;
  effectiveFrom: LocalDate;
  reason: string;
  method?: ApportionMethod | null;
  lines: DraftLine[];
  expectedVersion: number;
  idempotencyKey: string;
};

export function conflict(currentVersion: number): AppError {
  return refuse('REALLOCATION.DECIDED_MEANWHILE', { extra: { currentVersion } });
}

export function parseLines(lines: readonly DraftLine[], field = 'lines') {
  if (lines.length === 0 || lines.length > 500)
    throw refuse('REALLOCATION.NO_LINES', { field: field });
  return lines.map((line, index) => ({
    municipalityId: line.municipalityId,
    fte: input.fte(`${field}.${index}.fte`, line.fte, { max: 10_000 }),
  }));
}

function parseWrite(args: DecideArgs) {
  const projectId = args.projectId;
  const effectiveFrom = args.effectiveFrom;
  const reason = input.text('input.reason', args.reason, { min: 3, max: 2000 });
  const key = args.idempotencyKey.trim();
  if (!/^[\w-]{8,100}$/.test(key))
    throw refuse('IDEMPOTENCY.FORMAT', { field: 'input.idempotencyKey' });
  if (!Number.isInteger(args.expectedVersion) || args.expectedVersion < 1)
    throw refuse('VERSION.FORMAT', { field: 'input.expectedVersion' });
  const lines = parseLines(args.lines, 'input.lines');
  return { projectId, effectiveFrom, reason, key, lines, method: args.method ?? null };
}

/** Refuses lines that break a rule (the first one named, all of them in `violations`). */
async function requireValidLines(
  tx: TenantTx,
  project: Project,
  settings: ReallocationSettingsRecord,
  effectiveFrom: LocalDate,
  lines: readonly { municipalityId: string; fte: Fte }[],
): Promise<void> {
  const context = await loadPlanningContext(tx, project.id, effectiveFrom);
  // Any hundredth is a step for a decision; the default minimum is the smallest screen step.
  const violations = draftViolations(
    project,
    context,
    settings,
    effectiveFrom,
    lines,
    Fte.ofHundredths(1),
    SMALLEST_STEP,
  );
  const first = violations[0];
  if (first) {
    const index = lines.findIndex((l) => l.municipalityId === first.municipalityId);
    throw fromRule(first, index >= 0 ? `input.lines.${index}.fte` : 'input.lines', {
      violations,
    });
  }
}

/** A concurrent request with the same key won: its decision is the answer, not an error. */
class ReplayedDecision {
  constructor(readonly decision: Awaited<ReturnType<typeof allocationRepository.decide>>) {}
}

/** Writes the decision; a lost race or a taken date becomes CONFLICT or a clear refusal. */
async function writeDecision(
  ctx: RequestContext,
  command: DecideReallocationCommand,
  check: (tx: TenantTx) => Promise<void>,
) {
  try {
    return await ctx.inTenant(async (tx, actor) => {
      await check(tx);
      const decided = await allocationRepository.decide(tx, command);
      await auditRepository.append(tx, {
        userId: actor.id,
        role: actor.role,
        action: 'decide',
        entity: 'reallocation',
        entityIds: [decided.id],
        requestId: ctx.requestId,
        detail: { projectId: command.projectId, effectiveFrom: command.effectiveFrom },
      });
      return decided;
    });
  } catch (error) {
    const outcome = await decisionRefusal(ctx, command, error);
    if (outcome instanceof ReplayedDecision) return outcome.decision;
    throw outcome;
  }
}

/** What a failed write says: the winner of a race, a taken date, or a conflict. */
async function decisionRefusal(
  ctx: RequestContext,
  command: DecideReallocationCommand,
  error: unknown,
): Promise<unknown> {
  if (
    error instanceof PersistenceError &&
    (error.code === 'CONFLICT' || error.code === 'DUPLICATE')
  ) {
    // The same key may have won in a concurrent request: answer with its result.
    const winner = await ctx.inTenant((tx) =>
      allocationRepository.findByIdempotencyKey(tx, command.idempotencyKey),
    );
    if (winner) return new ReplayedDecision(winner);
    // Not a race: the date is taken. Say so, instead of "someone else decided first".
    if (error.constraint === 'effective_from')
      return refuse('REALLOCATION.NOT_AFTER_LATEST', { field: 'input.effectiveFrom' });
    const version = await ctx.inTenant((tx) =>
      allocationRepository.allocationVersion(tx, command.projectId),
    );
    return conflict(version ?? command.expectedVersion);
  }
  return error;
}

export const reallocationWrites = {
  /**
   * The steering group decides under the board's delegation: the next allocation and the
   * decision in one transaction, recording the delegation. A repeated idempotency key
   * returns the first result; a stale version gets CONFLICT; under BOARD_APPROVAL the
   * steering group proposes instead (REALLOCATION.BOARD_DECIDES).
   */
  async decide(ctx: RequestContext, args: DecideArgs) {
    const actor = permitted(ctx.actor, 'reallocation.decide');
    const w = parseWrite(args);
    const replay = await ctx.inTenant((tx) => allocationRepository.findByIdempotencyKey(tx, w.key));
    if (replay) return replay;
    const settings = await ctx.inTenant((tx) =>
      reallocationSettingsRepository.findByProjectId(tx, w.projectId),
    );
    const route = steeringRoute(settings.decisionMode, 'decide');
    if (!route.ok) throw fundingInputError(route.error, 'input');
    return writeDecision(
      ctx,
      {
        projectId: w.projectId,
        effectiveFrom: w.effectiveFrom,
        reason: w.reason,
        method: w.method,
        decidedBy: actor.id,
        expectedVersion: args.expectedVersion,
        idempotencyKey: w.key,
        lines: w.lines,
        decisionMode: 'DELEGATED',
        delegationReference: settings.delegationReference,
      },
      async (tx) => {
        const project = await loadProject(tx, w.projectId);
        requireInProject(project, w.effectiveFrom, 'input.effectiveFrom');
        if (project.allocationVersion !== args.expectedVersion)
          throw conflict(project.allocationVersion);
        await requireValidLines(tx, project, settings, w.effectiveFrom, w.lines);
      },
    );
  },

  /** The steering group's proposal to the board (BOARD_APPROVAL): checked now, written as pending. */
  async propose(ctx: RequestContext, args: DecideArgs) {
    const actor = permitted(ctx.actor, 'reallocation.decide');
    const w = parseWrite(args);
    return ctx.inTenant(async (tx) => {
      const replay = await reallocationSettingsRepository.findProposalByIdempotencyKey(tx, w.key);
      if (replay) return replay;
      const settings = await reallocationSettingsRepository.findByProjectId(tx, w.projectId);
      const route = steeringRoute(settings.decisionMode, 'propose');
      if (!route.ok) throw fundingInputError(route.error, 'input');
      const project = await loadProject(tx, w.projectId);
      requireInProject(project, w.effectiveFrom, 'input.effectiveFrom');
      if (project.allocationVersion !== args.expectedVersion)
        throw conflict(project.allocationVersion);
      await requireValidLines(tx, project, settings, w.effectiveFrom, w.lines);
      const proposal = await reallocationSettingsRepository.createProposal(tx, {
        projectId: w.projectId,
        effectiveFrom: w.effectiveFrom,
        reason: w.reason,
        method: w.method,
        basedOnVersion: args.expectedVersion,
        proposedBy: actor.id,
        idempotencyKey: w.key,
        lines: w.lines,
      });
      await auditRepository.append(tx, {
        userId: actor.id,
        role: actor.role,
        action: 'create',
        entity: 'reallocation_proposal',
        entityIds: [proposal.id],
        requestId: ctx.requestId,
        detail: { projectId: w.projectId, effectiveFrom: w.effectiveFrom },
      });
      return proposal;
    });
  },

  /**
   * The board's one write: approve (the proposal becomes the decision, by the board, in
   * the same transaction) or reject a pending proposal, with an optional note; audited.
   */
  async review(ctx: RequestContext, args: { id: Uuid; approve: boolean; note?: string | null }) {
    const actor = permitted(ctx.actor, 'reallocation.review');
    const id = args.id;
    const note =
      args.note == null || args.note.trim() === ''
        ? null
        : input.text('note', args.note, { min: 1, max: 2000 });
    return ctx
      .inTenant(async (tx) => {
        const proposal = await reallocationSettingsRepository.findProposal(tx, id, { lock: true });
        if (!proposal) throw refuse('REALLOCATION.PROPOSAL_NOT_FOUND');
        const project = await loadProject(tx, proposal.projectId);
        const verdict = reviewProposal(
          proposal,
          args.approve ? 'approve' : 'reject',
          project.allocationVersion,
        );
        if (!verdict.ok) throw fundingInputError(verdict.error, 'id');
        let reallocationId: string | null = null;
        if (verdict.value === 'APPROVED') {
          const settings = await reallocationSettingsRepository.findByProjectId(tx, project.id);
          await requireValidLines(tx, project, settings, proposal.effectiveFrom, proposal.lines);
          const decided = await allocationRepository.decide(tx, {
            projectId: project.id,
            effectiveFrom: proposal.effectiveFrom,
            reason: proposal.reason,
            method: proposal.method,
            decidedBy: actor.id,
            expectedVersion: proposal.basedOnVersion,
            idempotencyKey: `proposal-${proposal.id}`,
            lines: proposal.lines,
            decisionMode: 'BOARD_APPROVAL',
            delegationReference: null,
            proposedBy: proposal.proposedBy,
            proposalId: proposal.id,
          });
          reallocationId = decided.id;
        }
        await reallocationSettingsRepository.markReviewed(tx, {
          id,
          status: verdict.value,
          reviewedBy: actor.id,
          note,
          reallocationId,
        });
        await auditRepository.append(tx, {
          userId: actor.id,
          role: actor.role,
          action: 'decide',
          entity: 'reallocation_proposal',
          entityIds: reallocationId ? [id, reallocationId] : [id],
          requestId: ctx.requestId,
          detail: { projectId: project.id, verdict: verdict.value },
        });
        const reviewed = await reallocationSettingsRepository.findProposal(tx, id);
        if (!reviewed) throw refuse('REALLOCATION.PROPOSAL_NOT_FOUND');
        return reviewed;
      })
      .catch((error: unknown) => {
        // Another decision took the date or the version first: the proposal stays pending.
        if (error instanceof PersistenceError && error.constraint === 'effective_from')
          throw refuse('REALLOCATION.NOT_AFTER_LATEST', { field: 'id' });
        if (error instanceof PersistenceError && error.code === 'CONFLICT')
          throw refuse('REALLOCATION.CHANGED_MEANWHILE');
        throw error;
      });
  },
};
