import { Fte } from '@finsam-se/domain';
import { describe, expect, it } from 'vitest';
import { capacityRow } from './capacity-row.js';

describe('capacityRow', () => {
  it('computes caseload per FTE and the IPS band, or none without FTE', () => {
    expect(capacityRow({ id: 'm', name: 'Nässjö' }, Fte.ofHundredths(150), 31, 2)).toEqual({
      municipalityId: 'm',
      municipalityName: 'Nässjö',
      fte: 1.5,
      activeParticipants: 31,
      caseloadPerFte: 20.7,
      band: 4,
      referralsWaiting: 2,
    });
    expect(capacityRow({ id: 'm', name: 'Aneby' }, Fte.zero, 3, 0)).toMatchObject({
      caseloadPerFte: null,
      band: null,
    });
  });
});
