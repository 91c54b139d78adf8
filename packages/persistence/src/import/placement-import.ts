import {
  type KnownEmployer,
  type LocalDate,
  type PlacementImportRow,
  type RegisterMapping,
  type RegisterRowError,
  type Sheet,
  checkPlacementSheet,
  employerKey,
  employerTarget,
  placementTarget,
} from '@finsam-se/domain';
import type { PiiCipher } from '../crypto/pii-cipher.js';
import type { TenantTx } from '../db/database.js';
import { auditImportBatch } from './import-audit.js';
import { loadImportLookups } from './import-lookups.js';
import type { ImportCounts } from './import-store.js';
import { knownEmployers, knownPeople } from './known-people.js';
import type { ImportActor } from './write-batch.js';

/** A placement row with its person and enrollment found. */
export type ResolvedPlacement = PlacementImportRow & {
  readonly participantId: string;
  readonly enrollmentId: string;
};

export type PlacementCheck = {
  readonly total: number;
  readonly valid: readonly ResolvedPlacement[];
  readonly errors: readonly RegisterRowError[];
  readonly existingParticipants: number;
  /** Valid rows whose placement the association already has (the import skips them). */
  readonly existingRecords: number;
};

/**
 * Every placement row checked by the domain's rules, then against the register: the
 * person registered and enrolled in the project by the start date, the employer one the
 * association has or one the import can register (it has a name). Nothing written.
 */
export async function checkPlacements(
  tx: TenantTx,
  pii: PiiCipher,
  input: { sheet: Sheet; mapping: RegisterMapping; today: LocalDate },
): Promise<PlacementCheck> {
  const check = checkPlacementSheet(
    input.sheet,
    input.mapping,
    await loadImportLookups(tx, input.today),
  );
  const people = await knownPeople(
    tx,
    pii,
    check.valid.map((r) => r.personnummer),
  );
  const employers = await knownEmployers(tx);
  const errors = [...check.errors];
  const valid: ResolvedPlacement[] = [];
  for (const row of check.valid) {
    const target = placementTarget(row, people.get(row.personnummer));
    const employer = row.employer ? employerTarget(row.row, row.employer, employers) : undefined;
    if (!target.ok) errors.push(target.error);
    if (employer && !employer.ok) errors.push(employer.error);
    if (target.ok && (!employer || employer.ok)) valid.push({ ...row, ...target.value });
  }
  const existing = await existingKeys(tx, valid);
  const employerIds = idsOf(valid, employers, new Map());
  return {
    total: check.total,
    valid,
    errors: errors.sort((a, b) => a.row - b.row),
    existingParticipants: new Set(valid.map((r) => r.participantId)).size,
    existingRecords: valid.filter((r) => existing.has(keyOf(r, employerIds.get(r)))).length,
  };
}

/** Each row's employer id where the association has it (null: no employer; undefined: new). */
function idsOf(
  rows: readonly ResolvedPlacement[],
  employers: readonly KnownEmployer[],
  created: ReadonlyMap<string, string>,
): Map<ResolvedPlacement, string | null | undefined> {
  return new Map(
    rows.map((r) => {
      if (!r.employer) return [r, null];
      const target = employerTarget(r.row, r.employer, employers);
      if (target.ok && 'existing' in target.value) return [r, target.value.existing];
      return [r, created.get(employerKey(r.employer))];
    }),
  );
}

const keyOf = (r: ResolvedPlacement, employerId: string | null | undefined) =>
  `${r.enrollmentId}/${employerId ?? ''}/${r.startedOn}`;

/** The natural keys (enrollment, employer, start) of the rows' enrollments' placements. */
async function existingKeys(
  tx: TenantTx,
  rows: readonly ResolvedPlacement[],
): Promise<Set<string>> {
  const found = await tx.query<{ key: string }>(
    `SELECT enrollment_id || '/' || coalesce(employer_id::text, '') || '/' || started_on::text AS key
     FROM placements WHERE association_id = $1 AND enrollment_id = ANY($2::uuid[])`,
    [tx.associationId, [...new Set(rows.map((r) => r.enrollmentId))]],
  );
  return new Set(found.map((r) => r.key));
}

/** Registers the employers the rows name that the association does not have, one per key. */
async function createEmployers(
  tx: TenantTx,
  rows: readonly ResolvedPlacement[],
  employers: readonly KnownEmployer[],
): Promise<Map<string, string>> {
  const wanted = new Map<string, { name: string; organisationNumber: string | null }>();
  for (const r of rows) {
    if (!r.employer) continue;
    const target = employerTarget(r.row, r.employer, employers);
    if (target.ok && 'create' in target.value && !wanted.has(employerKey(r.employer)))
      wanted.set(employerKey(r.employer), target.value.create);
  }
  if (wanted.size === 0) return new Map();
  const created = await tx.query<{ id: string; name: string; organisation_number: string | null }>(
    `INSERT INTO employers (association_id, name, organisation_number)
     SELECT $1, r.name, r.organisation_number
     FROM jsonb_to_recordset($2::jsonb) AS r(name text, organisation_number text)
     RETURNING id, name, organisation_number`,
    [
      tx.associationId,
      JSON.stringify(
        [...wanted.values()].map((e) => ({
          name: e.name,
          organisation_number: e.organisationNumber,
        })),
      ),
    ],
  );
  return new Map(
    created.map((e) => [
      employerKey({ organisationNumber: e.organisation_number, name: e.name }),
      e.id,
    ]),
  );
}

/**
 * Writes one batch of placements in the caller's transaction, idempotent on the natural
 * key (enrollment, employer, start date): the employers a row names that the association
 * does not have are registered first (by organisation number, else name, so a second
 * batch or a second import finds them), then each placement not already there.
 * Set-based; one audit row for each kind of record created, naming the run.
 */
export async function writePlacements(
  tx: TenantTx,
  rows: readonly ResolvedPlacement[],
  actor: ImportActor,
  runId: string,
): Promise<ImportCounts> {
  const employers = await knownEmployers(tx);
  const created = await createEmployers(tx, rows, employers);
  const employerIds = idsOf(rows, employers, created);
  const existing = await existingKeys(tx, rows);
  const fresh = rows.filter((r) => !existing.has(keyOf(r, employerIds.get(r))));
  const placed =
    fresh.length === 0
      ? []
      : await tx.query<{ id: string }>(
          `INSERT INTO placements (association_id, enrollment_id, employer_id, kind, started_on, ended_on, hours_per_week)
           SELECT $1, r.enrollment_id, r.employer_id, r.kind, r.started_on, r.ended_on, r.hours_per_week
           FROM jsonb_to_recordset($2::jsonb) AS r(enrollment_id uuid, employer_id uuid, kind text,
             started_on date, ended_on date, hours_per_week numeric)
           RETURNING id`,
          [
            tx.associationId,
            JSON.stringify(
              fresh.map((r) => ({
                enrollment_id: r.enrollmentId,
                employer_id: employerIds.get(r) ?? null,
                kind: r.kind,
                started_on: r.startedOn,
                ended_on: r.endedOn,
                hours_per_week: r.hoursPerWeek,
              })),
            ),
          ],
        );
  await auditImportBatch(tx, actor, runId, [
    ['employer', [...created.values()]],
    ['placement', placed.map((p) => p.id)],
  ]);
  return {
    placements: placed.length,
    employers: created.size,
    skipped: rows.length - placed.length,
  };
}
