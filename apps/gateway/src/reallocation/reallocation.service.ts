import {
  Fte,
  LocalDate,
  type Money,
  type Period,
  caseloadPerFte,
  type Uuid,
} from '@finsam-se/domain';
import {
  type ApportionMethod,
  type FteBounds,
  DEFAULT_WINDOW_MONTHS,
  budgetStatus,
  capacityStatus,
  planReallocation,
  reallocationEffect,
} from '@finsam-se/funding';
import {
  type ReallocationSettingsRecord,
  type TenantTx,
  reallocationSettingsRepository,
  reportRowsRepository,
} from '@finsam-se/persistence';
import type { Actor } from '../auth/actor.js';
import { authorize, permitted } from '../auth/authorize.js';
import { todayOf } from '../clock/today.js';
import { caseloadSeries } from './reallocation-caseload.js';
import type { RequestContext } from '../context.js';
import { ReallocationType } from './reallocation.type.js';
import { fromRule, refuse } from '../errors/refuse.js';
import { capacityRow } from './capacity-row.js';
import { input } from '../shared/input.js';
import { together } from '../shared/together.js';
import { type DraftLine, parseLines, reallocationWrites } from './reallocation-decide.js';
import {
  type Project,
  boundsFor,
  budgetOf,
  demandOverWindow,
  costedPosts,
  currentLines,
  draftViolations,
  fundingInputError,
  loadProject,
  onCostFor,
  requireInProject,
} from './reallocation-support.js';
import { type PlanningContext, loadPlanningContext } from './reallocation-planning.js';

export type AllocationResult = {
  projectId: string;
  asOf: LocalDate;
  version: number;
  totalFte: number;
  rows: {
    municipalityId: string;
    municipalityName: string;
    fte: number;
    activeParticipants: number;
    caseloadPerFte: number | null;
    band: number | null;
    referralsWaiting: number;
    meanActive: number;
    capacity: string;
  }[];
  window: CaseloadWindowResult;
  budgetYear: number;
  budget: Money;
  committed: Money;
  forecast: Money;
  margin: Money;
};

export type { DraftLine };

export type CaseloadWindowResult = { months: number; from: LocalDate; to: LocalDate };

/** The months a plan on `date` follows: whole months before `date`, never after today. */
function windowEnd(ctx: RequestContext, date: LocalDate): LocalDate {
  return LocalDate.min(date, todayOf(ctx));
}

function windowMonthsOf(value: number | null | undefined): number {
  if (value == null) return DEFAULT_WINDOW_MONTHS;
  if (!Number.isInteger(value) || value < 1 || value > 36)
    throw fromRule({ code: 'REALLOCATION.BAD_WINDOW' }, 'windowMonths');
  return value;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** The reallocation screen's server side: allocation, caseloads, plans, checks and the decision. */
/** One municipality's capacity row, which the dashboard shows too. */
export { type CapacityRow, capacityRow } from './capacity-row.js';

/** A decided reallocation as the API shows it: names of the decider, proposer and municipalities. */
export async function reallocationView(
  ctx: RequestContext,
  r: Parameters<typeof ReallocationType.from>[0],
): Promise<ReallocationType> {
  const [user, proposer, ...names] = await Promise.all([
    ctx.loaders.userName.load(r.decidedBy),
    r.proposedBy ? ctx.loaders.userName.load(r.proposedBy) : Promise.resolve(undefined),
    ...r.lines.map((l) => ctx.loaders.municipality.load(l.municipalityId)),
  ]);
  const nameOf = new Map(names.filter((m) => m !== undefined).map((m) => [m.id, m.name]));
  return ReallocationType.from(r, {
    user: user ?? '',
    proposer: proposer ?? null,
    municipality: (id) => nameOf.get(id) ?? id,
  });
}

export const reallocationService = {
  async allocation(
    ctx: RequestContext,
    projectId: Uuid,
    asOf: LocalDate,
    windowMonthsArg?: number | null,
  ): Promise<AllocationResult> {
    authorize(ctx.actor, 'reallocation.read');
    const windowMonths = windowMonthsOf(windowMonthsArg);
    return ctx.inTenant(async (tx) => {
      const project = await loadProject(tx, projectId);
      const context = await loadPlanningContext(tx, projectId, asOf);
      const demand = await demandOverWindow(tx, projectId, {
        on: asOf,
        before: windowEnd(ctx, asOf),
        months: windowMonths,
      });
      const active = demand.active;
      const waiting = await reportRowsRepository.referralsWaiting(tx, projectId);
      const year = LocalDate.parts(asOf).year;
      const status = budgetStatus({
        budget: budgetOf(project, year),
        year,
        asOf,
        posts: costedPosts(context),
        onCost: onCostFor(context, year),
      });
      if (!status.ok) throw fromRule(status.error);
      const lines = currentLines(context);
      const followed = {
        window: demand.window,
        means: demand.means(context.municipalities.map((m) => m.id)),
      };
      return {
        projectId,
        asOf,
        version: project.allocationVersion,
        totalFte: Fte.toDecimal(Fte.sum(lines.map((l) => l.fte))),
        rows: context.municipalities.map((m) => {
          const fte = lines.find((l) => l.municipalityId === m.id)?.fte ?? Fte.zero;
          const mean = followed.means[m.id] ?? 0;
          return {
            ...capacityRow(m, fte, active.get(m.id) ?? 0, waiting.get(m.id) ?? 0),
            meanActive: oneDecimal(mean),
            capacity: capacityStatus(caseloadPerFte(mean, fte)),
          };
        }),
        window: windowOf(followed.window),
        budgetYear: year,
        budget: status.value.budget,
        committed: status.value.committed,
        forecast: status.value.forecast,
        margin: status.value.margin,
      };
    });
  },

  caseloadSeries,

  async plan(
    ctx: RequestContext,
    args: {
      projectId: Uuid;
      method: ApportionMethod;
      step: number;
      effectiveFrom: LocalDate;
      bounds: { municipalityId: Uuid; min?: number | null; max?: number | null }[];
      windowMonths?: number | null;
    },
  ) {
    authorize(ctx.actor, 'reallocation.read');
    const projectId = args.projectId;
    const effectiveFrom = args.effectiveFrom;
    const step = input.fte('step', args.step);
    if (step === 0) throw refuse('APPORTION.BAD_STEP', { field: 'step' });
    // A what-if: bounds sent with the request replace the project's for those municipalities.
    const overrides = args.bounds.map((b, i) => ({
      municipalityId: b.municipalityId,
      min: b.min == null ? null : input.fte(`bounds.${i}.min`, b.min, { max: 10_000 }),
      max: b.max == null ? null : input.fte(`bounds.${i}.max`, b.max, { max: 10_000 }),
    }));
    const windowMonths = windowMonthsOf(args.windowMonths);
    const before = windowEnd(ctx, effectiveFrom);
    const actor = permitted(ctx.actor, 'reallocation.read');
    const cacheKey = JSON.stringify([
      'plan',
      projectId,
      args.method,
      step,
      effectiveFrom,
      overrides,
      windowMonths,
      before,
    ]);
    return ctx.reportCache.getOrCompute(actor.associationId, cacheKey, () =>
      ctx.inTenant(async (tx) => {
        // Every read at once: their statements share one round trip. They are checked in
        // the order they were read one by one before, so the same refusal wins.
        const [projectRead, contextRead, settingsRead, demandRead] = await together<
          [
            Project,
            PlanningContext,
            ReallocationSettingsRecord,
            Awaited<ReturnType<typeof demandOverWindow>>,
          ]
        >([
          loadProject(tx, projectId),
          loadPlanningContext(tx, projectId, effectiveFrom),
          reallocationSettingsRepository.findByProjectId(tx, projectId),
          demandOverWindow(tx, projectId, { on: effectiveFrom, before, months: windowMonths }),
        ]);
        const project = projectRead();
        requireInProject(project, effectiveFrom, 'effectiveFrom');
        const context = contextRead();
        const demand = demandRead();
        const active = demand.active;
        const year = LocalDate.parts(effectiveFrom).year;
        const current = currentLines(context);
        const ids = context.municipalities.map((m) => m.id);
        const settings = settingsRead();
        const merged = {
          ...settings,
          bounds: [
            ...settings.bounds.filter(
              (b) => !overrides.some((o) => o.municipalityId === b.municipalityId),
            ),
            ...overrides,
          ],
        };
        const resolved = boundsFor(merged, ids, step, Fte.sum(current.map((c) => c.fte)));
        if (!resolved.ok) throw fundingInputError(resolved.error, 'bounds');
        const bounds: FteBounds = resolved.value;
        const followed = { window: demand.window, means: demand.means(ids) };
        const planned = planReallocation({
          current,
          demand: context.municipalities.map((m) => ({
            municipalityId: m.id,
            activeParticipants: active.get(m.id) ?? 0,
            meanActive: followed.means[m.id] ?? 0,
          })),
          method: args.method,
          step,
          bounds,
          budget: budgetOf(project, year),
          onCostPercent: onCostFor(context, year),
          salaries: context.salaries,
          effectiveFrom,
          yearEnd: LocalDate.min(LocalDate.of(year + 1, 1, 1), project.period.end),
        });
        if (!planned.ok) {
          const field =
            'field' in planned.error && typeof planned.error.field === 'string'
              ? planned.error.field
              : 'method';
          throw fromRule({ code: planned.error.code }, field);
        }
        const plan = planned.value;
        const effect = await draftEffect(
          tx,
          project,
          context,
          effectiveFrom,
          plan.rows.map((r) => ({ municipalityId: r.municipalityId, fte: r.suggestedFte })),
        );
        const nameOf = new Map(context.municipalities.map((m) => [m.id, m.name]));
        return {
          projectId,
          method: args.method,
          step: Fte.toDecimal(step),
          effectiveFrom,
          allocationVersion: project.allocationVersion,
          window: windowOf(followed.window),
          totalFte: Fte.toDecimal(plan.totals.suggestedFte),
          lines: plan.rows.map((r) => ({
            municipalityId: r.municipalityId,
            municipalityName: nameOf.get(r.municipalityId) ?? '',
            currentFte: Fte.toDecimal(r.currentFte),
            suggestedFte: Fte.toDecimal(r.suggestedFte),
            change: r.change / 100,
            activeParticipants: r.activeParticipants,
            quota: Math.round(r.quota * 1000) / 1000,
            caseloadBefore:
              r.caseloadBefore === null ? null : Math.round(r.caseloadBefore * 10) / 10,
            caseloadAfter: r.caseloadAfter === null ? null : Math.round(r.caseloadAfter * 10) / 10,
            bandBefore: r.ipsBandBefore,
            bandAfter: r.ipsBandAfter,
            meanActive: oneDecimal(r.meanActive ?? 0),
            capacityBefore: r.capacityBefore,
            capacityAfter: r.capacityAfter,
            minFte: Fte.toDecimal(bounds[r.municipalityId]?.min ?? Fte.zero),
            maxFte:
              bounds[r.municipalityId]?.max === undefined
                ? null
                : Fte.toDecimal(bounds[r.municipalityId]?.max ?? Fte.zero),
            costBefore: r.costBefore,
            costAfter: r.costAfter,
          })),
          budgetEffect: effect,
        };
      }),
    );
  },

  async validateDraft(
    ctx: RequestContext,
    args: { projectId: Uuid; effectiveFrom: LocalDate; lines: DraftLine[]; step?: number | null },
  ) {
    authorize(ctx.actor, 'reallocation.read');
    const projectId = args.projectId;
    const effectiveFrom = args.effectiveFrom;
    const step = input.fte('step', args.step ?? 0.5);
    const lines = parseLines(args.lines);
    return ctx.inTenant(async (tx) => {
      const project = await loadProject(tx, projectId);
      requireInProject(project, effectiveFrom, 'effectiveFrom');
      const context = await loadPlanningContext(tx, projectId, effectiveFrom);
      const settings = await reallocationSettingsRepository.findByProjectId(tx, projectId);
      const violations = draftViolations(project, context, settings, effectiveFrom, lines, step);
      const budgetEffect = await draftEffect(tx, project, context, effectiveFrom, lines);
      return { violations, budgetEffect };
    });
  },

  decide: reallocationWrites.decide,
  propose: reallocationWrites.propose,
  review: reallocationWrites.review,
};

async function draftEffect(
  _tx: TenantTx,
  project: Project,
  context: PlanningContext,
  effectiveFrom: LocalDate,
  lines: readonly { municipalityId: string; fte: Fte }[],
) {
  const year = LocalDate.parts(effectiveFrom).year;
  const current = currentLines(context);
  const proposed = current.map(
    (c) => lines.find((l) => l.municipalityId === c.municipalityId) ?? c,
  );
  const effect = reallocationEffect({
    budget: budgetOf(project, year),
    year,
    asOf: LocalDate.addDays(effectiveFrom, -1),
    onCost: onCostFor(context, year),
    posts: costedPosts(context),
    proposed,
    effectiveFrom,
    salaries: context.salaries,
  });
  if (!effect.ok) throw fromRule(effect.error);
  return {
    budget: effect.value.before.budget,
    committed: effect.value.before.committed,
    forecastBefore: effect.value.before.forecast,
    forecastAfter: effect.value.after.forecast,
    marginBefore: effect.value.before.margin,
    marginAfter: effect.value.after.margin,
  };
}

function windowOf(window: { period: Period; months: readonly string[] }): CaseloadWindowResult {
  return {
    months: window.months.length,
    from: window.period.start,
    to: LocalDate.addDays(window.period.end, -1),
  };
}

export type { Actor };
