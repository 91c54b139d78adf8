import { CASELOAD_TARGET_PER_FTE, LocalDate, Period, type Uuid } from '@finsam-se/domain';
import { coaches, reportRowsRepository, reportTalliesRepository } from '@finsam-se/persistence';
import { caseloadSeriesPointsFromCounts } from '@finsam-se/reporting';
import { authorize, permitted } from '../auth/authorize.js';
import type { RequestContext } from '../context.js';
import { fromRule, refuse } from '../errors/refuse.js';
import { caseloadLine } from './caseload-line.js';
import { together } from '../shared/together.js';
import { loadProject } from './reallocation-support.js';

/** Active participants per FTE per month, per municipality and per coach: what posts move on. */
export async function caseloadSeries(
  ctx: RequestContext,
  projectId: Uuid,
  fromDay: LocalDate,
  to: LocalDate,
) {
  authorize(ctx.actor, 'reallocation.readCaseload');
  const from = LocalDate.startOfMonth(fromDay);
  const range = Period.between(from, to);
  if (!range.ok) throw fromRule(range.error, 'to');
  if (LocalDate.daysBetween(from, to) > 366 * 5)
    throw refuse('PERIOD.TOO_LONG', { field: 'to', params: { years: 5 } });
  const actor = permitted(ctx.actor, 'reallocation.readCaseload');
  const cacheKey = JSON.stringify([
    'caseloadSeries',
    projectId,
    from,
    to,
    actor.role === 'municipal_chief' ? actor.municipalityId : null,
  ]);
  return ctx.reportCache.getOrCompute(actor.associationId, cacheKey, () =>
    ctx.inTenant(async (tx, actor) => {
      const scope =
        actor.role === 'municipal_chief' && actor.municipalityId
          ? { municipalityId: actor.municipalityId }
          : {};
      // Every read at once (one round trip), checked in the order they were read one by one:
      // the project first. Active enrollments are counted in SQL, per municipality and per
      // coach in one statement.
      const [projectRead, activeRead, postsRead, coachesRead, municipalitiesRead] = await together<
        [
          Awaited<ReturnType<typeof loadProject>>,
          Awaited<ReturnType<typeof reportTalliesRepository.activeByMonthPerUnit>>,
          Awaited<ReturnType<typeof reportRowsRepository.posts>>,
          Awaited<ReturnType<typeof coaches.list>>,
          { id: string; name: string }[],
        ]
      >([
        loadProject(tx, projectId),
        reportTalliesRepository.activeByMonthPerUnit(
          tx,
          { projectId, ...scope },
          { range: range.value },
        ),
        reportRowsRepository.posts(tx, { projectId, ...scope }),
        coaches.list(tx, {
          filter: scope.municipalityId ? { municipalityId: scope.municipalityId } : {},
          limit: 1000,
          offset: 0,
        }),
        tx.query<{ id: string; name: string }>(
          `SELECT id, name FROM municipalities WHERE association_id = $1 ORDER BY name`,
          [tx.associationId],
        ),
      ]);
      projectRead();
      const active = activeRead();
      const posts = postsRead();
      const coachRows = coachesRead();
      const coachPosts = coachRows.map((c) => ({
        municipalityId: c.municipalityId,
        coachId: c.id,
        fte: c.fte,
        period: { start: c.employedFrom, end: c.employedUntil ?? LocalDate.of(9999, 1, 1) },
      }));
      const municipalityRows = municipalitiesRead();
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
}
