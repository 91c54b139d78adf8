// Choices of the versioned code lists (income sources, occupation after, discharge reasons),
// read from the gateway's codeLists query once a session instead of copied into the panel.
import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';
import type { CodeListData, CodeListId } from '../api/types';
import { useFinsam } from '../api/useFinsam';
import { useFinsamQuery } from '../api/useFinsamQuery';
import { toIsoDate } from '../lib/format';

export interface CodeChoice {
  id: string;
  /** The label in the panel's language, as the gateway words it. */
  name: string;
}

/** The codes of one list valid on a date, in the list's order, labelled in the language. */
export function codeListChoices(
  lists: readonly CodeListData[],
  id: CodeListId,
  locale: string,
  on: string,
): CodeChoice[] {
  const entries = lists.find((list) => list.id === id)?.entries ?? [];
  return entries
    .filter((e) => e.validFrom <= on && (e.validUntil === null || on < e.validUntil))
    .map((e) => ({ id: e.code, name: locale === 'en' ? e.labelEn : e.labelSv }));
}

/** A list's choices valid today; empty until the lists have loaded (once a session). */
export function useCodeListChoices(id: CodeListId): CodeChoice[] {
  const finsam = useFinsam();
  const [locale] = useLocaleState();
  const lists = useFinsamQuery(['codeLists'], () => finsam.codeLists(), { forTheSession: true });
  const today = toIsoDate(new Date());
  return useMemo(
    () => codeListChoices(lists.data ?? [], id, locale, today),
    [lists.data, id, locale, today],
  );
}
