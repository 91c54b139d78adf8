import { LocalDate } from '@finsam-se/domain';
import { projects } from '@finsam-se/persistence';
import { stockholmDateOf } from '../clock/today.js';
import { type AppDeps, createRequestContext } from '../context.js';
import type { ReportFilterInput } from './report.type.js';
import { type ReportName, reportService } from './report.service.js';

/**
 * Who the warm-up reads as: an association-wide internal reader (the policy's scope of a
 * manager), so its entries have the keys the managers', board's and steering group's own
 * requests have. No person is shown, so nothing is audited.
 */
const warmActor = (associationId: string) => ({
  associationId,
  associationName: '',
  id: '00000000-0000-0000-0000-000000000000',
  email: 'report-cache-warm@localhost',
  name: 'report cache warm-up',
  role: 'manager' as const,
  municipalityId: null,
  coachId: null,
  organisation: null,
  active: true,
  sessionGeneration: 0,
});

/**
 * The figures the panel opens with, as it asks for them: the reports page (the outcome
 * report, this year up to today) and the dashboard's charts (referrals and phase funnel this
 * year up to today, the survey for the calendar year), all for the project the panel starts
 * with (the first running today, else the first by start date: admin's defaultProjectId).
 */
export async function defaultFigures(
  deps: AppDeps,
  associationId: string,
): Promise<{ name: ReportName; filter: ReportFilterInput }[]> {
  const today = stockholmDateOf(deps.now());
  const year = LocalDate.parts(today).year;
  const listed = await deps.database.withTenant(associationId, (tx) =>
    projects.list(tx, { sortField: 'startsOn', sortOrder: 'ASC', limit: 100, offset: 0 }),
  );
  const running = listed.find((p) => p.period.start <= today && today < p.period.end);
  const projectId = (running ?? listed[0])?.id;
  if (!projectId) return [];
  const thisYear = { projectId, from: `${year}-01-01`, to: today };
  return [
    { name: 'outcome', filter: thisYear },
    { name: 'referralStats', filter: thisYear },
    { name: 'phaseFunnel', filter: thisYear },
    { name: 'survey', filter: { projectId, from: `${year}-01-01`, to: `${year + 1}-01-01` } },
  ];
}

export type ReportWarmer = {
  /** Queues the association's warm-up; one runs at a time, a queued duplicate is dropped. */
  schedule(associationId: string): void;
  /** Resolves when nothing is queued or running. */
  idle(): Promise<void>;
};

/**
 * Computes the default figures into the cache after the nightly jobs, one figure at a time
 * so requests keep the pool. A failure is logged and skipped: warming is an optimisation,
 * the first reader then computes the figure as without it.
 */
export function createReportWarmer(deps: AppDeps): ReportWarmer {
  const queued = new Set<string>();
  let chain: Promise<void> = Promise.resolve();
  const warm = async (associationId: string) => {
    queued.delete(associationId);
    const started = performance.now();
    let warmed = 0;
    try {
      const ctx = createRequestContext(
        deps,
        `report-cache-warm:${associationId}`,
        'internal',
        warmActor(associationId),
      );
      for (const { name, filter } of await defaultFigures(deps, associationId)) {
        await reportService.run(ctx, name, filter).then(
          () => (warmed += 1),
          (error: unknown) =>
            deps.log.warn({ associationId, report: name, err: messageOf(error) }, 'not warmed'),
        );
      }
    } catch (error) {
      deps.log.warn({ associationId, err: messageOf(error) }, 'report cache warm-up failed');
    }
    deps.log.info(
      { associationId, warmed, ms: Math.round(performance.now() - started) },
      'report cache warmed',
    );
  };
  return {
    schedule(associationId) {
      if (queued.has(associationId)) return;
      queued.add(associationId);
      chain = chain.then(() => warm(associationId));
    },
    idle: async () => {
      let seen: Promise<void> | undefined;
      while (seen !== chain) {
        seen = chain;
        await seen;
      }
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
