import { randomBytes } from 'node:crypto';
import { maskPersonnummer } from '@finsam-se/domain';
import type { PiiCipher } from '../crypto/pii-cipher.js';
import { PersistenceError } from '../db/database-error.js';
import type { TenantTx } from '../db/database.js';
import type { ConsentEntity } from './consent.entity.js';
import type { ParticipantChangeEntity } from './participant-change.entity.js';
import type { Narrowed, RowOf } from '../db/row-of.js';

export const consentPurposes = [
  'participation',
  'sus_registration',
  'surveys',
  'follow_up_contact',
] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];
export const consentMethods = ['written', 'verbal', 'digital'] as const;
export type ConsentMethod = (typeof consentMethods)[number];

export type ConsentRecord = {
  readonly id: string;
  readonly participantId: string;
  readonly purpose: ConsentPurpose;
  readonly givenOn: string;
  readonly method: ConsentMethod;
  readonly recordedBy: string | null;
  readonly recordedByName: string | null;
  readonly recordedAt: string;
  readonly withdrawnOn: string | null;
  readonly withdrawnBy: string | null;
};

export type ParticipantChangeRecord = {
  readonly id: string;
  readonly participantId: string;
  readonly changedAt: string;
  readonly changedBy: string | null;
  readonly changedByName: string | null;
  readonly field: string;
  readonly oldValue: string | null;
  readonly newValue: string | null;
};

/** The name every anonymised person gets. */
export const ANONYMISED_NAME = 'Anonymiserad';
/** What an anonymised personnummer decrypts to: no person has it (no valid date). */
export const ANONYMISED_PERSONNUMMER = '000000000000';

type ConsentRow = Narrowed<
  RowOf<
    ConsentEntity,
    | 'id'
    | 'participantId'
    | 'purpose'
    | 'givenOn'
    | 'method'
    | 'recordedBy'
    | 'recordedAt'
    | 'withdrawnOn'
    | 'withdrawnBy'
  >,
  { purpose: ConsentPurpose; method: ConsentMethod }
> & { recorded_by_name: string | null };

const CONSENT_SELECT = `SELECT c.id, c.participant_id, c.purpose, to_char(c.given_on, 'YYYY-MM-DD') AS given_on, c.method,
  c.recorded_by, u.name AS recorded_by_name, c.recorded_at, to_char(c.withdrawn_on, 'YYYY-MM-DD') AS withdrawn_on, c.withdrawn_by
  FROM consents c LEFT JOIN users u ON u.association_id = c.association_id AND u.id = c.recorded_by`;

const toConsent = (r: ConsentRow): ConsentRecord => ({
  id: r.id,
  participantId: r.participant_id,
  purpose: r.purpose,
  givenOn: r.given_on,
  method: r.method,
  recordedBy: r.recorded_by,
  recordedByName: r.recorded_by_name,
  recordedAt: r.recorded_at.toISOString(),
  withdrawnOn: r.withdrawn_on,
  withdrawnBy: r.withdrawn_by,
});

/** Consent is active on a day when given on or before it and not withdrawn on or before it. */
export function consentActiveOn(consent: ConsentRecord, day: string): boolean {
  return consent.givenOn <= day && (consent.withdrawnOn === null || consent.withdrawnOn > day);
}

/** SQL: the participant `p` has an active consent for `purpose` on `day` (placeholders). */
export function activeConsentSql(participant: string, purpose: string, day: string): string {
  return `EXISTS (SELECT 1 FROM consents c WHERE c.association_id = ${participant}.association_id
    AND c.participant_id = ${participant}.id AND c.purpose = ${purpose}
    AND c.given_on <= ${day} AND (c.withdrawn_on IS NULL OR c.withdrawn_on > ${day}))`;
}

export const consentRepository = {
  async listForParticipant(tx: TenantTx, participantId: string): Promise<ConsentRecord[]> {
    const rows = await tx.query<ConsentRow>(
      `${CONSENT_SELECT} WHERE c.association_id = $1 AND c.participant_id = $2
       ORDER BY c.purpose, c.given_on DESC, c.recorded_at DESC`,
      [tx.associationId, participantId],
    );
    return rows.map(toConsent);
  },

  async findById(tx: TenantTx, id: string): Promise<ConsentRecord | undefined> {
    const rows = await tx.query<ConsentRow>(
      `${CONSENT_SELECT} WHERE c.association_id = $1 AND c.id = $2`,
      [tx.associationId, id],
    );
    return rows[0] ? toConsent(rows[0]) : undefined;
  },

  async record(
    tx: TenantTx,
    values: {
      participantId: string;
      purpose: ConsentPurpose;
      givenOn: string;
      method: ConsentMethod;
      recordedBy: string | null;
    },
  ): Promise<ConsentRecord> {
    const rows = await tx.query<{ id: string }>(
      `INSERT INTO consents (association_id, participant_id, purpose, given_on, method, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        tx.associationId,
        values.participantId,
        values.purpose,
        values.givenOn,
        values.method,
        values.recordedBy,
      ],
    );
    const found = rows[0] && (await this.findById(tx, rows[0].id));
    if (!found) throw new PersistenceError('CONSTRAINT', 'Insert returned nothing');
    return found;
  },

  /** Withdrawal keeps the row: only withdrawn_on and withdrawn_by are set, once. */
  async withdraw(
    tx: TenantTx,
    id: string,
    withdrawnOn: string,
    withdrawnBy: string | null,
  ): Promise<ConsentRecord> {
    const rows = await tx.query<{ id: string }>(
      `UPDATE consents SET withdrawn_on = $3, withdrawn_by = $4
       WHERE association_id = $1 AND id = $2 AND withdrawn_on IS NULL RETURNING id`,
      [tx.associationId, id, withdrawnOn, withdrawnBy],
    );
    const found = await this.findById(tx, id);
    if (!found) throw new PersistenceError('NOT_FOUND', 'No such consent');
    if (rows.length === 0)
      throw new PersistenceError('CONFLICT', 'The consent is already withdrawn');
    return found;
  },
};

/** Fields whose old and new values are never stored in clear in the change history. */
const MASKED_FIELDS = new Set(['personnummer']);

export const participantChangeRepository = {
  async record(
    tx: TenantTx,
    participantId: string,
    changedBy: string | null,
    changes: readonly { field: string; oldValue: string | null; newValue: string | null }[],
  ): Promise<void> {
    if (changes.length === 0) return;
    const mask = (field: string, value: string | null) =>
      value !== null && MASKED_FIELDS.has(field) ? maskPersonnummer(value) : value;
    await tx.query(
      `INSERT INTO participant_changes (association_id, participant_id, changed_by, field, old_value, new_value)
       SELECT $1, $2, $3, x.field, x.old_value, x.new_value
       FROM unnest($4::text[], $5::text[], $6::text[]) AS x(field, old_value, new_value)`,
      [
        tx.associationId,
        participantId,
        changedBy,
        changes.map((c) => c.field),
        changes.map((c) => mask(c.field, c.oldValue)),
        changes.map((c) => mask(c.field, c.newValue)),
      ],
    );
  },

  async list(tx: TenantTx, participantId: string): Promise<ParticipantChangeRecord[]> {
    const rows = await tx.query<
      RowOf<
        ParticipantChangeEntity,
        'id' | 'participantId' | 'changedAt' | 'changedBy' | 'field' | 'oldValue' | 'newValue'
      > & { changed_by_name: string | null }
    >(
      `SELECT c.id, c.participant_id, c.changed_at, c.changed_by, u.name AS changed_by_name, c.field, c.old_value, c.new_value
       FROM participant_changes c LEFT JOIN users u ON u.association_id = c.association_id AND u.id = c.changed_by
       WHERE c.association_id = $1 AND c.participant_id = $2 ORDER BY c.changed_at DESC, c.id`,
      [tx.associationId, participantId],
    );
    return rows.map((r) => ({
      id: r.id,
      participantId: r.participant_id,
      changedAt: r.changed_at.toISOString(),
      changedBy: r.changed_by,
      changedByName: r.changed_by_name,
      field: r.field,
      oldValue: r.old_value,
      newValue: r.new_value,
    }));
  },
};

/**
 * Irreversible anonymisation of identifying data, shared by erasure and retention. Names
 * become 'Anonymiserad'; the personnummer cipher is replaced by an encryption of a number
 * no one has and the look-up hash by random bytes (no key derives them); the birth date
 * keeps only the year; free-text notes about the person are cleared, and the change
 * history's old and new values of names are blanked. Gender, municipality, dates and codes
 * stay, so aggregate statistics are unchanged. Idempotent: anonymised rows are skipped.
 * Works in a tenant transaction (associationId from tx) or as the owner (given explicitly).
 */
export async function anonymiseParticipants(
  tx: TenantTx,
  pii: PiiCipher,
  associationId: string,
  participantIds: readonly string[],
  today: string,
): Promise<string[]> {
  if (participantIds.length === 0) return [];
  const due = await tx.query<{ id: string }>(
    `SELECT id FROM participants WHERE association_id = $1 AND id = ANY($2::uuid[]) AND anonymised_on IS NULL FOR UPDATE`,
    [associationId, participantIds],
  );
  const ids = due.map((r) => r.id);
  if (ids.length === 0) return [];
  const ciphers = ids.map(() => pii.encrypt(ANONYMISED_PERSONNUMMER));
  const hashes = ids.map(() => randomBytes(32));
  await tx.query(
    `UPDATE participants p SET first_name = $3, last_name = $3,
       personnummer_cipher = x.cipher, personnummer_hash = x.hash,
       birth_date = date_trunc('year', p.birth_date)::date,
       anonymised_on = $4::date, version = p.version + 1
     FROM unnest($2::uuid[], $5::bytea[], $6::bytea[]) AS x(id, cipher, hash)
     WHERE p.association_id = $1 AND p.id = x.id`,
    [associationId, ids, ANONYMISED_NAME, today, ciphers, hashes],
  );
  await tx.query(
    `UPDATE referral_decisions d SET note = '' FROM referrals r
     WHERE d.association_id = $1 AND r.association_id = d.association_id AND r.id = d.referral_id
       AND r.participant_id = ANY($2::uuid[]) AND d.note <> ''`,
    [associationId, ids],
  );
  // Free-text notes of assessments (when the survey module is installed).
  const assessments = await tx.query<{ present: boolean }>(
    `SELECT to_regclass('public.assessments') IS NOT NULL AS present`,
  );
  if (assessments[0]?.present)
    await tx.query(
      `UPDATE assessments SET note = '' WHERE association_id = $1 AND participant_id = ANY($2::uuid[]) AND note <> ''`,
      [associationId, ids],
    );
  // The change history would otherwise keep the erased names.
  await tx.query(
    `UPDATE participant_changes SET
       old_value = CASE WHEN old_value IS NULL THEN NULL ELSE $3 END,
       new_value = CASE WHEN new_value IS NULL THEN NULL ELSE $3 END
     WHERE association_id = $1 AND participant_id = ANY($2::uuid[])
       AND field IN ('firstName', 'lastName', 'personnummer', 'birthDate')`,
    [associationId, ids, ANONYMISED_NAME],
  );
  return ids;
}
