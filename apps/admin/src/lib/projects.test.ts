import { describe, expect, it } from 'vitest';
import { defaultProjectId } from './projects';
import { halfYearOf, isHalfYear } from './halfYear';

describe('defaultProjectId', () => {
  const projects = [
    { id: 'p1', startsOn: '2014-01-01', endsOn: '2018-01-01' },
    { id: 'p2', startsOn: '2018-01-01', endsOn: null },
  ];
  it('prefers the project running on the day', () => {
    expect(defaultProjectId(projects, '2025-03-01')).toBe('p2');
  });
  it('falls back to the first, or null when there is none', () => {
    expect(defaultProjectId([{ id: 'p9', startsOn: '2030-01-01' }], '2025-03-01')).toBe('p9');
    expect(defaultProjectId([], '2025-03-01')).toBeNull();
  });
  it('names half-years', () => {
    expect(halfYearOf(new Date(2025, 5, 30))).toBe('2025H1');
    expect(halfYearOf(new Date(2025, 6, 1))).toBe('2025H2');
    expect(isHalfYear('2025H2')).toBe(true);
    expect(isHalfYear('2025-H2')).toBe(false);
    expect(isHalfYear('2025-3')).toBe(false);
  });
});
