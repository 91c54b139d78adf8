import { type DomainError, fail } from '../core/domain-error.js';
import { Fte } from '../core/fte.js';
import type { LocalDate } from '../core/local-date.js';
import { Period } from '../core/period.js';
import { type Result, ok } from '../core/result.js';
import type { Post } from '../model/organisation.js';

type PostOfProject = Pick<Post, 'id' | 'municipalityId' | 'fte' | 'period'>;

/** A post in force on the decision day ends the day before it (its period becomes [start, day)). */
export type ClosePost = { readonly postId: string; readonly end: LocalDate };

/** A new post from the decision day: `slot` numbers a municipality's posts from 1. */
export type OpenPost = {
  readonly municipalityId: string;
  readonly slot: number;
  readonly fte: Fte;
  readonly period: Period;
};

export type ChangeSetLine = {
  readonly municipalityId: string;
  readonly fteBefore: Fte;
  readonly fteAfter: Fte;
};

export type ReallocationChangeSet = {
  /** One line per municipality decided on, with the FTE before (in force that day) and after. */
  readonly lines: readonly ChangeSetLine[];
  readonly close: readonly ClosePost[];
  readonly open: readonly OpenPost[];
};

export type ReallocationChangeSetError = DomainError<'ALLOCATION.LATER_EXISTS'>;

/**
 * A municipality's FTE as posts of at most one full-time each: 150 → [100, 50]. Zero FTE is
 * no post at all (a post is one person's employment, never more than full time).
 */
export function splitIntoPosts(hundredths: number): Fte[] {
  const posts: Fte[] = [];
  for (let left = hundredths; left > 0; left -= 100)
    posts.push(Fte.ofHundredths(Math.min(100, left)));
  return posts;
}

/**
 * What a reallocation decision changes: posts are never edited in place. For each
 * municipality whose FTE changes, the posts in force on `effectiveFrom` close that day and
 * the new FTE opens as posts of at most 1.0 FTE, running to where the closed posts ran (or
 * the project's end when it had none). A municipality whose FTE stays the same keeps its
 * posts. Deciding on a day when a later allocation already starts would cut history short:
 * `ALLOCATION.LATER_EXISTS`.
 */
export function reallocationChangeSet(input: {
  /** Every post of the project, any period. */
  readonly posts: readonly PostOfProject[];
  readonly lines: readonly { readonly municipalityId: string; readonly fte: Fte }[];
  readonly effectiveFrom: LocalDate;
  /** The project's end (exclusive): where a municipality's first posts run to. */
  readonly projectEnd: LocalDate;
}): Result<ReallocationChangeSet, ReallocationChangeSetError> {
  const { effectiveFrom } = input;
  if (input.posts.some((post) => post.period.start >= effectiveFrom))
    return fail('ALLOCATION.LATER_EXISTS', 'effectiveFrom');
  const inForce = new Map<string, PostOfProject[]>();
  for (const post of input.posts) {
    if (!Period.contains(post.period, effectiveFrom)) continue;
    const list = inForce.get(post.municipalityId) ?? [];
    list.push(post);
    inForce.set(post.municipalityId, list);
  }
  const lines: ChangeSetLine[] = [];
  const close: ClosePost[] = [];
  const open: OpenPost[] = [];
  for (const line of input.lines) {
    const current = [...(inForce.get(line.municipalityId) ?? [])].sort((a, b) =>
      a.period.start.localeCompare(b.period.start),
    );
    const fteBefore = Fte.sum(current.map((post) => post.fte));
    lines.push({ municipalityId: line.municipalityId, fteBefore, fteAfter: line.fte });
    if (fteBefore === line.fte) continue;
    for (const post of current) close.push({ postId: post.id, end: effectiveFrom });
    const end = current[0]?.period.end ?? input.projectEnd;
    splitIntoPosts(line.fte).forEach((fte, index) =>
      open.push({
        municipalityId: line.municipalityId,
        slot: index + 1,
        fte,
        period: { start: effectiveFrom, end },
      }),
    );
  }
  return ok({ lines, close, open });
}
