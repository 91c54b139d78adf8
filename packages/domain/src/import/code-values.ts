import type { CodeList } from '../reference/code-lists.js';

const key = (text: string) => text.trim().toLocaleLowerCase('sv');

/** A cell's list of values: separated by commas, semicolons, bars or line breaks. */
export function splitValues(cell: string): string[] {
  return cell
    .split(/[,;|\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * A code from its code or its Swedish or English label ("Sjukersättning" →
 * `sickness_compensation`); the text itself when nothing matches, so the domain's own
 * code-list rule refuses it with its own code.
 */
export function codeOf(list: CodeList, text: string): string {
  const wanted = key(text);
  const found = list.entries.find(
    (entry) =>
      key(entry.code) === wanted ||
      key(entry.label.sv) === wanted ||
      key(entry.label.en) === wanted,
  );
  return found?.code ?? text.trim();
}

/** A value of a closed set from its code or one of its names; undefined when none matches. */
export function pickValue<T extends string>(
  names: Readonly<Record<T, readonly string[]>>,
  text: string,
): T | undefined {
  const wanted = key(text);
  for (const [value, aliases] of Object.entries(names) as [T, readonly string[]][])
    if (key(value) === wanted || aliases.some((alias) => key(alias) === wanted)) return value;
  return undefined;
}
