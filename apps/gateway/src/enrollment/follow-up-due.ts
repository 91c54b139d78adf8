import { type LocalDate, followUpsRecordableDueBefore } from '@finsam-se/domain';
import type { Actor } from '../auth/actor.js';
import type { RequestContext } from '../context.js';
import { type Opt, todayOf } from '../shared/service-support.js';
import { personScopeOf } from './enrollment-scope.js';

export type FollowUpDueInput = {
  readonly done?: Opt<boolean>;
  readonly recordable?: Opt<boolean>;
  readonly overdue?: Opt<boolean>;
};

export type FollowUpDueFilter = {
  readonly done?: boolean;
  readonly dueBefore?: LocalDate;
  readonly dueFrom?: LocalDate;
};

const earlier = (a: LocalDate | undefined, b: LocalDate) => (a === undefined || b < a ? b : a);
const later = (a: LocalDate | undefined, b: LocalDate) => (a === undefined || b > a ? b : a);

/**
 * The coach's views of follow-ups as repository filters, with today from the one clock:
 * `recordable` (the to-do list: overdue or due within the recording window) and `overdue`.
 * Both speak of follow-ups not done; null when combined with `done: true` (nothing).
 */
export function followUpDueFilter(
  today: LocalDate,
  f: Opt<FollowUpDueInput>,
): FollowUpDueFilter | null {
  const recordable = f?.recordable ?? undefined;
  const overdue = f?.overdue ?? undefined;
  const done = f?.done ?? undefined;
  if (recordable === undefined && overdue === undefined) return done === undefined ? {} : { done };
  if (done === true) return null;
  let dueBefore: LocalDate | undefined;
  let dueFrom: LocalDate | undefined;
  const cutoff = followUpsRecordableDueBefore(today);
  if (recordable === true) dueBefore = earlier(dueBefore, cutoff);
  if (recordable === false) dueFrom = later(dueFrom, cutoff);
  if (overdue === true) dueBefore = earlier(dueBefore, today);
  if (overdue === false) dueFrom = later(dueFrom, today);
  return {
    done: false,
    ...(dueBefore !== undefined ? { dueBefore } : {}),
    ...(dueFrom !== undefined ? { dueFrom } : {}),
  };
}

/**
 * The follow-ups' actor scope (define-resource.ts `actorScope`): the due views turned into
 * dates with today from the one clock, then the enrollment's person scope; null for nothing.
 */
export function followUpScope(
  actor: Actor,
  filter: Readonly<Record<string, unknown>> & FollowUpDueInput,
  ctx: RequestContext,
): Record<string, unknown> | null {
  const { done, recordable, overdue, ...rest } = filter;
  const due = followUpDueFilter(todayOf(ctx), { done, recordable, overdue });
  return due ? personScopeOf('followUp')(actor, { ...rest, ...due }) : null;
}
