import { describe, expect, it } from 'vitest';
import { LocalDate } from '../core/local-date.js';
import { testPersonnummer } from '../identity/test-personnummer.js';
import { checkPlacementSheet } from './check-register-sheet.js';
import { employerTarget, placementTarget } from './import-targets.js';
import { suggestRegisterMapping } from './register-mapping.js';
import { validatePlacementRow } from './validate-placement-row.js';

const lookups = {
  today: LocalDate.from('2026-06-01'),
  projects: [
    {
      id: 'p-1',
      name: 'SE Höglandet',
      period: { start: LocalDate.from('2024-01-01'), end: LocalDate.from('2029-01-01') },
    },
  ],
};
const pnr = testPersonnummer('1988-09-14', 'male');
const placement = {
  personnummer: pnr,
  project: 'SE Höglandet',
  employer: 'Nässjö Bygg AB',
  employerOrganisationNumber: '556016-0680',
  kind: 'Arbetsprövning',
  startedOn: '2025-04-01',
  endedOn: '2025-09-30',
  hoursPerWeek: '37,5',
};

describe('validatePlacementRow', () => {
  it('accepts a placement by Swedish names, with hours written with a decimal comma', () => {
    const result = validatePlacementRow(2, placement, lookups);
    expect(result.ok && result.value).toMatchObject({
      projectId: 'p-1',
      employer: { organisationNumber: '556016-0680', name: 'Nässjö Bygg AB' },
      kind: 'work_trial',
      startedOn: '2025-04-01',
      endedOn: '2025-09-30',
      hoursPerWeek: 37.5,
    });
  });

  it('reports the kind, the organisation number, the end before the start and the hours', () => {
    const result = validatePlacementRow(
      4,
      {
        ...placement,
        kind: 'Semester',
        employerOrganisationNumber: '556016-0681',
        endedOn: '2025-03-01',
        hoursPerWeek: '61',
      },
      lookups,
    );
    expect(result.ok ? [] : result.error).toEqual([
      { row: 4, field: 'kind', code: 'IMPORT.UNKNOWN_PLACEMENT_KIND' },
      { row: 4, field: 'endedOn', code: 'IMPORT.END_BEFORE_START' },
      { row: 4, field: 'hoursPerWeek', code: 'IMPORT.HOURS' },
      { row: 4, field: 'employerOrganisationNumber', code: 'ORGANISATION_NUMBER.CHECKSUM' },
    ]);
  });

  it('a studies placement needs no employer', () => {
    const { employer: _e, employerOrganisationNumber: _o, ...rest } = placement;
    const result = validatePlacementRow(2, { ...rest, kind: 'Studier' }, lookups);
    expect(result.ok && result.value.employer).toBeNull();
  });
});

describe('placementTarget and employerTarget', () => {
  const row = validatePlacementRow(2, placement, lookups);
  if (!row.ok) throw new Error('fixture');
  it('an unknown person, a person not enrolled, one enrolled after the start are row errors', () => {
    expect(placementTarget(row.value, undefined)).toMatchObject({
      error: { row: 2, field: 'personnummer', code: 'IMPORT.UNKNOWN_PERSON' },
    });
    expect(placementTarget(row.value, { participantId: 'x', enrollments: [] })).toMatchObject({
      error: { field: 'project', code: 'IMPORT.NOT_ENROLLED' },
    });
    const late = [{ id: 'e-1', projectId: 'p-1', enrolledOn: LocalDate.from('2025-05-01') }];
    expect(placementTarget(row.value, { participantId: 'x', enrollments: late })).toMatchObject({
      error: { field: 'startedOn', code: 'PLACEMENT.BEFORE_ENROLLMENT' },
    });
    const both = [
      ...late,
      { id: 'e-0', projectId: 'p-1', enrolledOn: LocalDate.from('2025-01-01') },
    ];
    expect(placementTarget(row.value, { participantId: 'x', enrollments: both })).toEqual({
      ok: true,
      value: { participantId: 'x', enrollmentId: 'e-0' },
    });
  });

  it('an employer is found by organisation number, else by name; a new one needs a name', () => {
    const employers = [
      { id: 'emp-1', name: 'Annat namn AB', organisationNumber: '556016-0680' },
      { id: 'emp-2', name: 'Eksjö Café', organisationNumber: null },
    ];
    expect(employerTarget(2, { organisationNumber: '556016-0680', name: 'X' }, employers)).toEqual({
      ok: true,
      value: { existing: 'emp-1' },
    });
    expect(employerTarget(2, { organisationNumber: null, name: 'eksjö café' }, employers)).toEqual({
      ok: true,
      value: { existing: 'emp-2' },
    });
    expect(employerTarget(2, { organisationNumber: '556036-0793', name: null }, [])).toMatchObject({
      error: { field: 'employer', code: 'IMPORT.EMPLOYER_NAME' },
    });
  });
});

describe('checkPlacementSheet', () => {
  it('maps English headers and fails a repeated placement', () => {
    const headers = ['SSN', 'Project', 'Employer', 'Kind', 'Start date', 'Hours per week'];
    const row = [pnr, 'SE Höglandet', 'Eksjö Café', 'employment', '2025-04-01', '20'];
    const mapping = suggestRegisterMapping('placements', headers);
    expect(mapping).toMatchObject({ personnummer: 'SSN', startedOn: 'Start date' });
    const check = checkPlacementSheet({ headers, rows: [row, row] }, mapping, lookups);
    expect(check.valid).toHaveLength(1);
    expect(check.errors).toEqual([
      { row: 3, field: 'personnummer', code: 'IMPORT.DUPLICATE_RECORD_IN_FILE' },
    ]);
  });
});
