import type { PiiCipher } from '../crypto/pii-cipher.js';
import type { TenantTx } from '../db/database.js';
import type { ParticipantEntity } from '../participant/participant.entity.js';
import type { RowOf } from '../db/row-of.js';

/** The ids of the person (`$2`) and of their enrollments, referrals and consents. */
const PERSON_RECORD_IDS = `ARRAY(SELECT $2::uuid
      UNION ALL SELECT e.id FROM enrollments e WHERE e.association_id = $1 AND e.participant_id = $2
      UNION ALL SELECT r.id FROM referrals r WHERE r.association_id = $1 AND r.participant_id = $2
      UNION ALL SELECT c.id FROM consents c WHERE c.association_id = $1 AND c.participant_id = $2)`;

/**
 * Every table that holds data about a person, and how its rows link to the participant.
 * `$1` is the association, `$2` the participant id. The register extract (art. 15) reads
 * exactly this list; a test compares it with the live schema so that a new table that
 * refers to a participant (directly or through enrollments/referrals) cannot be forgotten.
 */
export const personTables: readonly {
  readonly table: string;
  /** Swedish heading in the extract. */
  readonly label: string;
  /** SQL condition on alias `t`. */
  readonly link: string;
  /** The row as shown, a jsonb expression on `t` (default: every column). */
  readonly row?: string;
}[] = [
  { table: 'participants', label: 'Personuppgifter', link: 't.id = $2' },
  { table: 'consents', label: 'Samtycken', link: 't.participant_id = $2' },
  {
    table: 'participant_changes',
    label: 'Rättelser (ändringshistorik)',
    link: 't.participant_id = $2',
  },
  { table: 'referrals', label: 'Remisser', link: 't.participant_id = $2' },
  {
    table: 'referral_decisions',
    label: 'Beslut om remisser',
    link: 't.referral_id IN (SELECT r.id FROM referrals r WHERE r.association_id = $1 AND r.participant_id = $2)',
  },
  { table: 'enrollments', label: 'Inskrivningar', link: 't.participant_id = $2' },
  ...(
    [
      ['phase_transitions', 'Faser i Supported Employment'],
      ['after_support_episodes', 'Efterstöd och återkontakter'],
      ['placements', 'Praktik, anställning och studier'],
      ['follow_ups', 'Uppföljningar'],
    ] as const
  ).map(([table, label]) => ({
    table,
    label,
    link: 't.enrollment_id IN (SELECT e.id FROM enrollments e WHERE e.association_id = $1 AND e.participant_id = $2)',
  })),
  { table: 'assessments', label: 'Skattningar', link: 't.participant_id = $2' },
  {
    table: 'assessment_scores',
    label: 'Skattningar: poäng',
    link: 't.assessment_id IN (SELECT a.id FROM assessments a WHERE a.association_id = $1 AND a.participant_id = $2)',
  },
  ...(
    [
      ['survey_invitations', 'Enkätinbjudningar'],
      ['survey_responses', 'Enkätsvar (ej anonyma)'],
    ] as const
  ).map(([table, label]) => ({
    table,
    label,
    link: 't.enrollment_id IN (SELECT e.id FROM enrollments e WHERE e.association_id = $1 AND e.participant_id = $2)',
  })),
  {
    table: 'audit_log',
    label: 'Loggning: vem som har läst eller ändrat uppgifterna',
    // One audit row lists every record of one action (a list page of 25 people): the row
    // is found by any of the person's ids, and shows only those, not the other people's.
    link: `t.entity_ids && ${PERSON_RECORD_IDS}`,
    row: `jsonb_set(to_jsonb(t), '{entity_ids}', to_jsonb(ARRAY(
      SELECT x FROM unnest(t.entity_ids) WITH ORDINALITY AS u(x, n)
      WHERE x = ANY(${PERSON_RECORD_IDS}) ORDER BY n)))`,
  },
];

/**
 * Tables with a participant-style column or a foreign-key path to participants that are
 * deliberately not in the extract, with the reason. Empty today.
 */
export const personTablesExcluded: Readonly<Record<string, string>> = {};

/** Columns never shown in an extract (internal keys, ciphertexts). */
const HIDDEN_COLUMNS = ['association_id', 'personnummer_cipher', 'personnummer_hash', 'token_hash'];

export type RegisterExtractData = {
  readonly participantId: string;
  readonly personnummer: string;
  readonly sections: readonly {
    readonly table: string;
    readonly label: string;
    readonly rows: readonly Record<string, unknown>[];
  }[];
};

/** Everything stored about one participant, table by table (undefined if there is none). */
export async function registerExtractData(
  tx: TenantTx,
  pii: PiiCipher,
  participantId: string,
): Promise<RegisterExtractData | undefined> {
  const person = await tx.query<RowOf<ParticipantEntity, 'personnummerCipher'>>(
    `SELECT personnummer_cipher FROM participants WHERE association_id = $1 AND id = $2`,
    [tx.associationId, participantId],
  );
  const first = person[0];
  if (!first) return undefined;
  // Tables of optional modules that are not installed are skipped.
  const present = new Set(
    (
      await tx.query<{ name: string }>(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`,
      )
    ).map((r) => r.name),
  );
  const sections = [];
  for (const { table, label, link, row = 'to_jsonb(t)' } of personTables) {
    if (!present.has(table)) continue;
    const rows = await tx.query<{ row: Record<string, unknown> }>(
      `SELECT ${row} - $3::text[] AS row FROM ${table} t WHERE t.association_id = $1 AND (${link})`,
      [tx.associationId, participantId, HIDDEN_COLUMNS],
    );
    sections.push({ table, label, rows: rows.map((r) => r.row) });
  }
  return { participantId, personnummer: pii.decrypt(first.personnummer_cipher), sections };
}
