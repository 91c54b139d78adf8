import { describe, expect, it } from 'vitest';
import type { SusRegistrationRow } from './rows.js';
import { susExportCsv, susFields, susRecord } from './sus-export.js';
import { d } from './test-support/builders.js';

const registration: SusRegistrationRow = {
  registrationId: 'r2',
  anonymous: false,
  budgetYear: 2024,
  gender: 'female',
  birthDate: d('1998-08-20'),
  registeredOn: d('2024-02-01'),
  incomeBefore: ['activity_compensation', 'financial_assistance'],
  educationLevel: 'upper_secondary',
  monthsOnPublicSupportBefore: 30,
  incomeDuring: ['activity_compensation', 'wage_subsidy_salary'],
  dischargedOn: d('2024-11-01'),
  incomeAfter: ['salary'],
  occupationAfter: 'employment',
  workOrStudyStartedOrGrew: true,
  dischargeReason: 'got_work',
};
const anonymous: SusRegistrationRow = {
  ...registration,
  registrationId: 'r1',
  anonymous: true,
  gender: 'male',
  registeredOn: d('2024-01-15'),
};

describe('susRecord', () => {
  it('gives age at registration and time in the insats', () => {
    const record = susRecord(registration);
    // Born 1998-08-20, registered 2024-02-01 → 25. 1 Feb → 1 Nov 2024 = 274 days.
    expect(record.age_at_registration).toBe('25');
    expect(record.birth_year).toBe('1998');
    expect(record.days_in_insats).toBe('274');
    expect(record.income_before).toBe('activity_compensation|financial_assistance');
    expect(record.work_or_study_started_or_grew).toBe('1');
  });

  // §9: "vilken typ av ersättning som personerna har före, under och efter projektdeltagandet".
  it('gives the income before, during and after, during between the in and out fields', () => {
    const record = susRecord(registration);
    expect(record.income_during).toBe('activity_compensation|wage_subsidy_salary');
    expect(record.income_after).toBe('salary');
    const keys = susFields.map(([key]) => key as string);
    expect(keys.indexOf('income_before')).toBeLessThan(keys.indexOf('income_during'));
    expect(keys.indexOf('income_during')).toBeLessThan(keys.indexOf('income_after'));
    expect(susRecord(anonymous).income_during).toBe('');
    expect(susRecord({ ...registration, incomeDuring: [] }).income_during).toBe('');
  });

  it('keeps only gender and budget year of an anonymous participant', () => {
    const record = susRecord(anonymous);
    expect(record.gender).toBe('male');
    expect(record.budget_year).toBe('2024');
    expect(record.birth_year).toBe('');
    expect(record.income_before).toBe('');
    expect(record.registered_on).toBe('');
  });

  it('leaves the out fields empty while enrolled', () => {
    const record = susRecord({
      ...registration,
      dischargedOn: null,
      incomeAfter: [],
      occupationAfter: null,
      workOrStudyStartedOrGrew: null,
      dischargeReason: null,
    });
    expect(record.discharged_on).toBe('');
    expect(record.income_after).toBe('');
    expect(record.days_in_insats).toBe('');
  });
});

describe('susExportCsv', () => {
  it('writes a BOM, Swedish headers in field order, and rows by registration day', () => {
    const csv = susExportCsv([registration, anonymous]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]?.split(';')).toEqual(susFields.map(([, sv]) => sv));
    expect(lines[1]?.startsWith('r1;1;2024;male;')).toBe(true);
    expect(lines[2]).toBe(
      'r2;0;2024;female;1998;25;2024-02-01;activity_compensation|financial_assistance;upper_secondary;30;activity_compensation|wage_subsidy_salary;2024-11-01;salary;employment;1;got_work;274',
    );
  });

  it('writes English headers with commas', () => {
    const csv = susExportCsv([registration], { locale: 'en' });
    expect(csv.slice(1).split('\r\n')[0]?.startsWith('Registration id,Anonymous,Budget year')).toBe(
      true,
    );
  });
});

describe('susExportCsv and formula injection', () => {
  it('writes a formula-like field as text, with a leading quote', () => {
    const csv = susExportCsv([{ ...registration, educationLevel: '=cmd|" /C calc"!A0' }]);
    const record = csv.slice(1).split('\r\n')[1] ?? '';
    expect(record).toContain(`;"'=cmd|"" /C calc""!A0";`);
    expect(record).not.toMatch(/;=/);
  });
});
