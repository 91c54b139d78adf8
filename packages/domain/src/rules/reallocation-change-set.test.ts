import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Fte } from '../core/fte.js';
import { LocalDate } from '../core/local-date.js';
import { Period } from '../core/period.js';
import { reallocationChangeSet, splitIntoPosts } from './reallocation-change-set.js';

const d = LocalDate.from;
const f = Fte.ofHundredths;
const projectEnd = d('2027-01-01');
const post = (
  id: string,
  municipalityId: string,
  fte: number,
  start = '2024-01-01',
  end = '2027-01-01',
) => ({
  id,
  municipalityId,
  fte: f(fte),
  period: Period.of(d(start), d(end)),
});

describe('splitIntoPosts', () => {
  it('splits into full-time posts and a remainder', () => {
    expect(splitIntoPosts(0)).toEqual([]);
    expect(splitIntoPosts(50)).toEqual([50]);
    expect(splitIntoPosts(100)).toEqual([100]);
    expect(splitIntoPosts(250)).toEqual([100, 100, 50]);
  });
});

describe('reallocationChangeSet', () => {
  const posts = [
    post('n1', 'nassjo', 100),
    post('n2', 'nassjo', 50),
    post('e1', 'eksjo', 100),
    post('old', 'eksjo', 100, '2023-01-01', '2024-01-01'),
  ];

  it('closes the posts in force of a municipality that changes and opens ≤ 1.0 FTE posts', () => {
    const result = reallocationChangeSet({
      posts,
      lines: [
        { municipalityId: 'nassjo', fte: f(100) },
        { municipalityId: 'eksjo', fte: f(150) },
      ],
      effectiveFrom: d('2025-03-01'),
      projectEnd,
    });
    expect(result).toEqual({
      ok: true,
      value: {
        lines: [
          { municipalityId: 'nassjo', fteBefore: 150, fteAfter: 100 },
          { municipalityId: 'eksjo', fteBefore: 100, fteAfter: 150 },
        ],
        close: [
          { postId: 'n1', end: '2025-03-01' },
          { postId: 'n2', end: '2025-03-01' },
          { postId: 'e1', end: '2025-03-01' },
        ],
        open: [
          {
            municipalityId: 'nassjo',
            slot: 1,
            fte: 100,
            period: { start: '2025-03-01', end: '2027-01-01' },
          },
          {
            municipalityId: 'eksjo',
            slot: 1,
            fte: 100,
            period: { start: '2025-03-01', end: '2027-01-01' },
          },
          {
            municipalityId: 'eksjo',
            slot: 2,
            fte: 50,
            period: { start: '2025-03-01', end: '2027-01-01' },
          },
        ],
      },
    });
  });

  it('leaves a municipality whose FTE stays the same untouched, and runs a first post to the project end', () => {
    const result = reallocationChangeSet({
      posts: [post('n1', 'nassjo', 100, '2024-01-01', '2026-01-01')],
      lines: [
        { municipalityId: 'nassjo', fte: f(100) },
        { municipalityId: 'tranas', fte: f(25) },
      ],
      effectiveFrom: d('2025-03-01'),
      projectEnd,
    });
    expect(result.ok && result.value.close).toEqual([]);
    expect(result.ok && result.value.open).toEqual([
      {
        municipalityId: 'tranas',
        slot: 1,
        fte: 25,
        period: { start: '2025-03-01', end: '2027-01-01' },
      },
    ]);
  });

  it('refuses a day on or before an allocation that already starts later', () => {
    const later = [...posts, post('next', 'nassjo', 100, '2025-06-01')];
    for (const day of ['2025-03-01', '2025-06-01'])
      expect(
        reallocationChangeSet({ posts: later, lines: [], effectiveFrom: d(day), projectEnd }),
      ).toMatchObject({
        ok: false,
        error: { code: 'ALLOCATION.LATER_EXISTS', field: 'effectiveFrom' },
      });
  });

  it('opens exactly the decided FTE per municipality, in posts of at most 1.0, closing only posts in force', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 6, maxLength: 6 }),
        (before, after) => {
          const ids = before.map((_, i) => `m${i}`);
          const current = before.flatMap((fte, i) =>
            splitIntoPosts(fte).map((share, slot) => post(`${i}-${slot}`, `m${i}`, share)),
          );
          const result = reallocationChangeSet({
            posts: [...current, post('gone', 'm0', 100, '2020-01-01', '2021-01-01')],
            lines: ids.map((id, i) => ({ municipalityId: id, fte: f(after[i] ?? 0) })),
            effectiveFrom: d('2025-03-01'),
            projectEnd,
          });
          if (!result.ok) return false;
          return ids.every((id, i) => {
            const opened = result.value.open.filter((o) => o.municipalityId === id);
            const changed = (before[i] ?? 0) !== (after[i] ?? 0);
            const closed = result.value.close.filter((c) => c.postId.startsWith(`${i}-`));
            return (
              opened.every((o) => o.fte > 0 && o.fte <= 100) &&
              (changed
                ? Fte.sum(opened.map((o) => o.fte)) === (after[i] ?? 0) &&
                  closed.length === splitIntoPosts(before[i] ?? 0).length
                : opened.length === 0 && closed.length === 0) &&
              !result.value.close.some((c) => c.postId === 'gone')
            );
          });
        },
      ),
    );
  });
});
