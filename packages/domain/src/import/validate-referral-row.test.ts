import { describe, expect, it } from 'vitest';
import { LocalDate } from '../core/local-date.js';
import { testPersonnummer } from '../identity/test-personnummer.js';
import { checkReferralSheet } from './check-register-sheet.js';
import { importErrorMessage } from './import-errors.js';
import { suggestRegisterMapping } from './register-mapping.js';
import { type ReferralImportLookups, validateReferralRow } from './validate-referral-row.js';

const lookups: ReferralImportLookups = {
  today: LocalDate.from('2026-06-01'),
  municipalities: [{ id: 'm-nassjo', name: 'Nässjö', code: '0682' }],
  projects: [
    {
      id: 'p-1',
      name: 'SE Höglandet',
      period: { start: LocalDate.from('2024-01-01'), end: LocalDate.from('2029-01-01') },
    },
  ],
  coaches: [],
  users: [{ id: 'u-ref', name: 'Rita Remittent', email: 'rita@example.org', role: 'referrer' }],
  decider: { userId: 'u-manager', role: 'manager' },
};
const pnr = testPersonnummer('1990-04-12', 'female');
const referral = {
  personnummer: pnr,
  municipality: '0682',
  project: 'SE Höglandet',
  referrerOrganisation: 'Försäkringskassan',
  receivedOn: '2025-02-01',
};

describe('validateReferralRow', () => {
  it('accepts a pending referral by names and codes', () => {
    const result = validateReferralRow(2, { ...referral, referrer: 'rita@example.org' }, lookups);
    expect(result).toEqual({
      ok: true,
      value: {
        row: 2,
        personnummer: pnr.replace('-', '').padStart(12, '19'),
        municipalityId: 'm-nassjo',
        projectId: 'p-1',
        referrerOrganisation: 'FK',
        referredBy: 'u-ref',
        receivedOn: '2025-02-01',
        decision: null,
      },
    });
  });

  it('records a decision through the state machine, as the decider', () => {
    const result = validateReferralRow(
      2,
      { ...referral, decision: 'Antagen', decidedOn: '2025-02-20', decisionNote: 'SE-grupp' },
      lookups,
    );
    expect(result.ok && result.value.decision).toEqual({
      action: 'accept',
      state: 'accepted',
      decidedOn: '2025-02-20',
      decidedBy: 'u-manager',
      meetingId: null,
      note: 'SE-grupp',
    });
  });

  it('reports every bad field with its code: project not running, unknown authority, future date', () => {
    const result = validateReferralRow(
      7,
      { ...referral, receivedOn: '2023-05-01', referrerOrganisation: 'Polisen', referrer: 'x' },
      lookups,
    );
    expect(result.ok ? [] : result.error).toEqual([
      { row: 7, field: 'referrerOrganisation', code: 'IMPORT.UNKNOWN_REFERRER_ORGANISATION' },
      { row: 7, field: 'referrer', code: 'IMPORT.UNKNOWN_REFERRER' },
      { row: 7, field: 'receivedOn', code: 'PROJECT.NOT_RUNNING' },
    ]);
    const future = validateReferralRow(3, { ...referral, receivedOn: '2026-06-02' }, lookups);
    expect(future.ok ? [] : future.error).toEqual([
      { row: 3, field: 'receivedOn', code: 'DATE.IN_FUTURE' },
    ]);
  });

  it('refuses a decision dated before the referral, one without a date, and one with no decider', () => {
    const early = validateReferralRow(
      2,
      { ...referral, decision: 'avslag', decidedOn: '2025-01-01' },
      lookups,
    );
    expect(early.ok ? [] : early.error).toEqual([
      { row: 2, field: 'decidedOn', code: 'REFERRAL.INVALID_TRANSITION' },
    ]);
    const undated = validateReferralRow(2, { ...referral, decision: 'avslag' }, lookups);
    expect(undated.ok ? [] : undated.error).toEqual([
      { row: 2, field: 'decidedOn', code: 'IMPORT.DECISION_INCOMPLETE' },
    ]);
    const nobody = validateReferralRow(
      2,
      { ...referral, decision: 'inte nu', decidedOn: '2025-03-01' },
      { ...lookups, decider: null },
    );
    expect(nobody.ok ? [] : nobody.error).toEqual([
      { row: 2, field: 'decision', code: 'IMPORT.NO_DECIDER' },
    ]);
  });

  it('reads a status that is no decision (the list export writes RECEIVED) as a pending referral', () => {
    for (const status of ['RECEIVED', 'Mottagen']) {
      const result = validateReferralRow(2, { ...referral, decision: status }, lookups);
      expect(result.ok && result.value.decision).toBeNull();
    }
    const dated = validateReferralRow(
      2,
      { ...referral, decision: 'RECEIVED', decidedOn: '2025-03-01' },
      lookups,
    );
    expect(dated.ok ? [] : dated.error).toEqual([
      { row: 2, field: 'decision', code: 'IMPORT.UNKNOWN_DECISION' },
    ]);
  });

  it('a decider whose role may not decide is refused by the state machine', () => {
    const result = validateReferralRow(
      2,
      { ...referral, decision: 'ja', decidedOn: '2025-03-01' },
      { ...lookups, decider: { userId: 'u-ref', role: 'referrer' } },
    );
    expect(result.ok ? [] : result.error).toEqual([
      { row: 2, field: 'decision', code: 'REFERRAL.FORBIDDEN' },
    ]);
  });
});

describe('checkReferralSheet', () => {
  it('maps Swedish headers and fails the second row with the same natural key', () => {
    const headers = ['Personnummer', 'Kommun', 'Projekt', 'Myndighet', 'Mottagen', 'Beslut'];
    const row = [pnr, 'Nässjö', 'SE Höglandet', 'AF', '2025-02-01', ''];
    const mapping = suggestRegisterMapping('referrals', headers);
    expect(mapping).toMatchObject({ referrerOrganisation: 'Myndighet', receivedOn: 'Mottagen' });
    const check = checkReferralSheet({ headers, rows: [row, row] }, mapping, lookups);
    expect(check.valid).toHaveLength(1);
    expect(check.errors).toEqual([
      { row: 3, field: 'personnummer', code: 'IMPORT.DUPLICATE_RECORD_IN_FILE' },
    ]);
    expect(importErrorMessage('IMPORT.DUPLICATE_RECORD_IN_FILE').sv).toMatch(/tidigare rad/);
  });
});
