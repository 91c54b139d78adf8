import { describe, expect, it } from 'vitest';
import { mergeMapping, normaliseHeader, suggestMapping } from './header-suggestions.js';

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
