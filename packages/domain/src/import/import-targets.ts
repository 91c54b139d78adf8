import type { LocalDate } from '../core/local-date.js';
import { type Result, err, ok } from '../core/result.js';
import { placementStartAllowed } from '../rules/event-dates.js';
import type { RegisterRowError } from './register-row.js';
import type { EmployerReference, PlacementImportRow } from './validate-placement-row.js';

/** A registered person as a referral or placement row finds them, with their enrollments. */
export type KnownPerson = {
  readonly participantId: string;
  readonly enrollments: readonly {
    readonly id: string;
    readonly projectId: string;
    readonly enrolledOn: LocalDate;
  }[];
};

/** A referral's or placement's person must be registered: the import registers no one here. */
export function personTarget(
  row: number,
  person: KnownPerson | undefined,
): Result<string, RegisterRowError> {
  return person
    ? ok(person.participantId)
    : err({ row, field: 'personnummer', code: 'IMPORT.UNKNOWN_PERSON' });
}

/**
 * The enrollment a placement belongs to: the person's latest enrollment in the project
 * that began by the placement's start (`placementStartAllowed`, the panel's rule).
 */
export function placementTarget(
  row: PlacementImportRow,
  person: KnownPerson | undefined,
): Result<{ participantId: string; enrollmentId: string }, RegisterRowError> {
  const found = personTarget(row.row, person);
  if (!found.ok) return found;
  const inProject = (person?.enrollments ?? [])
    .filter((e) => e.projectId === row.projectId)
    .sort((a, b) => (a.enrolledOn < b.enrolledOn ? 1 : a.enrolledOn > b.enrolledOn ? -1 : 0));
  const earliest = inProject.at(-1);
  if (!earliest) return err({ row: row.row, field: 'project', code: 'IMPORT.NOT_ENROLLED' });
  const enrollment = inProject.find((e) => placementStartAllowed(e, row.startedOn).ok);
  if (!enrollment) {
    const refused = placementStartAllowed(earliest, row.startedOn);
    return err({
      row: row.row,
      field: 'startedOn',
      code: refused.ok ? 'IMPORT.NOT_ENROLLED' : refused.error.code,
    });
  }
  return ok({ participantId: found.value, enrollmentId: enrollment.id });
}

export type KnownEmployer = {
  readonly id: string;
  readonly name: string;
  readonly organisationNumber: string | null;
};

const nameKey = (name: string) => name.trim().toLocaleLowerCase('sv');

/** How an employer reference is written: one the association has, or a new one to register. */
export type EmployerTarget =
  | { readonly existing: string }
  | { readonly create: { readonly name: string; readonly organisationNumber: string | null } };

/**
 * The employer a placement row names: by organisation number when it gives one (the
 * number is the employer's identity), else by name, ignoring case; one not found is
 * registered, which needs its name.
 */
export function employerTarget(
  row: number,
  reference: EmployerReference,
  employers: readonly KnownEmployer[],
): Result<EmployerTarget, RegisterRowError> {
  const found =
    reference.organisationNumber !== null
      ? employers.find((e) => e.organisationNumber === reference.organisationNumber)
      : employers.find(
          (e) => reference.name !== null && nameKey(e.name) === nameKey(reference.name),
        );
  if (found) return ok({ existing: found.id });
  if (reference.name === null) return err({ row, field: 'employer', code: 'IMPORT.EMPLOYER_NAME' });
  return ok({ create: { name: reference.name, organisationNumber: reference.organisationNumber } });
}

/** The key two rows name the same employer by, before either is registered. */
export function employerKey(reference: EmployerReference): string {
  return reference.organisationNumber ?? `name:${nameKey(reference.name ?? '')}`;
}
