import {
  type LocalDate,
  type ReferralActor,
  type ReferralImportRow,
  type RegisterMapping,
  type RegisterRowError,
  type Role,
  type Sheet,
  checkReferralSheet,
  personTarget,
} from '@finsam-se/domain';
import type { PiiCipher } from '../crypto/pii-cipher.js';
import type { TenantTx } from '../db/database.js';
import { auditImportBatch } from './import-audit.js';
import { loadImportLookups } from './import-lookups.js';
import type { ImportCounts } from './import-store.js';
import { knownPeople } from './known-people.js';
import type { ImportActor } from './write-batch.js';

/** A referral row with its person found. */
export type ResolvedReferral = ReferralImportRow & { readonly participantId: string };

export type ReferralCheck = {
  readonly total: number;
  readonly valid: readonly ResolvedReferral[];
  readonly errors: readonly RegisterRowError[];
  readonly existingParticipants: number;
  /** Valid rows whose referral the association already has (the import skips them). */
  readonly existingRecords: number;
};

const byRow = (a: RegisterRowError, b: RegisterRowError) => a.row - b.row;

/**
 * Every referral row checked by the domain's rules, then against the register: the person
 * must be registered (a referral file registers no one). Nothing written.
 */
export async function checkReferrals(
  tx: TenantTx,
  pii: PiiCipher,
  input: {
    sheet: Sheet;
    mapping: RegisterMapping;
    today: LocalDate;
    decider: ReferralActor | null;
  },
): Promise<ReferralCheck> {
  const users = await tx.query<{ id: string; name: string; email: string; role: Role }>(
    `SELECT id, name, email, role FROM users WHERE association_id = $1 ORDER BY name, id`,
    [tx.associationId],
  );
  const lookups = {
    ...(await loadImportLookups(tx, input.today)),
    users,
    decider: input.decider,
  };
  const check = checkReferralSheet(input.sheet, input.mapping, lookups);
  const people = await knownPeople(
    tx,
    pii,
    check.valid.map((r) => r.personnummer),
  );
  const errors = [...check.errors];
  const valid: ResolvedReferral[] = [];
  for (const row of check.valid) {
    const person = personTarget(row.row, people.get(row.personnummer));
    if (person.ok) valid.push({ ...row, participantId: person.value });
    else errors.push(person.error);
  }
  const existing = await existingKeys(tx, valid);
  return {
    total: check.total,
    valid,
    errors: errors.sort(byRow),
    existingParticipants: new Set(valid.map((r) => r.participantId)).size,
    existingRecords: valid.filter((r) => existing.has(keyOf(r))).length,
  };
}

const keyOf = (r: Pick<ResolvedReferral, 'participantId' | 'projectId' | 'receivedOn'>) =>
  `${r.participantId}/${r.projectId}/${r.receivedOn}`;

/** The natural keys (person, project, day received) of the rows' people's referrals. */
async function existingKeys(tx: TenantTx, rows: readonly ResolvedReferral[]): Promise<Set<string>> {
  const found = await tx.query<{ key: string }>(
    `SELECT participant_id || '/' || project_id || '/' || received_on::text AS key FROM referrals
     WHERE association_id = $1 AND participant_id = ANY($2::uuid[])`,
    [tx.associationId, [...new Set(rows.map((r) => r.participantId))]],
  );
  return new Set(found.map((r) => r.key));
}

/**
 * Writes one batch of referrals in the caller's transaction, idempotent on the natural key
 * (person, project, day received): a referral the association has is kept as it is. A
 * row's decision is written with its referral, in the state the state machine gave it.
 * Set-based; one audit row for the referrals created, naming the run.
 */
export async function writeReferrals(
  tx: TenantTx,
  rows: readonly ResolvedReferral[],
  actor: ImportActor,
  runId: string,
): Promise<ImportCounts> {
  const existing = await existingKeys(tx, rows);
  const fresh = rows.filter((r) => !existing.has(keyOf(r)));
  if (fresh.length === 0) return { referrals: 0, skipped: rows.length };
  const created = await tx.query<{ id: string; key: string }>(
    `INSERT INTO referrals (association_id, participant_id, municipality_id, project_id, referred_by, referrer_organisation, received_on, state)
     SELECT $1, r.participant_id, r.municipality_id, r.project_id, r.referred_by, r.referrer_organisation, r.received_on, r.state
     FROM jsonb_to_recordset($2::jsonb) AS r(participant_id uuid, municipality_id uuid, project_id uuid,
       referred_by uuid, referrer_organisation text, received_on date, state text)
     RETURNING id, participant_id || '/' || project_id || '/' || received_on::text AS key`,
    [
      tx.associationId,
      JSON.stringify(
        fresh.map((r) => ({
          participant_id: r.participantId,
          municipality_id: r.municipalityId,
          project_id: r.projectId,
          referred_by: r.referredBy,
          referrer_organisation: r.referrerOrganisation,
          received_on: r.receivedOn,
          state: r.decision?.state ?? 'received',
        })),
      ),
    ],
  );
  const idOf = new Map(created.map((c) => [c.key, c.id]));
  const decisions = fresh.flatMap((r) =>
    r.decision === null ? [] : [{ referral_id: idOf.get(keyOf(r)), ...decisionColumns(r) }],
  );
  if (decisions.length > 0)
    await tx.query(
      `INSERT INTO referral_decisions (association_id, referral_id, action, state, decided_on, decided_by, note)
       SELECT $1, r.referral_id, r.action, r.state, r.decided_on, r.decided_by, r.note
       FROM jsonb_to_recordset($2::jsonb) AS r(referral_id uuid, action text, state text, decided_on date, decided_by uuid, note text)`,
      [tx.associationId, JSON.stringify(decisions)],
    );
  await auditImportBatch(tx, actor, runId, [['referral', created.map((c) => c.id)]]);
  return { referrals: created.length, skipped: rows.length - created.length };
}

function decisionColumns(r: ResolvedReferral) {
  return {
    action: r.decision?.action,
    state: r.decision?.state,
    decided_on: r.decision?.decidedOn,
    decided_by: r.decision?.decidedBy,
    note: r.decision?.note ?? '',
  };
}
