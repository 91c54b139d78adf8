import type { Fte } from '../core/fte.js';
import type { LocalDate } from '../core/local-date.js';
import type { Money } from '../core/money.js';
import type { MunicipalityCode } from '../core/municipality-code.js';
import type { Period } from '../core/period.js';
import type { Id, TenantScoped } from './ids.js';

/** A samordningsförbund (FINSAM coordination association): the tenant. */
export type Association = {
  readonly id: Id;
  readonly name: string;
  /** Organisationsnummer, `NNNNNN-NNNN`. */
  readonly organisationNumber: string;
};

/** A kommun that is a member of the association. */
export type Municipality = TenantScoped & {
  readonly id: Id;
  readonly code: MunicipalityCode;
  readonly name: string;
};

/** What a goal measures. Goals are data: each project states its own. */
export type GoalMetric =
  | 'work_or_studies_at_discharge'
  | 'self_supporting_after'
  | 'still_working_after_support'
  | 'satisfied_participants'
  | 'satisfied_employers'
  | 'closer_to_labour_market'
  | 'enrolled_participants';

export type Goal = {
  readonly metric: GoalMetric;
  /** Target share in basis points (3500 = 35 %) or, for counts, the count. */
  readonly target: number;
  readonly period: Period;
  readonly description: string;
};

/** A funded activity (projekt / insats): period, target group, goals and yearly budget. */
export type Project = TenantScoped & {
  readonly id: Id;
  readonly name: string;
  readonly period: Period;
  readonly targetGroup: string;
  readonly goals: readonly Goal[];
  /** Salary funding per calendar year, e.g. SEK 3,800,000 for 2018, 2019, 2020. */
  readonly yearlyBudgets: readonly { readonly year: number; readonly amount: Money }[];
  readonly version: number;
};

/**
 * Funded coach capacity (tjänst) placed in a municipality for a period. Posts are never
 * edited in place: a reallocation closes the current allocation and opens the next.
 */
export type Post = TenantScoped & {
  readonly id: Id;
  readonly projectId: Id;
  readonly municipalityId: Id;
  readonly fte: Fte;
  readonly period: Period;
  /** The reallocation that created this allocation, if any. */
  readonly reallocationId: Id | null;
};

export type ReallocationLine = {
  readonly municipalityId: Id;
  readonly fteBefore: Fte;
  readonly fteAfter: Fte;
};

/** A beredningsgrupp decision that moves FTE between municipalities from a date. */
export type Reallocation = TenantScoped & {
  readonly id: Id;
  readonly projectId: Id;
  readonly effectiveFrom: LocalDate;
  readonly reason: string;
  readonly decidedBy: Id;
  /** When it was decided, as an ISO timestamp written by the caller. */
  readonly decidedAt: string;
  readonly lines: readonly ReallocationLine[];
  /** The allocation version this decision replaced; optimistic concurrency. */
  readonly basedOnVersion: number;
};
