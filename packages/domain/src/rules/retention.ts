import { LocalDate } from '../core/local-date.js';

// Gallring: how long personal data is kept, and who is due. The persistence side only reads
// the facts and carries out what this decides.

export const retentionKinds = ['identifying_data', 'audit_log'] as const;
export type RetentionKind = (typeof retentionKinds)[number];

/**
 * Defaults when an association has no rule of its own: identifying data 5 years after the
 * person's last enrollment (or referral, follow-up or after-support) ended; the audit log
 * 10 years.
 */
export const RETENTION_DEFAULTS: Readonly<Record<RetentionKind, number>> = {
  identifying_data: 5,
  audit_log: 10,
};

export type RetentionRule = {
  readonly kind: RetentionKind;
  readonly years: number;
  readonly isDefault: boolean;
};

/** Every kind's rule: the association's own where it set one, else the default. */
export function retentionRules(
  own: readonly { readonly kind: RetentionKind; readonly years: number }[],
): RetentionRule[] {
  return retentionKinds.map((kind) => {
    const rule = own.find((r) => r.kind === kind);
    return rule
      ? { kind, years: rule.years, isDefault: false }
      : { kind, years: RETENTION_DEFAULTS[kind], isDefault: true };
  });
}

/** The years a kind is kept under these rules. */
export function retentionYears(rules: readonly RetentionRule[], kind: RetentionKind): number {
  return rules.find((r) => r.kind === kind)?.years ?? RETENTION_DEFAULTS[kind];
}

/**
 * The earliest day still kept: `asOf` less `years` calendar years (29 February falls back to
 * 28 February). Whatever ended before it is due.
 */
export function retentionCutoff(asOf: LocalDate, years: number): LocalDate {
  return LocalDate.addMonths(asOf, -12 * years);
}

/** What the register knows about a person, for gallring. */
export type RetentionFacts = {
  readonly participantId: string;
  /** The last day anything about the person ended (discharge, referral, follow-up, after-support). */
  readonly lastEndedOn: LocalDate;
  /** An enrollment or after-support still running: never due, however old. */
  readonly ongoing: boolean;
};

export type RetentionCandidate = {
  readonly participantId: string;
  readonly lastEndedOn: LocalDate;
};

/**
 * The people whose identifying data is due for anonymisation on `asOf`: nothing ongoing and
 * the last thing about them ended before the cutoff. Oldest first, then by id.
 */
export function dueForAnonymisation(
  people: readonly RetentionFacts[],
  asOf: LocalDate,
  years: number,
): RetentionCandidate[] {
  const cutoff = retentionCutoff(asOf, years);
  return people
    .filter((person) => !person.ongoing && person.lastEndedOn < cutoff)
    .map(({ participantId, lastEndedOn }) => ({ participantId, lastEndedOn }))
    .sort((a, b) =>
      a.lastEndedOn === b.lastEndedOn
        ? a.participantId < b.participantId
          ? -1
          : a.participantId > b.participantId
            ? 1
            : 0
        : a.lastEndedOn < b.lastEndedOn
          ? -1
          : 1,
    );
}
