import { type OutcomeKind, occupationsAfter } from '@finsam-se/domain';

const kinds = new Map<string, OutcomeKind>(
  occupationsAfter.entries.flatMap((entry) =>
    entry.outcome ? [[entry.code, entry.outcome] as const] : [],
  ),
);

/**
 * How the outcome figures count an occupation-after code (from the occupation-after code
 * list). A missing or unknown code counts as `other`.
 */
export function outcomeKindOf(occupationAfter: string | null): OutcomeKind {
  if (occupationAfter === null) return 'other';
  return kinds.get(occupationAfter) ?? 'other';
}

/** The goal numerator: regular work (incl. self-employment) or studies. Not wage-subsidised work. */
export function isWorkOrStudies(occupationAfter: string | null): boolean {
  const kind = outcomeKindOf(occupationAfter);
  return kind === 'work' || kind === 'studies';
}
