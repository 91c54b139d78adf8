import {
  CASELOAD_TARGET_PER_FTE,
  Fte,
  LocalDate,
  Money,
  Period,
  describeDomainError,
} from '@finsam-se/domain';
import {
  type ApportionMethod,
  type ReallocationViolation,
  budgetStatus,
  describeFundingError,
  planReallocation,
  reallocationEffect,
  validateReallocation,
} from '@finsam-se/funding';
import {
  type PlanningContext,
  type TenantTx,
  allocationRepository,
  auditRepository,
  coaches,
  loadPlanningContext,
  PersistenceError,
  projects,
  reportRowsRepository,
  reportTalliesRepository,
} from '@finsam-se/persistence';
import { caseloadSeriesPointsFromCounts } from '@finsam-se/reporting';
import { type Actor, requireRole } from '../auth/actor.js';
import { caseloadLine } from './caseload-line.js';
import type { RequestContext } from '../context.js';
import { AppError, badInput, notFound } from '../errors/error-codes.js';
import { capacityRow } from './capacity-row.js';
import { settingForYear } from './report-costs.js';
import { input } from './input.js';

const READERS = ['board', 'steering', 'manager', 'municipal_chief'] as const;
const DECIDERS = ['steering', 'manager'] as const;

type Project = NonNullable<Awaited<ReturnType<typeof projects.findById>>>;

function onCostFor(context: PlanningContext, year: number): string {
  const setting = settingForYear(context.salarySettings, year);
  if (!setting)
    throw new AppError('BAD_USER_INPUT', 'PO-pålägg saknas för året.', {
      reason: 'FUNDING.ON_COST_MISSING',
    });
  return setting.onCostPercent;
}

function budgetOf(project: Project, year: number): Money {
  return project.yearlyBudgets.find((b) => b.year === year)?.amount ?? Money.zero;
}

function costedPosts(context: PlanningContext) {
  return context.postsOfYear.map((post) => ({
    municipalityId: post.municipalityId,
    fte: post.fte,
    period: post.period,
    monthlySalary: context.salaries[post.municipalityId] ?? Money.zero,
  }));
}

function currentLines(context: PlanningContext) {
  const fte = new Map<string, number>();
  for (const post of context.postsOn)
    fte.set(post.municipalityId, (fte.get(post.municipalityId) ?? 0) + post.fte);
  return context.municipalities.map((m) => ({
    municipalityId: m.id,
    fte: Fte.ofHundredths(fte.get(m.id) ?? 0),
  }));
}

async function loadProject(tx: TenantTx, projectId: string): Promise<Project> {
  const project = await projects.findById(tx, projectId);
  if (!project) throw notFound('Projektet finns inte.');
  return project;
}

function requireInProject(project: Project, date: LocalDate, field: string): void {
  if (!Period.contains(project.period, date)) {
    throw badInput(
      field,
      `Datumet ligger utanför projektets period ${project.period.start}–${Period.lastDay(project.period)}.`,
      'PERIOD.OUTSIDE_PROJECT',
    );
  }
}

function violationMessage(v: ReallocationViolation): string {
  return describeFundingError(v.code, 'sv');
}

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
  }[];
  budgetYear: number;
  budget: Money;
  committed: Money;
  forecast: Money;
  margin: Money;
};

export type DraftLine = { municipalityId: string; fte: number };

/** The reallocation screen's server side: allocation, caseloads, plans, checks and the decision. */
export const reallocationService = {
  async allocation(
    ctx: RequestContext,
    projectIdText: string,
    asOfText: string,
  ): Promise<AllocationResult> {
    requireRole(ctx.actor, READERS);
    const projectId = input.uuid('projectId', projectIdText);
    const asOf = input.date('asOf', asOfText);
    return ctx.inTenant(async (tx) => {
      const project = await loadProject(tx, projectId);
      const context = await loadPlanningContext(tx, projectId, asOf);
      const active = await reportRowsRepository.activeByMunicipality(tx, projectId, asOf);
      const waiting = await reportRowsRepository.referralsWaiting(tx, projectId);
      const year = LocalDate.parts(asOf).year;
      const status = budgetStatus({
        budget: budgetOf(project, year),
        year,
        asOf,
        posts: costedPosts(context),
        onCost: onCostFor(context, year),
      });
      if (!status.ok)
        throw new AppError('BAD_USER_INPUT', describeFundingError(status.error.code, 'sv'), {
          reason: status.error.code,
        });
      const lines = currentLines(context);
      return {
        projectId,
        asOf,
        version: project.allocationVersion,
        totalFte: Fte.toDecimal(Fte.sum(lines.map((l) => l.fte))),
        rows: context.municipalities.map((m) =>
          capacityRow(
            m,
            lines.find((l) => l.municipalityId === m.id)?.fte ?? Fte.zero,
            active.get(m.id) ?? 0,
            waiting.get(m.id) ?? 0,
          ),
        ),
        budgetYear: year,
        budget: status.value.budget,
        committed: status.value.committed,
        forecast: status.value.forecast,
        margin: status.value.margin,
      };
    });
  },

  /** Active participants per FTE per month, per municipality and per coach: what posts move on. */
  async caseloadSeries(
    ctx: RequestContext,
    projectIdText: string,
    fromText: string,
    toText: string,
  ) {
    requireRole(ctx.actor, READERS);
    const projectId = input.uuid('projectId', projectIdText);
    const from = LocalDate.startOfMonth(input.date('from', fromText));
    const to = input.date('to', toText);
    const range = Period.between(from, to);
    if (!range.ok)
      throw badInput('to', describeDomainError(range.error.code, 'sv'), range.error.code);
    if (LocalDate.daysBetween(from, to) > 366 * 5)
      throw badInput('to', 'Högst fem år åt gången.', 'PERIOD.TOO_LONG');
    const actor = requireRole(ctx.actor, READERS);
    const cacheKey = JSON.stringify([
      'caseloadSeries',
      projectId,
      from,
      to,
      actor.role === 'municipal_chief' ? actor.municipalityId : null,
    ]);
    return ctx.reportCache.getOrCompute(actor.associationId, cacheKey, () =>
      ctx.inTenant(async (tx, actor) => {
        await loadProject(tx, projectId);
        const scope =
          actor.role === 'municipal_chief' && actor.municipalityId
            ? { municipalityId: actor.municipalityId }
            : {};
        // Active enrollments counted in SQL, per municipality and per coach in one statement.
        const active = await reportTalliesRepository.activeByMonthPerUnit(
          tx,
          { projectId, ...scope },
          { range: range.value },
        );
        const posts = await reportRowsRepository.posts(tx, { projectId, ...scope });
        const coachRows = await coaches.list(tx, {
          filter: scope.municipalityId ? { municipalityId: scope.municipalityId } : {},
          limit: 1000,
          offset: 0,
        });
        const coachPosts = coachRows.map((c) => ({
          municipalityId: c.municipalityId,
          coachId: c.id,
          fte: c.fte,
          period: { start: c.employedFrom, end: c.employedUntil ?? LocalDate.of(9999, 1, 1) },
        }));
        const municipalityRows = await tx.query<{ id: string; name: string }>(
          `SELECT id, name FROM municipalities WHERE association_id = $1 ORDER BY name`,
          [tx.associationId],
        );
        const byMunicipality = caseloadSeriesPointsFromCounts(active.municipality, posts, {
          range: range.value,
          by: 'municipality',
        });
        const byCoach = caseloadSeriesPointsFromCounts(active.coach, coachPosts, {
          range: range.value,
          by: 'coach',
        });
        const months = Period.months(range.value).map((m) => m.start.slice(0, 7));
        return {
          months,
          target: CASELOAD_TARGET_PER_FTE,
          municipalities: municipalityRows
            .filter((m) => !scope.municipalityId || m.id === scope.municipalityId)
            .map((m) => ({
              key: m.id,
              label: m.name,
              municipalityId: m.id,
              points: caseloadLine(byMunicipality, m.id),
            })),
          coaches: coachRows.map((c) => ({
            key: c.id,
            label: c.name,
            municipalityId: c.municipalityId,
            points: caseloadLine(byCoach, c.id),
          })),
        };
      }),
    );
  },

  async plan(
    ctx: RequestContext,
    args: {
      projectId: string;
      method: ApportionMethod;
      step: number;
      effectiveFrom: string;
      bounds: { municipalityId: string; min?: number | null; max?: number | null }[];
    },
  ) {
    requireRole(ctx.actor, READERS);
    const projectId = input.uuid('projectId', args.projectId);
    const effectiveFrom = input.date('effectiveFrom', args.effectiveFrom);
    const step = input.fte('step', args.step);
    if (step === 0) throw badInput('step', 'Steget måste vara större än 0.', 'APPORTION.BAD_STEP');
    const bounds = Object.fromEntries(
      args.bounds.map((b, i) => [
        input.uuid(`bounds.${i}.municipalityId`, b.municipalityId),
        {
          ...(b.min != null ? { min: input.fte(`bounds.${i}.min`, b.min, { max: 10_000 }) } : {}),
          ...(b.max != null ? { max: input.fte(`bounds.${i}.max`, b.max, { max: 10_000 }) } : {}),
        },
      ]),
    );
    const actor = requireRole(ctx.actor, READERS);
    const cacheKey = JSON.stringify(['plan', projectId, args.method, step, effectiveFrom, bounds]);
    return ctx.reportCache.getOrCompute(actor.associationId, cacheKey, () =>
      ctx.inTenant(async (tx) => {
        const project = await loadProject(tx, projectId);
        requireInProject(project, effectiveFrom, 'effectiveFrom');
        const context = await loadPlanningContext(tx, projectId, effectiveFrom);
        const active = await reportRowsRepository.activeByMunicipality(
          tx,
          projectId,
          effectiveFrom,
        );
        const year = LocalDate.parts(effectiveFrom).year;
        const current = currentLines(context);
        const planned = planReallocation({
          current,
          demand: context.municipalities.map((m) => ({
            municipalityId: m.id,
            activeParticipants: active.get(m.id) ?? 0,
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
          throw badInput(field, describeFundingError(planned.error.code, 'sv'), planned.error.code);
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
    args: { projectId: string; effectiveFrom: string; lines: DraftLine[]; step?: number | null },
  ) {
    requireRole(ctx.actor, READERS);
    const projectId = input.uuid('projectId', args.projectId);
    const effectiveFrom = input.date('effectiveFrom', args.effectiveFrom);
    const step = input.fte('step', args.step ?? 0.5);
    const lines = parseLines(args.lines);
    return ctx.inTenant(async (tx) => {
      const project = await loadProject(tx, projectId);
      requireInProject(project, effectiveFrom, 'effectiveFrom');
      const context = await loadPlanningContext(tx, projectId, effectiveFrom);
      const violations = draftViolations(project, context, effectiveFrom, lines, step);
      const budgetEffect = await draftEffect(tx, project, context, effectiveFrom, lines);
      return { violations, budgetEffect };
    });
  },

  /**
   * Writes the next allocation and the decision in one transaction. A repeated
   * idempotency key returns the first result; a stale version gets CONFLICT.
   */
  async decide(
    ctx: RequestContext,
    args: {
      projectId: string;
      effectiveFrom: string;
      reason: string;
      method?: ApportionMethod | null;
      lines: DraftLine[];
      expectedVersion: number;
      idempotencyKey: string;
    },
  ) {
    const actor = requireRole(ctx.actor, DECIDERS);
    const projectId = input.uuid('input.projectId', args.projectId);
    const effectiveFrom = input.date('input.effectiveFrom', args.effectiveFrom);
    const reason = input.text('input.reason', args.reason, { min: 3, max: 2000 });
    const key = args.idempotencyKey.trim();
    if (!/^[\w-]{8,100}$/.test(key))
      throw badInput('input.idempotencyKey', 'Ogiltig idempotensnyckel.', 'IDEMPOTENCY.FORMAT');
    if (!Number.isInteger(args.expectedVersion) || args.expectedVersion < 1)
      throw badInput('input.expectedVersion', 'Ogiltig version.', 'VERSION.FORMAT');
    const lines = parseLines(args.lines, 'input.lines');
    const replay = await ctx.inTenant((tx) => allocationRepository.findByIdempotencyKey(tx, key));
    if (replay) return replay;
    try {
      return await ctx.inTenant(async (tx) => {
        const project = await loadProject(tx, projectId);
        requireInProject(project, effectiveFrom, 'input.effectiveFrom');
        if (project.allocationVersion !== args.expectedVersion)
          throw conflict(project.allocationVersion);
        const context = await loadPlanningContext(tx, projectId, effectiveFrom);
        const violations = draftViolations(
          project,
          context,
          effectiveFrom,
          lines,
          Fte.ofHundredths(1),
        );
        const first = violations[0];
        if (first) {
          const index = lines.findIndex((l) => l.municipalityId === first.municipalityId);
          throw new AppError('BAD_USER_INPUT', first.message, {
            field: index >= 0 ? `input.lines.${index}.fte` : 'input.lines',
            reason: first.code,
            violations,
          });
        }
        const decided = await allocationRepository.decide(tx, {
          projectId,
          effectiveFrom,
          reason,
          method: args.method ?? null,
          decidedBy: actor.id,
          expectedVersion: args.expectedVersion,
          idempotencyKey: key,
          lines,
        });
        await auditRepository.append(tx, {
          userId: actor.id,
          role: actor.role,
          action: 'decide',
          entity: 'reallocation',
          entityIds: [decided.id],
          requestId: ctx.requestId,
          detail: { projectId, effectiveFrom },
        });
        return decided;
      });
    } catch (error) {
      if (
        error instanceof PersistenceError &&
        (error.code === 'CONFLICT' || error.code === 'DUPLICATE')
      ) {
        // The same key may have won in a concurrent request: answer with its result.
        const winner = await ctx.inTenant((tx) =>
          allocationRepository.findByIdempotencyKey(tx, key),
        );
        if (winner) return winner;
        // Not a race: the date is taken. Say so, instead of "someone else decided first".
        if (error.constraint === 'effective_from')
          throw badInput(
            'input.effectiveFrom',
            'Det finns redan en omfördelning som börjar samma dag eller senare. Välj ett senare datum.',
            'REALLOCATION.NOT_AFTER_LATEST',
          );
        const version = await ctx.inTenant((tx) =>
          allocationRepository.allocationVersion(tx, projectId),
        );
        throw conflict(version ?? args.expectedVersion);
      }
      throw error;
    }
  },
};

function conflict(
  currentVersion: number,
  message = 'Någon annan har beslutat en omfördelning under tiden. Ladda om för att se den nya fördelningen.',
): AppError {
  return new AppError('CONFLICT', message, { currentVersion });
}

function parseLines(lines: readonly DraftLine[], field = 'lines') {
  if (lines.length === 0 || lines.length > 500)
    throw badInput(field, 'Ange tjänstegrad för kommunerna.', 'REALLOCATION.NO_LINES');
  return lines.map((line, index) => ({
    municipalityId: input.uuid(`${field}.${index}.municipalityId`, line.municipalityId),
    fte: input.fte(`${field}.${index}.fte`, line.fte, { max: 10_000 }),
  }));
}

function draftViolations(
  project: Project,
  context: PlanningContext,
  effectiveFrom: LocalDate,
  lines: { municipalityId: string; fte: Fte }[],
  step: Fte,
) {
  const year = LocalDate.parts(effectiveFrom).year;
  const current = currentLines(context);
  const proposed = current.map(
    (c) => lines.find((l) => l.municipalityId === c.municipalityId) ?? c,
  );
  const unknown = lines.filter((l) => !current.some((c) => c.municipalityId === l.municipalityId));
  return [
    ...validateReallocation(current, [...proposed, ...unknown], {
      step,
      budget: {
        annual: budgetOf(project, year),
        onCostPercent: onCostFor(context, year),
        salaries: context.salaries,
        effectiveFrom,
        yearEnd: LocalDate.min(LocalDate.of(year + 1, 1, 1), project.period.end),
      },
    }),
  ].map((v) => ({
    code: v.code,
    message: violationMessage(v),
    municipalityId: v.municipalityId ?? null,
  }));
}

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
  if (!effect.ok)
    throw new AppError('BAD_USER_INPUT', describeFundingError(effect.error.code, 'sv'), {
      reason: effect.error.code,
    });
  return {
    budget: effect.value.before.budget,
    committed: effect.value.before.committed,
    forecastBefore: effect.value.before.forecast,
    forecastAfter: effect.value.after.forecast,
    marginBefore: effect.value.before.margin,
    marginAfter: effect.value.after.margin,
  };
}

export type { Actor };
