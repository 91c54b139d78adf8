import { describe, expect, it } from 'vitest';
import { mergeMapping, normaliseHeader, suggestMapping } from './header-suggestions.js';
import { suggestRegisterMapping } from './register-mapping.js';

describe('suggestMapping', () => {
  it('maps Swedish headers, ignoring case, accents and spaces', () => {
    const mapping = suggestMapping([
      'Personnummer',
      'FÖRNAMN',
      'Efter namn',
      'Hemkommun',
      'Ersättning vid start',
    ]);
    expect(mapping.personnummer).toBe('Personnummer');
    expect(mapping.firstName).toBe('FÖRNAMN');
    expect(mapping.lastName).toBe('Efter namn');
    expect(mapping.homeMunicipality).toBe('Hemkommun');
    expect(mapping.compensationAtStart).toBe('Ersättning vid start');
    expect(mapping.coach).toBeNull();
  });

  it('maps English headers', () => {
    const mapping = suggestMapping([
      'First name',
      'Last name',
      'Municipality',
      'Enrolled on',
      'Phase',
    ]);
    expect(mapping).toMatchObject({
      firstName: 'First name',
      lastName: 'Last name',
      homeMunicipality: 'Municipality',
      enrolledOn: 'Enrolled on',
      currentPhase: 'Phase',
    });
  });

  it('takes the first column naming a field and leaves unknown headers unmapped', () => {
    const mapping = suggestMapping(['Kommun', 'Hemkommun', 'Skonummer']);
    expect(mapping.homeMunicipality).toBe('Kommun');
    expect(Object.values(mapping)).not.toContain('Skonummer');
  });
});

describe('mergeMapping', () => {
  it('keeps a saved column the file has and suggests the rest', () => {
    const merged = mergeMapping({ firstName: 'Namn 1', lastName: 'Saknas' }, [
      'Namn 1',
      'Efternamn',
    ]);
    expect(merged.firstName).toBe('Namn 1');
    expect(merged.lastName).toBe('Efternamn');
  });
});

it('normaliseHeader drops accents and punctuation', () => {
  expect(normaliseHeader(' Kön (id) ')).toBe('konid');
});

// The headers of the panel's referral and placement list exports (Remisser, Placeringar,
// apps/gateway/src/export/xlsx-list-columns.ts) with the person's personnummer and the names
// that stand for ids joined in: an exported list maps itself.
describe('suggestRegisterMapping of the list exports', () => {
  it('maps the referral list’s columns, Remittent as the referring authority', () => {
    const headers = [
      'Personnummer',
      'Deltagare',
      'Mottagen',
      'Status',
      'Beslutsdatum',
      'Remittent',
      'Kommun',
      'Projekt',
    ];
    expect(suggestRegisterMapping('referrals', headers)).toEqual({
      personnummer: 'Personnummer',
      municipality: 'Kommun',
      project: 'Projekt',
      referrerOrganisation: 'Remittent',
      referrer: null,
      receivedOn: 'Mottagen',
      decision: 'Status',
      decidedOn: 'Beslutsdatum',
      decisionNote: null,
    });
    expect(suggestRegisterMapping('referrals', ['Remittent (användare)']).referrer).toBe(
      'Remittent (användare)',
    );
  });

  it('maps the placement list’s columns', () => {
    const headers = [
      'Personnummer',
      'Projekt',
      'Arbetsgivare',
      'Organisationsnummer',
      'Slag',
      'Började',
      'Slutade',
      'Timmar per vecka',
    ];
    expect(suggestRegisterMapping('placements', headers)).toEqual({
      personnummer: 'Personnummer',
      project: 'Projekt',
      employer: 'Arbetsgivare',
      employerOrganisationNumber: 'Organisationsnummer',
      kind: 'Slag',
      startedOn: 'Började',
      endedOn: 'Slutade',
      hoursPerWeek: 'Timmar per vecka',
    });
  });
});
