import { type CodeList, type Gender } from '@finsam-se/domain';
import { type Label, plain } from './table.js';
import type { Labels } from './rows.js';

export const genderLabels: Readonly<Record<Gender, Label>> = {
  female: { sv: 'Kvinnor', en: 'Women' },
  male: { sv: 'Män', en: 'Men' },
  other: { sv: 'Annat', en: 'Other' },
};

export const totalLabel: Label = { sv: 'Totalt', en: 'Total' };

/** The label of an id from a names map, or the id itself. */
export function nameLabel(id: string, labels: Labels | undefined): Label {
  return plain(labels?.[id] ?? id);
}

/** The label of a code in a code list, or the code itself. */
export function codeLabel(list: CodeList, code: string): Label {
  const entry = list.entries.find((candidate) => candidate.code === code);
  return entry ? { sv: entry.label.sv, en: entry.label.en } : plain(code);
}

/** Sorts codes in code-list order; unknown codes after, alphabetically. */
export function byCodeListOrder(list: CodeList): (a: string, b: string) => number {
  const index = new Map(list.entries.map((entry, position) => [entry.code, position]));
  return (a, b) => {
    const ia = index.get(a) ?? Number.MAX_SAFE_INTEGER;
    const ib = index.get(b) ?? Number.MAX_SAFE_INTEGER;
    return ia !== ib ? ia - ib : a < b ? -1 : a > b ? 1 : 0;
  };
}

/** Month key `YYYY-MM` of a date. */
export const monthKey = (date: string): string => date.slice(0, 7);
