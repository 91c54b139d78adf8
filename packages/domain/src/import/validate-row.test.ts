import { describe, expect, it } from 'vitest';
import { LocalDate } from '../core/local-date.js';
import { testPersonnummer } from '../identity/test-personnummer.js';
import { importErrorMessage } from './import-errors.js';
import type { ImportLookups } from './import-lookups.js';
import { validateImportRow } from './validate-row.js';
import { checkSheet } from './validate-sheet.js';
import { suggestMapping } from './header-suggestions.js';

const lookups: ImportLookups = {
  today: LocalDate.from('2026-06-01'),
  municipalities: [{ id: 'm-nassjo', name: 'Nässjö', code: '0682' }],
  projects: [
    {
      id: 'p-1',
      name: 'SE Höglandet',
      period: { start: LocalDate.from('2024-01-01'), end: LocalDate.from('2029-01-01') },
    },
  ],
  coaches: [
    { id: 'c-1', name: 'Karin Coach', email: 'karin@example.org', municipalityId: 'm-nassjo' },
  ],
};
const pnr = testPersonnummer('1990-04-12', 'female');
const person = {
  personnummer: pnr,
  firstName: 'Åsa',
  lastName: 'Öberg',
  homeMunicipality: 'Nässjö',
};
const enrolled = {
  project: 'SE Höglandet',
  coach: 'karin@example.org',
  enrolledOn: '2025-02-01',
  compensationAtStart: 'Sjukersättning',
};

describe('validateImportRow', () => {
  it('accepts a person with an enrollment, a later phase and a discharge, by names and labels', () => {
    const result = validateImportRow(
      2,
      {
        ...person,
        homeMunicipality: '0682',
        gender: 'Kvinna',
        targetGroupFactors: 'Psykisk ohälsa, disability',
        ...enrolled,
        currentPhase: 'Jobbsökande',
        phaseOn: '2025-03-01',
        dischargedOn: '2025-09-01 00:00:00',
        dischargeReason: 'got_work',
        compensationAtEnd: 'no_public_support',
        occupationAfter: 'employment',
      },
      lookups,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value).toMatchObject({
      personnummer: pnr,
      gender: 'female',
      homeMunicipalityId: 'm-nassjo',
      targetGroupFactors: ['mental_ill_health', 'disability'],
      enrollment: {
        projectId: 'p-1',
        coachId: 'c-1',
        municipalityId: 'm-nassjo',
        compensationAtStart: ['sickness_compensation'],
        phases: [
          { phase: 'agreement', on: '2025-02-01' },
          { phase: 'job_finding', on: '2025-03-01' },
        ],
        discharge: { on: '2025-09-01', reason: 'got_work' },
      },
    });
  });

  it('reports every failing field of a row with its code and a Swedish message', () => {
    const bad = `${pnr.slice(0, 11)}${(Number(pnr[11]) + 1) % 10}`;
    const result = validateImportRow(
      7,
      { ...person, personnummer: bad, firstName: '', homeMunicipality: 'Gnosjö' },
      lookups,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((e) => [e.row, e.field, e.code])).toEqual([
      [7, 'personnummer', 'PERSONNUMMER.CHECKSUM'],
      [7, 'firstName', 'IMPORT.REQUIRED'],
      [7, 'homeMunicipality', 'IMPORT.UNKNOWN_MUNICIPALITY'],
    ]);
    expect(importErrorMessage(result.error[0]?.code ?? 'IMPORT.REQUIRED').sv).toContain(
      'kontrollsiffra',
    );
  });

  it('refuses serial 000 and dates in the future', () => {
    const result = validateImportRow(
      3,
      { ...person, personnummer: '19900412-0003', ...enrolled, enrolledOn: '2026-07-01' },
      lookups,
    );
    expect(!result.ok && result.error.map((e) => e.code)).toEqual([
      'PERSONNUMMER.SERIAL',
      'DATE.IN_FUTURE',
    ]);
  });

  it('checks the enrollment: complete, codes on the date, project running, phase before discharge', () => {
    const codes = (cells: Record<string, string>) => {
      const result = validateImportRow(2, { ...person, ...cells }, lookups);
      return result.ok ? [] : result.error.map((e) => `${e.field}:${e.code}`);
    };
    expect(codes({ project: 'SE Höglandet' })).toEqual([
      'coach:IMPORT.ENROLLMENT_INCOMPLETE',
      'enrolledOn:IMPORT.ENROLLMENT_INCOMPLETE',
      'compensationAtStart:IMPORT.ENROLLMENT_INCOMPLETE',
    ]);
    expect(codes({ ...enrolled, compensationAtStart: 'lottovinst' })).toEqual([
      'compensationAtStart:CODE_LIST.UNKNOWN_CODE',
    ]);
    expect(codes({ ...enrolled, enrolledOn: '2023-12-31' })).toEqual([
      'enrolledOn:PROJECT.NOT_RUNNING',
    ]);
    expect(codes({ ...enrolled, currentPhase: 'Jobbsökande', phaseOn: '2025-01-15' })).toEqual([
      'phaseOn:ENROLLMENT.DATE_BEFORE_LAST',
    ]);
    expect(codes({ ...enrolled, dischargedOn: '2025-05-01', dischargeReason: 'got_work' })).toEqual(
      ['compensationAtEnd:ENROLLMENT.DISCHARGE_INCOMPLETE'],
    );
    expect(codes({ ...enrolled, currentPhase: 'Fas 9' })).toEqual([
      'currentPhase:IMPORT.UNKNOWN_PHASE',
    ]);
    expect(codes({ ...enrolled, coach: 'Okänd' })).toEqual(['coach:IMPORT.UNKNOWN_COACH']);
  });
});

describe('checkSheet', () => {
  it('keeps the good rows, lists the bad row, and fails a person and project twice', () => {
    const headers = [
      'Personnummer',
      'Förnamn',
      'Efternamn',
      'Hemkommun',
      'Projekt',
      'Coach',
      'Inskriven',
      'Ersättning vid start',
    ];
    const other = testPersonnummer('1985-01-20', 'male');
    const line = (p: string) => [
      p,
      'Ann',
      'Ek',
      'Nässjö',
      'SE Höglandet',
      'Karin Coach',
      '2025-02-01',
      'sickness_compensation',
    ];
    const check = checkSheet(
      { headers, rows: [line(pnr), line('19900412-1234'), line(other), line(pnr)] },
      suggestMapping(headers),
      lookups,
    );
    expect(check.total).toBe(4);
    expect(check.valid.map((r) => r.row)).toEqual([2, 4]);
    expect(check.errors.map((e) => [e.row, e.code])).toEqual([
      [3, 'PERSONNUMMER.CHECKSUM'],
      [5, 'IMPORT.DUPLICATE_IN_FILE'],
    ]);
  });
});

describe('values as the panel exports them', () => {
  it('takes codes and enum names in capitals (SICKNESS_COMPENSATION, JOB_FINDING, FEMALE)', () => {
    const result = validateImportRow(
      2,
      {
        ...person,
        gender: 'FEMALE',
        ...enrolled,
        compensationAtStart: 'SICKNESS_COMPENSATION, WAGE_SUBSIDY_SALARY',
        currentPhase: 'JOB_FINDING',
      },
      lookups,
    );
    expect(result.ok && result.value.enrollment?.compensationAtStart).toEqual([
      'sickness_compensation',
      'wage_subsidy_salary',
    ]);
    expect(result.ok && result.value.enrollment?.phases.at(-1)?.phase).toBe('job_finding');
  });
});
