import type { LocalDate } from '../core/local-date.js';

/** What a row's names are looked up in: the association's own organisation, and today. */
export type ImportLookups = {
  readonly today: LocalDate;
  readonly municipalities: readonly { id: string; name: string; code: string }[];
  readonly projects: readonly {
    id: string;
    name: string;
    period: { start: LocalDate; end: LocalDate };
  }[];
  readonly coaches: readonly {
    id: string;
    name: string;
    email: string | null;
    municipalityId: string;
  }[];
};

const key = (text: string) => text.trim().toLocaleLowerCase('sv');

/** The first entry whose id or one of its names equals the text, ignoring case. */
export function lookUp<T extends { id: string }>(
  entries: readonly T[],
  text: string,
  names: (entry: T) => readonly (string | null)[],
): T | undefined {
  const wanted = key(text);
  return entries.find(
    (entry) =>
      entry.id === text.trim() ||
      names(entry).some((name) => name !== null && key(name) === wanted),
  );
}
