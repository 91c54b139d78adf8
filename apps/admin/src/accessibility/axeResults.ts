// The shape of axe-results.json, written by e2e/accessibility.e2e.ts (AXE_RESULTS=1) from a
// real run of axe-core over the panel, and what the accessibility statement may say from it.
import type { Role } from '../api/types';

export type CheckedLocale = 'sv' | 'en';

/** One address as one role saw it in one language (with data or empty where it lists). */
export interface CheckedPage {
  readonly path: string;
  readonly role: Role | 'PUBLIC';
  readonly locale: CheckedLocale;
  readonly state: 'data' | 'empty' | 'single';
  readonly viewport: string;
}

export interface FoundViolation {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  /** Where it was found: "path (role, locale)". */
  readonly pages: readonly string[];
}

export interface AxeResults {
  readonly assessedOn: string;
  readonly engine: string;
  readonly tags: readonly string[];
  readonly pages: readonly CheckedPage[];
  /** Rules that applied to at least one page (passed or failed). */
  readonly rulesApplied: readonly string[];
  readonly violations: readonly FoundViolation[];
}

export type ComplianceStatus = 'full' | 'partial';

/** What the statement says: nothing more than the results cover. */
export interface StatementFacts {
  readonly status: ComplianceStatus;
  readonly assessedOn: string;
  readonly engine: string;
  readonly tags: readonly string[];
  readonly addresses: readonly string[];
  readonly roles: readonly string[];
  readonly locales: readonly CheckedLocale[];
  readonly pageChecks: number;
  readonly rules: number;
  readonly violations: readonly FoundViolation[];
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)].sort();

/**
 * The statement's claims, from the results alone. Automated checks find only part of what
 * WCAG asks (no tool judges a text alternative's meaning or a sensible reading order), and
 * no manual audit has been made, so the panel is at most "delvis förenlig": a status of
 * "full" would need a recorded manual review, which this file does not have.
 */
export function statementFacts(results: AxeResults): StatementFacts {
  return {
    status: 'partial',
    assessedOn: results.assessedOn,
    engine: results.engine,
    tags: results.tags,
    addresses: unique(results.pages.map((page) => page.path)),
    roles: unique(results.pages.map((page) => page.role)),
    locales: unique(results.pages.map((page) => page.locale)),
    pageChecks: results.pages.length,
    rules: results.rulesApplied.length,
    violations: results.violations,
  };
}

/** Addresses of the panel a role can open that the results do not cover (shown as gaps). */
export function uncheckedPaths(
  results: AxeResults,
  role: Role,
  paths: readonly string[],
): string[] {
  const checked = new Set(
    results.pages.filter((page) => page.role === role).map((page) => page.path),
  );
  return paths.filter((path) => !checked.has(path));
}
