/**
 * Names for statements the application runs again and again, so each connection parses
 * and plans them once (a prepared statement) instead of on every request. A text is
 * named from its second run on; texts seen once (bulk inserts of varying width, say) are
 * forgotten in batches, and the number of names is capped, so memory stays bounded
 * whatever SQL is built.
 */
export function createStatementNames(options: { maxNames?: number; maxSeen?: number } = {}) {
  const maxNames = options.maxNames ?? 500;
  const maxSeen = options.maxSeen ?? 5000;
  const names = new Map<string, string>();
  let seenOnce = new Set<string>();
  return {
    /** The prepared-statement name for `text`, or undefined to run it unnamed. */
    nameFor(text: string): string | undefined {
      const known = names.get(text);
      if (known) return known;
      if (!seenOnce.has(text)) {
        if (seenOnce.size >= maxSeen) seenOnce = new Set();
        seenOnce.add(text);
        return undefined;
      }
      if (names.size >= maxNames) return undefined;
      const name = `finsam_${names.size + 1}`;
      names.set(text, name);
      seenOnce.delete(text);
      return name;
    },
    size: () => names.size,
  };
}
