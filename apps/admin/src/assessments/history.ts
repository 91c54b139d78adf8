// Pure helpers for the assessment tab: scores by date, first against latest per item and area.
import type {
  Assessment,
  AssessmentDefinition,
  AssessmentItem,
  AssessmentScore,
} from '../api/followUpOperations';

export const SCORES = [1, 2, 3, 4, 5] as const;

export interface ItemRow {
  item: AssessmentItem;
  /** One score per assessment (oldest first); null when the item was not scored. */
  scores: (number | null)[];
  first: number | null;
  last: number | null;
  change: number | null;
}
export interface AreaRow {
  area: string;
  first: number | null;
  last: number | null;
  change: number | null;
}
export interface DefinitionHistory {
  assessments: Assessment[];
  items: ItemRow[];
  areas: AreaRow[];
}

function byDate(a: Assessment, b: Assessment): number {
  return a.on < b.on ? -1 : a.on > b.on ? 1 : a.id.localeCompare(b.id);
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
}

function scoreOf(assessment: Assessment | undefined, item: string): number | null {
  return assessment?.scores.find((s) => s.item === item)?.score ?? null;
}

function diff(first: number | null, last: number | null): number | null {
  return first === null || last === null ? null : last - first;
}

/** The assessments of one definition, oldest first, with first → latest per item and area. */
export function definitionHistory(
  definition: AssessmentDefinition,
  all: readonly Assessment[],
): DefinitionHistory {
  const assessments = all.filter((a) => a.definition === definition.key).sort(byDate);
  const first = assessments[0];
  const latest = assessments.length > 1 ? assessments[assessments.length - 1] : undefined;
  const items = definition.items.map((item): ItemRow => {
    const f = scoreOf(first, item.key);
    const l = latest ? scoreOf(latest, item.key) : null;
    return {
      item,
      scores: assessments.map((a) => scoreOf(a, item.key)),
      first: f,
      last: l,
      change: diff(f, l),
    };
  });
  const areas: AreaRow[] = [];
  for (const area of new Set(definition.items.map((i) => i.area))) {
    const rows = items.filter((r) => r.item.area === area);
    const f = mean(rows.flatMap((r) => (r.first === null ? [] : [r.first])));
    const l = mean(rows.flatMap((r) => (r.last === null ? [] : [r.last])));
    areas.push({ area, first: f, last: l, change: diff(f, l) });
  }
  return { assessments, items, areas };
}

/** The scores to send, in the definition's order; null until every item has a score 1–5. */
export function completeScores(
  definition: AssessmentDefinition,
  picked: Readonly<Record<string, number>>,
): AssessmentScore[] | null {
  const scores: AssessmentScore[] = [];
  for (const item of definition.items) {
    const score = picked[item.key];
    if (score === undefined || !Number.isInteger(score) || score < 1 || score > 5) return null;
    scores.push({ item: item.key, score });
  }
  return scores;
}

/** A signed change, e.g. "+1", "−0,5", "0"; "–" when unknown. */
export function formatChange(change: number | null): string {
  if (change === null) return '–';
  const rounded = Math.round(change * 10) / 10;
  const text = Math.abs(rounded).toLocaleString('sv-SE', { maximumFractionDigits: 1 });
  return rounded > 0 ? `+${text}` : rounded < 0 ? `\u2212${text}` : '0';
}

/** A score or mean with at most one decimal, "–" when unknown. */
export function formatScore(score: number | null): string {
  return score === null ? '–' : score.toLocaleString('sv-SE', { maximumFractionDigits: 1 });
}
