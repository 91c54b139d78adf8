import { describe, expect, it } from 'vitest';
import type { Consent } from '../api/personalDataOperations';
import { currentConsents } from './PersonalDataPanels';

const consent = (over: Partial<Consent>): Consent => ({
  id: 'c',
  participantId: 'p',
  purpose: 'SUS_REGISTRATION',
  givenOn: '2024-01-01',
  method: 'WRITTEN',
  recordedByName: null,
  withdrawnOn: null,
  active: true,
  ...over,
});

describe('currentConsents', () => {
  it('the newest consent per purpose decides; a withdrawn one shows as withdrawn', () => {
    const current = currentConsents([
      consent({ id: 'old', givenOn: '2023-01-01', withdrawnOn: '2023-06-01', active: false }),
      consent({ id: 'new', givenOn: '2024-01-01' }),
      consent({ id: 'f', purpose: 'FOLLOW_UP_CONTACT', withdrawnOn: '2024-02-01', active: false }),
    ]);
    expect(current.get('SUS_REGISTRATION')?.id).toBe('new');
    expect(current.get('FOLLOW_UP_CONTACT')?.active).toBe(false);
    expect(current.has('SURVEYS')).toBe(false);
  });
});
