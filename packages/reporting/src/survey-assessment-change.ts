import {
  type AssessmentDefinition,
  type AssessmentScores,
  type LocalDate,
  assessmentChange,
} from '@finsam-se/domain';
import type { Gender } from '@finsam-se/domain';
import { genderLabels, totalLabel } from './labels.js';
import {
  type Cell,
  type Column,
  type Row,
  type Table,
  countCell,
  valueCell,
  withShares,
} from './table.js';

/** One recorded assessment (no free text: the note never leaves the coach's scope). */
export type AssessmentRow = {
  readonly participantId: string;
  readonly gender: Gender;
  readonly definitionKey: string;
  readonly on: LocalDate;
  readonly scores: AssessmentScores;
};

const changeColumns: readonly Column[] = [
  {
    key: 'participants',
    label: {
      sv: 'Deltagare med minst två bedömningar',
      en: 'Participants with two or more assessments',
    },
    kind: 'count',
    unit: 'persons',
    sumOf: ['improved', 'unchanged', 'worsened'],
  },
  {
    key: 'improved',
    label: { sv: 'Förbättrat', en: 'Improved' },
    kind: 'count',
    unit: 'persons',
    shareOf: 'participants',
  },
  {
    key: 'unchanged',
    label: { sv: 'Oförändrat', en: 'Unchanged' },
    kind: 'count',
    unit: 'persons',
    shareOf: 'participants',
  },
  {
    key: 'worsened',
    label: { sv: 'Försämrat', en: 'Worsened' },
    kind: 'count',
    unit: 'persons',
    shareOf: 'participants',
  },
  {
    key: 'mean_first',
    label: { sv: 'Medel första', en: 'Mean first' },
    kind: 'value',
    unit: 'score',
    derivedFrom: ['participants'],
  },
  {
    key: 'mean_last',
    label: { sv: 'Medel senaste', en: 'Mean latest' },
    kind: 'value',
    unit: 'score',
    derivedFrom: ['participants'],
  },
  {
    key: 'mean_change',
    label: { sv: 'Medelförändring', en: 'Mean change' },
    kind: 'value',
    unit: 'score',
    derivedFrom: ['participants'],
  },
];

type Tally = { n: number; up: number; same: number; down: number; first: number; last: number };

const round = (value: number) => Math.round(value * 1e9) / 1e9;

function cellsOf(t: Tally): Record<string, Cell> {
  const mean = (sum: number) => (t.n === 0 ? null : round(sum / t.n));
  return withShares(changeColumns, {
    participants: countCell(t.n),
    improved: countCell(t.up),
    unchanged: countCell(t.same),
    worsened: countCell(t.down),
    mean_first: valueCell(mean(t.first), t.n),
    mean_last: valueCell(mean(t.last), t.n),
    mean_change: valueCell(t.n === 0 ? null : round((t.last - t.first) / t.n), t.n),
  });
}

/**
 * Aggregated change for the steering group: per participant, the first against the latest
 * assessment of the definition (assessments in the rows are already limited to the
 * period); improved when the mean score rose, worsened when it fell. Per item and for the
 * mean, in total and by gender. Participants with a single assessment are left out.
 */
export function assessmentChangeReport(
  rows: readonly AssessmentRow[],
  definition: AssessmentDefinition,
  options: { readonly periodText: string },
): Table {
  const byParticipant = new Map<string, { gender: Gender; history: AssessmentRow[] }>();
  for (const row of rows) {
    if (row.definitionKey !== definition.key) continue;
    const entry = byParticipant.get(row.participantId) ?? { gender: row.gender, history: [] };
    entry.history.push(row);
    byParticipant.set(row.participantId, entry);
  }
  const blank = (): Tally => ({ n: 0, up: 0, same: 0, down: 0, first: 0, last: 0 });
  const keys = ['mean', ...definition.items.map((i) => i.key)];
  const total = new Map(keys.map((k) => [k, blank()]));
  const byGender = new Map<Gender, Map<string, Tally>>();
  for (const { gender, history } of byParticipant.values()) {
    const change = assessmentChange(definition, history);
    if (!change) continue;
    const genderTallies = byGender.get(gender) ?? new Map(keys.map((k) => [k, blank()]));
    byGender.set(gender, genderTallies);
    const add = (key: string, first: number, last: number) => {
      for (const t of [total.get(key), genderTallies.get(key)]) {
        if (!t) continue;
        t.n += 1;
        t.first += first;
        t.last += last;
        if (last > first) t.up += 1;
        else if (last < first) t.down += 1;
        else t.same += 1;
      }
    };
    add('mean', change.meanFirst, change.meanLast);
    for (const item of change.items) add(item.item, item.first, item.last);
  }
  const out: Row[] = [];
  for (const key of keys) {
    const itemLabel =
      key === 'mean'
        ? { sv: 'Medelvärde av alla punkter', en: 'Mean of all items' }
        : (definition.items.find((i) => i.key === key)?.text ?? { sv: key, en: key });
    out.push({
      key,
      label: { sv: `${itemLabel.sv} – ${totalLabel.sv}`, en: `${itemLabel.en} – ${totalLabel.en}` },
      role: 'total',
      sumGroup: key,
      dims: { item: key },
      cells: cellsOf(total.get(key) ?? blank()),
    });
    for (const [gender, tallies] of [...byGender.entries()].sort(([a], [b]) => (a < b ? -1 : 1)))
      out.push({
        key: `${key}:${gender}`,
        label: {
          sv: `${itemLabel.sv} – ${genderLabels[gender].sv}`,
          en: `${itemLabel.en} – ${genderLabels[gender].en}`,
        },
        role: 'detail',
        sumGroup: key,
        dims: { item: key, gender },
        cells: cellsOf(tallies.get(key) ?? blank()),
      });
  }
  return {
    id: 'assessment_change',
    title: {
      sv: `Förändring över tid: ${definition.title.sv}`,
      en: `Change over time: ${definition.title.en}`,
    },
    dimension: { sv: 'Punkt', en: 'Item' },
    definition: {
      sv: `Bedömningar ${options.periodText}: för varje deltagare med minst två bedömningar jämförs den första med den senaste (skala 1–5, högre är bättre). Inga fritexter ingår.`,
      en: `Assessments ${options.periodText}: for every participant with two or more, the first is compared with the latest (scale 1–5, higher is better). No free text is included.`,
    },
    columns: changeColumns,
    rows: out,
  };
}
