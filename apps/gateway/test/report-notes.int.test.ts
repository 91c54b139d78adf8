import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ASSOCIATION_ID } from '@finsam-se/persistence';
import { type Client, type Harness, startHarness } from './support/gateway-harness.js';

/**
 * Issue 21 (WCAG 3.1.2): a report's notes come in English too, in the same order as the
 * Swedish, so an English page never shows a Swedish note. Every note of every report, as
 * an internal reader with every filter and as another förbund (disclosure notes).
 */
type Table = { notes: string[]; notesEn: string[] };
/** Each report with the narrowing filters it takes (a filter it does not take is refused). */
const REPORTS = {
  outcomeReport: { gender: 'FEMALE', ageBand: '19_29' },
  phaseFunnel: { gender: 'FEMALE', ageBand: '19_29' },
  afterSupportReport: { gender: 'FEMALE' },
  costReport: {},
  fidelityReport: {},
  selfSupportingReport: { gender: 'FEMALE', ageBand: '19_29' },
  surveyReport: { gender: 'FEMALE' },
} as const;
/** The reports a coach reads (costs are not theirs). */
const COACH_REPORTS = Object.keys(REPORTS).filter((name) => name !== 'costReport');
const period = { from: '2025-01-01', to: '2026-01-01' };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(async () => h?.close());

async function notesOf(client: Client, report: string, filter: Record<string, unknown>) {
  const response = await client.gql<Record<string, Table>>(
    `query($f: ReportFilter!) { ${report}(filter: $f) { notes notesEn } }`,
    { f: { ...period, ...filter } },
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.[report] ?? { notes: [], notesEn: [] };
}

/** Words only the Swedish notes use (names of places and förbund may carry å, ä, ö). */
const SWEDISH = /\b(och|till|inte|räknas|visas|för|Förbund|Kommun|Kön|Endast|Inget|Personer)\b/;

function expectEnglishBeside(table: Table) {
  expect(table.notesEn).toHaveLength(table.notes.length);
  expect(table.notes.length).toBeGreaterThan(0);
  table.notesEn.forEach((en, i) => {
    expect(en).not.toBe(table.notes[i]);
    expect(en).not.toMatch(SWEDISH);
  });
}

describe('report notes in Swedish and English', () => {
  it.each(Object.entries(REPORTS))(
    '%s: a manager with its filters gets each note in English',
    async (report, filter) => {
      const manager = await h.as('manager');
      const table = await notesOf(manager, report, filter);
      expectEnglishBeside(table);
      if ('gender' in filter) expect(table.notesEn).toContain('Gender: Women.');
      if ('ageBand' in filter) expect(table.notesEn.join(' ')).toContain('Age group at enrollment');
    },
  );

  it.each(COACH_REPORTS)("%s: a coach's own-scope notes are in English too", async (report) => {
    expectEnglishBeside(await notesOf(await h.as('coach'), report, {}));
  });

  it("another förbund's disclosure notes are in English too", async () => {
    const external = await h.as('external');
    const table = await notesOf(external, 'outcomeReport', { associationId: DEMO_ASSOCIATION_ID });
    expectEnglishBeside(table);
    expect(table.notes.join(' ')).toContain('Röjandeskydd (k = 5)');
    expect(table.notesEn.join(' ')).toContain('Disclosure control (k = 5)');
    expect(table.notesEn).toContain('Association: Höglandets samordningsförbund.');
  });
});
