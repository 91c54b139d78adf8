import { type Fte, type Result, LocalDate, Money, Period, ok } from '@finsam-se/domain';
import {
  type BudgetStatus,
  type BudgetStatusError,
  type BudgetStatusInput,
  budgetStatus,
} from './budget.js';
import { type FundingError, fundingFail } from './funding-error.js';
import { type CostedPost } from './post-cost.js';

/** One line of a complete proposed allocation. */
export type FteLine = { readonly municipalityId: string; readonly fte: Fte };

export type ApplyReallocationInput = {
  readonly posts: readonly CostedPost[];
  /** The complete new allocation: a municipality left out gets no post from `effectiveFrom`. */
  readonly proposed: readonly FteLine[];
  /** First day of the new allocation. */
  readonly effectiveFrom: LocalDate;
  /** First day after the new allocation (half-open); 1 January of the next year unless given. */
  readonly until?: LocalDate;
  /**
   * Monthly full-time salary of each municipality's new post; unless given, the salary of the
   * municipality's latest-starting post that begins before `until`.
   */
  readonly salaries?: Readonly<Record<string, Money>>;
};

export type ApplyReallocationError = FundingError<
  'FUNDING.BAD_PERIOD' | 'REALLOCATION.MISSING_SALARY' | 'REALLOCATION.DUPLICATE_MUNICIPALITY'
>;

/** The first day after the calendar year of a date. */
export function nextNewYear(date: LocalDate): LocalDate {
  return LocalDate.of(LocalDate.parts(date).year + 1, 1, 1);
}

/**
 * The posts as they would be if the proposal took effect: every post is cut away over
 * [effectiveFrom, until) and one post per municipality with a proposed FTE above zero fills it.
 * Nothing is applied anywhere: this returns new values.
 */
export function applyReallocation(
  input: ApplyReallocationInput,
): Result<CostedPost[], ApplyReallocationError> {
  const until = input.until ?? nextNewYear(input.effectiveFrom);
  if (!(input.effectiveFrom < until)) return fundingFail('FUNDING.BAD_PERIOD', { field: 'until' });
  const seen = new Set<string>();
  for (const line of input.proposed) {
    if (seen.has(line.municipalityId)) {
      return fundingFail('REALLOCATION.DUPLICATE_MUNICIPALITY', {
        municipalityId: line.municipalityId,
      });
    }
    seen.add(line.municipalityId);
  }
  const replaced: Period = { start: input.effectiveFrom, end: until };
  const kept: CostedPost[] = [];
  for (const post of input.posts) {
    if (!Period.overlaps(post.period, replaced)) {
      kept.push(post);
      continue;
    }
    if (post.period.start < replaced.start) {
      kept.push({ ...post, period: { start: post.period.start, end: replaced.start } });
    }
    if (replaced.end < post.period.end) {
      kept.push({ ...post, period: { start: replaced.end, end: post.period.end } });
    }
  }
  const added: CostedPost[] = [];
  for (const line of input.proposed) {
    if (line.fte === 0) continue;
    const salary = input.salaries?.[line.municipalityId] ?? latestSalary(input.posts, line, until);
    if (salary === undefined) {
      return fundingFail('REALLOCATION.MISSING_SALARY', { municipalityId: line.municipalityId });
    }
    added.push({
      municipalityId: line.municipalityId,
      fte: line.fte,
      period: replaced,
      monthlySalary: salary,
    });
  }
  return ok([...kept, ...added]);
}

function latestSalary(
  posts: readonly CostedPost[],
  line: FteLine,
  until: LocalDate,
): Money | undefined {
  let best: CostedPost | undefined;
  for (const post of posts) {
    if (post.municipalityId !== line.municipalityId || post.period.start >= until) continue;
    if (best === undefined || post.period.start >= best.period.start) best = post;
  }
  return best?.monthlySalary;
}

export type BudgetChange = {
  readonly committed: Money;
  readonly remaining: Money;
  readonly forecast: Money;
  readonly margin: Money;
};

export type ReallocationEffect = {
  readonly before: BudgetStatus;
  readonly after: BudgetStatus;
  /** after − before, field by field. */
  readonly change: BudgetChange;
};

/**
 * What a proposed reallocation does to committed cost, forecast and margin of the year of
 * `effectiveFrom` (or `year`), seen on `asOf`.
 */
export function reallocationEffect(
  input: Omit<BudgetStatusInput, 'posts'> &
    ApplyReallocationInput & { readonly posts: readonly CostedPost[] },
): Result<ReallocationEffect, ApplyReallocationError | BudgetStatusError> {
  const year = input.year ?? LocalDate.parts(input.effectiveFrom).year;
  const before = budgetStatus({ ...input, year });
  if (!before.ok) return before;
  const posts = applyReallocation(input);
  if (!posts.ok) return posts;
  const after = budgetStatus({ ...input, year, posts: posts.value });
  if (!after.ok) return after;
  const diff = (a: Money, b: Money): Money => Money.subtract(a, b);
  return ok({
    before: before.value,
    after: after.value,
    change: {
      committed: diff(after.value.committed, before.value.committed),
      remaining: diff(after.value.remaining, before.value.remaining),
      forecast: diff(after.value.forecast, before.value.forecast),
      margin: diff(after.value.margin, before.value.margin),
    },
  });
}
