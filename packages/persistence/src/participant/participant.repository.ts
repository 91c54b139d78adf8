import type { Participant, Phase } from '@finsam-se/domain';
import { LocalDate } from '@finsam-se/domain';
import type { PiiCipher } from '../crypto/pii-cipher.js';
import { PersistenceError } from '../db/database-error.js';
import type { TenantTx } from '../db/database.js';
import type { ParticipantEntity } from './participant.entity.js';
import type { RowOf } from '../db/row-of.js';
import { AUDIT_IDS_PER_ROW } from '../audit/audit.repository.js';
import { conflictOrMissing } from '../db/conflict-or-missing.js';
import {
  type ParticipantFilter,
  type ParticipantStatus,
  type ParticipantVisibility,
  STATUS_SQL,
  participantWhere,
} from './participant-query.js';

export type { ParticipantFilter, ParticipantStatus, ParticipantVisibility };

/** What `COLUMNS` selects (the birth date as text, like every date column here). */
type ParticipantRow = RowOf<
  ParticipantEntity,
  | 'associationId'
  | 'id'
  | 'personnummerCipher'
  | 'firstName'
  | 'lastName'
  | 'gender'
  | 'birthDate'
  | 'homeMunicipalityId'
  | 'targetGroupFactors'
  | 'version'
>;

const COLUMNS = `association_id, id, personnummer_cipher, first_name, last_name, gender,
  to_char(birth_date, 'YYYY-MM-DD') AS birth_date, home_municipality_id, target_group_factors, version`;

export function toParticipant(row: ParticipantRow, pii: PiiCipher): Participant {
  return {
    associationId: row.association_id,
    id: row.id,
    personnummer: pii.decrypt(row.personnummer_cipher),
    firstName: row.first_name,
    lastName: row.last_name,
    gender: row.gender,
    birthDate: LocalDate.from(row.birth_date),
    homeMunicipalityId: row.home_municipality_id,
    targetGroupFactors: row.target_group_factors,
    version: row.version,
  };
}

type LatestRow = {
  enrollment_id: string | null;
  coach_id: string | null;
  current_phase: Phase | null;
};

export type ParticipantWithLatest = Participant & {
  readonly status: ParticipantStatus;
  readonly latestEnrollment: {
    readonly id: string;
    readonly coachId: string;
    readonly currentPhase: Phase;
  } | null;
};

export type NewParticipant = Omit<Participant, 'associationId' | 'id' | 'version'> & {
  /** The user who registers the person: a coach keeps seeing them until someone enrols them. */
  readonly registeredBy?: string | null;
};
export type ParticipantChanges = Partial<
  Pick<
    Participant,
    'firstName' | 'lastName' | 'gender' | 'homeMunicipalityId' | 'targetGroupFactors'
  >
>;

/**
 * A list query: a filter (who may be seen, what was searched for) and a page. Name and
 * personnummer searches come as words and a plain number; the number is hashed here and
 * never reaches SQL.
 */
export type ParticipantListQuery = Omit<ParticipantFilter, 'personnummerHash'> & {
  /** A normalised 12-digit personnummer (`YYYYMMDDNNNC`), looked up by its keyed hash. */
  readonly personnummer?: string;
  readonly sortField?: 'lastName' | 'firstName' | 'birthDate' | 'id';
  readonly sortOrder?: 'ASC' | 'DESC';
  readonly limit: number;
  readonly offset: number;
};

/**
 * Sort keys with their tie-breakers, ending in the id so pages are stable. Every key runs
 * in the one direction asked for, so the name sort reads `participants_by_name` (forwards
 * or backwards) and stops after the page instead of sorting the association.
 */
const sortKeys = {
  lastName: ['p.last_name', 'p.first_name'],
  firstName: ['p.first_name', 'p.last_name'],
  birthDate: ['p.birth_date'],
  id: [],
} as const;

function orderBy(field: keyof typeof sortKeys, direction: 'ASC' | 'DESC'): string {
  return [...sortKeys[field], 'p.id'].map((key) => `${key} ${direction}`).join(', ');
}

/** Participants of one association; the personnummer is decrypted only here. */
export function participantRepository(pii: PiiCipher) {
  function where(
    query: Omit<ParticipantListQuery, 'limit' | 'offset' | 'sortField' | 'sortOrder'>,
    tx: TenantTx,
  ) {
    const { personnummer, ...filter } = query;
    return participantWhere(
      personnummer === undefined ? filter : { ...filter, personnummerHash: pii.hash(personnummer) },
      tx,
    );
  }

  async function list(tx: TenantTx, query: ParticipantListQuery): Promise<Participant[]> {
    const { sql, params } = where(query, tx);
    const order = orderBy(
      query.sortField ?? 'lastName',
      query.sortOrder === 'DESC' ? 'DESC' : 'ASC',
    );
    params.push(query.limit, query.offset);
    const rows = await tx.query<ParticipantRow>(
      `SELECT ${COLUMNS} FROM participants p WHERE ${sql}
       ORDER BY ${order} LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return rows.map((row) => toParticipant(row, pii));
  }

  return {
    async create(tx: TenantTx, participant: NewParticipant): Promise<Participant> {
      const rows = await tx.query<ParticipantRow>(
        `INSERT INTO participants (association_id, personnummer_cipher, personnummer_hash, first_name, last_name, gender, birth_date, home_municipality_id, target_group_factors, registered_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${COLUMNS}`,
        [
          tx.associationId,
          pii.encrypt(participant.personnummer),
          pii.hash(participant.personnummer),
          participant.firstName,
          participant.lastName,
          participant.gender,
          participant.birthDate,
          participant.homeMunicipalityId,
          participant.targetGroupFactors,
          participant.registeredBy ?? null,
        ],
      );
      const row = rows[0];
      if (!row) throw new PersistenceError('CONSTRAINT', 'Insert returned nothing');
      return toParticipant(row, pii);
    },

    async findById(tx: TenantTx, id: string): Promise<Participant | undefined> {
      const rows = await tx.query<ParticipantRow>(
        `SELECT ${COLUMNS} FROM participants WHERE association_id = $1 AND id = $2`,
        [tx.associationId, id],
      );
      return rows[0] ? toParticipant(rows[0], pii) : undefined;
    },

    /** Exact look-up by the keyed hash: the number itself is never in a WHERE clause. */
    async findByPersonnummer(tx: TenantTx, personnummer: string): Promise<Participant | undefined> {
      const rows = await tx.query<ParticipantRow>(
        `SELECT ${COLUMNS} FROM participants WHERE association_id = $1 AND personnummer_hash = $2`,
        [tx.associationId, pii.hash(personnummer)],
      );
      return rows[0] ? toParticipant(rows[0], pii) : undefined;
    },

    /**
     * The participant if `visibleTo` reaches them, else undefined: the one check of "may
     * this reader see this person" for single look-ups (consents, updates, referrals,
     * enrollments), the same clause as the lists.
     */
    async findVisible(
      tx: TenantTx,
      visibleTo: ParticipantVisibility,
      id: string,
    ): Promise<Participant | undefined> {
      const [row] = await list(tx, { visibleTo, ids: [id], limit: 1, offset: 0 });
      return row;
    },

    list,

    /**
     * A page of participants with each person's latest enrollment (coach, phase), in ONE
     * statement and nothing else: the caller logs the read (`AuditWriter.record`) before it
     * returns the page to anyone.
     */
    async page(tx: TenantTx, query: ParticipantListQuery): Promise<ParticipantWithLatest[]> {
      if (query.limit > AUDIT_IDS_PER_ROW)
        throw new RangeError(`A page read is at most ${AUDIT_IDS_PER_ROW} rows (one audit row)`);
      const { sql, params } = where(query, tx);
      const order = orderBy(
        query.sortField ?? 'lastName',
        query.sortOrder === 'DESC' ? 'DESC' : 'ASC',
      );
      params.push(query.limit, query.offset);
      const n = params.length;
      const rows = await tx.query<ParticipantRow & LatestRow & { status: ParticipantStatus }>(
        `WITH page AS (
           SELECT ${COLUMNS.replace(/to_char\(birth_date/, 'to_char(p.birth_date')}, row_number() OVER (ORDER BY ${order}) AS position FROM (
             SELECT p.* FROM participants p WHERE ${sql}
             ORDER BY ${order} LIMIT $${n - 1} OFFSET $${n}) p
         )
         SELECT page.*, le.id AS enrollment_id, le.coach_id, le.current_phase,
           (SELECT ${STATUS_SQL} FROM participants p
            WHERE p.association_id = page.association_id AND p.id = page.id) AS status
         FROM page LEFT JOIN LATERAL (
           SELECT e.id, e.coach_id, e.current_phase FROM enrollments e
           WHERE e.association_id = page.association_id AND e.participant_id = page.id
           ORDER BY e.enrolled_on DESC, e.id DESC LIMIT 1) le ON true
         ORDER BY page.position`,
        params,
      );
      return rows.map((row) => ({
        ...toParticipant(row, pii),
        status: row.status,
        latestEnrollment:
          row.enrollment_id === null
            ? null
            : {
                id: row.enrollment_id,
                coachId: row.coach_id ?? '',
                currentPhase: row.current_phase ?? 'agreement',
              },
      }));
    },

    async count(
      tx: TenantTx,
      query: Omit<ParticipantListQuery, 'limit' | 'offset'>,
    ): Promise<number> {
      const { sql, params } = where(query, tx);
      const rows = await tx.query<{ count: string }>(
        `SELECT count(*)::text AS count FROM participants p WHERE ${sql}`,
        params,
      );
      return Number(rows[0]?.count ?? '0');
    },

    /** Optimistic concurrency: the update applies only to the version the caller read. */
    async update(
      tx: TenantTx,
      id: string,
      expectedVersion: number,
      changes: ParticipantChanges,
    ): Promise<Participant> {
      const rows = await tx.query<ParticipantRow>(
        `UPDATE participants SET
           first_name = coalesce($4, first_name), last_name = coalesce($5, last_name),
           gender = coalesce($6, gender), home_municipality_id = coalesce($7, home_municipality_id),
           target_group_factors = coalesce($8, target_group_factors), version = version + 1
         WHERE association_id = $1 AND id = $2 AND version = $3 RETURNING ${COLUMNS}`,
        [
          tx.associationId,
          id,
          expectedVersion,
          changes.firstName ?? null,
          changes.lastName ?? null,
          changes.gender ?? null,
          changes.homeMunicipalityId ?? null,
          changes.targetGroupFactors ?? null,
        ],
      );
      const row = rows[0];
      if (row) return toParticipant(row, pii);
      return conflictOrMissing(tx, 'participants', id);
    },
  };
}

export type ParticipantRepository = ReturnType<typeof participantRepository>;
