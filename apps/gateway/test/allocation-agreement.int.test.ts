// Agreement: the allocation in force on a day is one rule, domain's `allocationOn`. The posts
// list still filters in SQL (`allPosts(filter: { activeOn })`, for paging), so this proves
// SQL = rule on every day where the answer could change (each post's first and last day and
// the days either side), and that the reallocation screen shows the rule's FTE.
import { Fte, LocalDate, allocationOn } from '@finsam-se/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type Harness, startHarness } from './support/gateway-harness.js';

type PostView = { municipalityId: string; fte: number; startsOn: string; endsOn: string };
type Project = { id: string; startsOn: string; endsOn: string };

const POSTS = `query P($filter: PostFilter) {
  allPosts(filter: $filter, perPage: 500) { municipalityId fte startsOn endsOn } }`;
const ALLOCATION = `query A($projectId: UUID!, $asOf: LocalDate!) {
  allocation(projectId: $projectId, asOf: $asOf) { rows { municipalityId fte } } }`;

let h: Harness;
let steering: Client;
let projects: Project[] = [];

const hundredths = (fte: number) => Math.round(fte * 100);

/** FTE per municipality in hundredths, without zero lines, in a stable order. */
function byMunicipality(entries: Iterable<[string, number]>): [string, number][] {
  const sums = new Map<string, number>();
  for (const [id, fte] of entries) sums.set(id, (sums.get(id) ?? 0) + fte);
  return [...sums].filter(([, fte]) => fte > 0).sort(([a], [b]) => a.localeCompare(b));
}

async function postsOf(filter: Record<string, unknown>): Promise<PostView[]> {
  const response = await steering.gql<{ allPosts: PostView[] }>(POSTS, { filter });
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.allPosts ?? [];
}

beforeAll(async () => {
  h = await startHarness();
  steering = await h.as('steering');
  const list = await steering.gql<{ allProjects: Project[] }>(
    '{ allProjects(sortField: "startsOn", sortOrder: "ASC") { id startsOn endsOn } }',
  );
  projects = list.body.data?.allProjects ?? [];
});
afterAll(async () => h.close());

describe('allocation in force: SQL = allocationOn = reallocation screen', () => {
  it('agrees on every day a post starts or ends, and the days either side', async () => {
    expect(projects.length).toBeGreaterThan(0);
    let compared = 0;
    for (const project of projects) {
      const all = await postsOf({ projectId: project.id });
      expect(all.length).toBeLessThan(500); // one page: the SQL side is never cut short
      const posts = all.map((p) => ({
        municipalityId: p.municipalityId,
        fte: Fte.ofHundredths(hundredths(p.fte)),
        period: { start: LocalDate.from(p.startsOn), end: LocalDate.from(p.endsOn) },
      }));
      const days = new Set<string>();
      for (const p of all)
        for (const edge of [p.startsOn, p.endsOn])
          for (const shift of [-1, 0, 1]) days.add(LocalDate.addDays(LocalDate.from(edge), shift));
      for (const day of [...days].sort()) {
        const rule = byMunicipality(allocationOn(posts, LocalDate.from(day)));
        const sql = byMunicipality(
          (await postsOf({ projectId: project.id, activeOn: day })).map((p) => [
            p.municipalityId,
            hundredths(p.fte),
          ]),
        );
        expect({ day, sql }).toEqual({ day, sql: rule });
        if (day >= project.startsOn && day < project.endsOn) {
          const screen = await steering.gql<{
            allocation: { rows: { municipalityId: string; fte: number }[] };
          }>(ALLOCATION, { projectId: project.id, asOf: day });
          expect(screen.body.errors).toBeUndefined();
          const shown = byMunicipality(
            (screen.body.data?.allocation.rows ?? []).map((r) => [
              r.municipalityId,
              hundredths(r.fte),
            ]),
          );
          expect({ day, shown }).toEqual({ day, shown: rule });
        }
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });
});
