// Which of an audit entry's ids the log page shows: one entry may list a whole page of people.

export interface EntityIdsSummary {
  count: number;
  shown: string[];
  /** Ids not shown. */
  more: number;
}

/**
 * The first `max` ids of an entry, with the id searched for (if the entry has it) first,
 * so a filtered row always shows why it matched.
 */
export function summariseEntityIds(
  ids: readonly string[],
  options: { max?: number; first?: string } = {},
): EntityIdsSummary {
  const max = options.max ?? 3;
  const first = options.first?.trim().toLowerCase();
  const ordered =
    first && ids.includes(first) ? [first, ...ids.filter((id) => id !== first)] : [...ids];
  const shown = ordered.slice(0, max);
  return { count: ids.length, shown, more: ids.length - shown.length };
}
