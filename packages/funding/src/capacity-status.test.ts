import { Fte, caseloadPerFte, ipsCaseloadBand } from '@finsam-se/domain';
import { describe, expect, it } from 'vitest';
import { capacityStatus } from './capacity-status.js';

describe('capacityStatus: "minst 20 personer per heltidstjänst" is a floor', () => {
  it('flags 4.5 participants per FTE as unused capacity, though IPS-25 scores it best', () => {
    const perFte = caseloadPerFte(9, Fte.ofHundredths(200));
    expect(perFte).toBe(4.5);
    expect(ipsCaseloadBand(4.5)).toBe(5);
    expect(capacityStatus(perFte)).toBe('UNUSED');
  });

  it('is on target from 20 to 25 per FTE ("cirka 20"), over above 25', () => {
    expect(capacityStatus(19.9)).toBe('UNUSED');
    expect(capacityStatus(20)).toBe('ON_TARGET');
    expect(capacityStatus(25)).toBe('ON_TARGET');
    expect(capacityStatus(25.1)).toBe('OVER');
    expect(capacityStatus(41)).toBe('OVER');
  });

  it('says NO_POST when there is no FTE, and takes other thresholds', () => {
    expect(capacityStatus(null)).toBe('NO_POST');
    expect(capacityStatus(22, { floor: 10, ceiling: 20 })).toBe('OVER');
  });
});
