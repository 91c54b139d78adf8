import { Fte } from '../core/fte.js';
import type { LocalDate } from '../core/local-date.js';
import { Period } from '../core/period.js';
import type { Post } from '../model/organisation.js';

type PostSpan = Pick<Post, 'municipalityId' | 'fte' | 'period'>;

/** FTE per municipality on a date: the allocation in force that day. */
export function allocationOn(posts: readonly PostSpan[], date: LocalDate): Map<string, Fte> {
  const result = new Map<string, Fte>();
  for (const post of posts) {
    if (!Period.contains(post.period, date)) continue;
    result.set(post.municipalityId, Fte.add(result.get(post.municipalityId) ?? Fte.zero, post.fte));
  }
  return result;
}

/**
 * Pairs of posts of the same municipality whose periods overlap. A reallocation closes
 * one allocation and opens the next, so within one project there must be none.
 */
export function overlappingPosts<P extends PostSpan>(posts: readonly P[]): [P, P][] {
  const sorted = [...posts].sort((a, b) =>
    a.municipalityId === b.municipalityId
      ? a.period.start.localeCompare(b.period.start)
      : a.municipalityId.localeCompare(b.municipalityId),
  );
  const overlaps: [P, P][] = [];
  for (let index = 1; index < sorted.length; index += 1) {
    const previous = sorted[index - 1];
    const current = sorted[index];
    if (
      previous !== undefined &&
      current !== undefined &&
      previous.municipalityId === current.municipalityId &&
      Period.overlaps(previous.period, current.period)
    ) {
      overlaps.push([previous, current]);
    }
  }
  return overlaps;
}
