import type { ImportEnrollment, ImportRow } from '@finsam-se/domain';
import type { PiiCipher } from '../crypto/pii-cipher.js';
import type { TenantTx } from '../db/database.js';
import type { ImportActor } from './import-actor.js';
import { auditImportBatch } from './import-audit.js';

export type { ImportActor } from './import-actor.js';

export type BatchResult = {
  readonly participants: number;
  readonly enrollments: number;
  /** Rows whose person (and enrollment in the project) the association already had. */
  readonly skipped: number;
};

/**
 * Writes one batch in the caller's transaction, idempotent on the natural key: a person is
 * their personnummer's keyed hash in the association (an existing one is kept as it is), an
 * enrollment is that person in that project (an existing one in the project is kept). So a
 * batch written twice writes nothing the second time. Set-based: a handful of statements a
 * batch whatever its size. One audit row per kind of record created, naming the run.
 */
export async function writeBatch(
  tx: TenantTx,
  pii: PiiCipher,
  rows: readonly ImportRow[],
  actor: ImportActor,
  runId: string,
): Promise<BatchResult> {
  const hashOf = new Map<string, string>();
  for (const row of rows)
    if (!hashOf.has(row.personnummer))
      hashOf.set(row.personnummer, pii.hash(row.personnummer).toString('hex'));
  const hashes = [...new Set(hashOf.values())];
  const known = await idsByHash(tx, hashes);
  // The first row of each person not yet registered registers them.
  const newPeople = new Map<string, ImportRow>();
  for (const row of rows) {
    const hash = hashOf.get(row.personnummer) ?? '';
    if (!known.has(hash) && !newPeople.has(hash)) newPeople.set(hash, row);
  }
  const created = await insertPeople(tx, pii, newPeople, actor.userId);
  const people = created.length > 0 ? await idsByHash(tx, hashes) : known;

  const enrolling = await newEnrollments(tx, rows, (row) =>
    people.get(hashOf.get(row.personnummer) ?? ''),
  );
  const enrolled = await insertEnrollments(tx, enrolling);
  const enrolledKeys = new Set(enrolled.map((e) => e.key));

  await auditImportBatch(tx, actor, runId, [
    ['participant', created],
    ['enrollment', enrolled.map((e) => e.id)],
  ]);
  const skipped = rows.filter((row) => {
    const hash = hashOf.get(row.personnummer) ?? '';
    const newPerson = newPeople.get(hash) === row;
    const key = row.enrollment ? `${people.get(hash)}/${row.enrollment.projectId}` : '';
    return !newPerson && !enrolledKeys.has(key);
  }).length;
  return { participants: created.length, enrollments: enrolled.length, skipped };
}

async function idsByHash(tx: TenantTx, hashes: readonly string[]): Promise<Map<string, string>> {
  const rows = await tx.query<{ id: string; hash: string }>(
    `SELECT id, encode(personnummer_hash, 'hex') AS hash FROM participants
     WHERE association_id = $1 AND personnummer_hash = ANY(SELECT decode(h, 'hex') FROM unnest($2::text[]) AS h)`,
    [tx.associationId, hashes],
  );
  return new Map(rows.map((r) => [r.hash, r.id]));
}

/** Registers the people in one statement; one registered meanwhile is left (ON CONFLICT). */
async function insertPeople(
  tx: TenantTx,
  pii: PiiCipher,
  people: ReadonlyMap<string, ImportRow>,
  userId: string | null,
): Promise<string[]> {
  if (people.size === 0) return [];
  const rows = await tx.query<{ id: string }>(
    `INSERT INTO participants (association_id, personnummer_cipher, personnummer_hash, first_name, last_name, gender, birth_date, home_municipality_id, target_group_factors, registered_by)
     SELECT $1, decode(r.cipher, 'hex'), decode(r.hash, 'hex'), r.first_name, r.last_name, r.gender, r.birth_date, r.home_municipality_id, r.factors, $3
     FROM jsonb_to_recordset($2::jsonb)
       AS r(cipher text, hash text, first_name text, last_name text, gender text, birth_date date, home_municipality_id uuid, factors text[])
     ON CONFLICT (association_id, personnummer_hash) DO NOTHING
     RETURNING id`,
    [
      tx.associationId,
      JSON.stringify(
        [...people].map(([hash, row]) => ({
          cipher: pii.encrypt(row.personnummer).toString('hex'),
          hash,
          first_name: row.firstName,
          last_name: row.lastName,
          gender: row.gender,
          birth_date: row.birthDate,
          home_municipality_id: row.homeMunicipalityId,
          factors: row.targetGroupFactors,
        })),
      ),
      userId,
    ],
  );
  return rows.map((r) => r.id);
}

type Enrolling = { readonly participantId: string; readonly e: ImportEnrollment };

/** The rows' enrollments whose person has none in that project yet. */
async function newEnrollments(
  tx: TenantTx,
  rows: readonly ImportRow[],
  participantOf: (row: ImportRow) => string | undefined,
): Promise<Enrolling[]> {
  const ids = [...new Set(rows.map(participantOf).filter((id) => id !== undefined))];
  const taken = new Set(
    (
      await tx.query<{ key: string }>(
        `SELECT participant_id || '/' || project_id AS key FROM enrollments
         WHERE association_id = $1 AND participant_id = ANY($2::uuid[])`,
        [tx.associationId, ids],
      )
    ).map((r) => r.key),
  );
  return rows.flatMap((row) => {
    const participantId = participantOf(row);
    const e = row.enrollment;
    if (!e || participantId === undefined || taken.has(`${participantId}/${e.projectId}`))
      return [];
    return [{ participantId, e }];
  });
}

/** The enrollments and their phase histories, in two statements. */
async function insertEnrollments(
  tx: TenantTx,
  enrolling: readonly Enrolling[],
): Promise<{ id: string; key: string }[]> {
  if (enrolling.length === 0) return [];
  const enrolled = await tx.query<{ id: string; key: string }>(
    `INSERT INTO enrollments (association_id, participant_id, coach_id, municipality_id, project_id, enrolled_on, compensation_at_start,
       current_phase, discharged_on, discharge_reason, compensation_at_end, occupation_after, first_employer_contact_on)
     SELECT $1, r.participant_id, r.coach_id, r.municipality_id, r.project_id, r.enrolled_on, r.compensation_at_start,
       r.current_phase, r.discharged_on, r.discharge_reason, r.compensation_at_end, r.occupation_after, r.first_employer_contact_on
     FROM jsonb_to_recordset($2::jsonb) AS r(participant_id uuid, coach_id uuid, municipality_id uuid, project_id uuid,
       enrolled_on date, compensation_at_start text[], current_phase text, discharged_on date, discharge_reason text,
       compensation_at_end text[], occupation_after text, first_employer_contact_on date)
     RETURNING id, participant_id || '/' || project_id AS key`,
    [
      tx.associationId,
      JSON.stringify(
        enrolling.map(({ participantId, e }) => ({
          participant_id: participantId,
          coach_id: e.coachId,
          municipality_id: e.municipalityId,
          project_id: e.projectId,
          enrolled_on: e.enrolledOn,
          compensation_at_start: e.compensationAtStart,
          current_phase: e.phases.at(-1)?.phase ?? 'agreement',
          discharged_on: e.discharge?.on ?? null,
          discharge_reason: e.discharge?.reason ?? null,
          compensation_at_end: e.discharge?.compensationAtEnd ?? null,
          occupation_after: e.discharge?.occupationAfter ?? null,
          first_employer_contact_on:
            e.phases.find((p) => p.phase === 'employer_engagement')?.on ?? null,
        })),
      ),
    ],
  );
  const idOf = new Map(enrolled.map((r) => [r.key, r.id]));
  const transitions = enrolling.flatMap(({ participantId, e }) => {
    const enrollmentId = idOf.get(`${participantId}/${e.projectId}`);
    return enrollmentId === undefined
      ? []
      : e.phases.map((p, index) => ({
          enrollment_id: enrollmentId,
          seq: index + 1,
          phase: p.phase,
          on_date: p.on,
        }));
  });
  await tx.query(
    `INSERT INTO phase_transitions (association_id, enrollment_id, seq, phase, on_date)
     SELECT $1, r.enrollment_id, r.seq, r.phase, r.on_date
     FROM jsonb_to_recordset($2::jsonb) AS r(enrollment_id uuid, seq int, phase text, on_date date)`,
    [tx.associationId, JSON.stringify(transitions)],
  );
  return enrolled;
}
