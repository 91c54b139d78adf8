import { parsePersonnummer } from '@finsam-se/domain';

/** What a search box's text asks for: a person by number, by name words, or nobody. */
export type ParticipantSearch =
  { readonly personnummer: string } | { readonly nameWords: readonly string[] } | null;

/**
 * Reads the participant list's search text. A personnummer in any written form (10 or
 * 12 digits, with or without `-` or `+`) is looked up by its keyed hash; a number that
 * is not a valid personnummer finds nobody. Anything else is a name: every word must
 * begin a word of the first or last name ("Anna Svensson", "svens", "Anna-Karin").
 */
export function participantSearch(text: string, today: string): ParticipantSearch {
  const trimmed = text.trim();
  const compact = trimmed.replace(/\s+/g, '');
  if (/^[\d+-]+$/.test(compact)) {
    const parsed = parsePersonnummer(compact, { today });
    return parsed.ok ? { personnummer: parsed.value.normalized } : null;
  }
  const nameWords = trimmed
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((word) => word.length > 0);
  return { nameWords };
}
