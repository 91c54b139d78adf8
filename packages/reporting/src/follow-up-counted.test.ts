import { LocalDate } from '@finsam-se/domain';
import { describe, expect, it } from 'vitest';
import { followUpCounted } from './follow-up-counted.js';

describe('followUpCounted', () => {
  it('counts a follow-up from the day after it falls due', () => {
    const discharged = LocalDate.of(2025, 1, 31);
    // Six months after 31 January is 31 July (the month's last day, as followUpSchedule).
    expect(followUpCounted(discharged, 6, LocalDate.of(2025, 7, 31))).toBe(false);
    expect(followUpCounted(discharged, 6, LocalDate.of(2025, 8, 1))).toBe(true);
    expect(followUpCounted(discharged, 12, LocalDate.of(2025, 8, 1))).toBe(false);
  });
});
