import { type User, type ReferrerOrganisation, type Role } from '@finsam-se/domain';
import { type RowOf } from '../db/row-of.js';
import { filter, resourceQueries } from '../db/resource-query.js';
import { PersistenceError } from '../db/database-error.js';
import { type TenantTx, type Database } from '../db/database.js';
import { conflictOrMissing } from '../db/conflict-or-missing.js';
import { type UserEntity } from './user.entity.js';

export type Credentials = {
  readonly associationId: string;
  readonly id: string;
  readonly passwordHash: string;
  readonly active: boolean;
  readonly failedLogins: number;
  readonly lockedUntil: Date | null;
};

/** What every authenticated request needs about its user. */
export type SessionUser = {
  readonly associationId: string;
  readonly associationName: string;
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly municipalityId: string | null;
  readonly coachId: string | null;
  readonly organisation: ReferrerOrganisation | null;
  readonly active: boolean;
  readonly sessionGeneration: number;
};

/** Users, log-in bookkeeping and sessions. */
type SessionRow = RowOf<
  UserEntity,
  | 'associationId'
  | 'id'
  | 'email'
  | 'name'
  | 'role'
  | 'municipalityId'
  | 'coachId'
  | 'organisation'
  | 'active'
  | 'sessionGeneration'
> & { association_name: string };

const SESSION_SQL = `SELECT u.association_id, a.name AS association_name, u.id, u.email, u.name, u.role, u.municipality_id,
  u.coach_id, u.organisation, u.active, u.session_generation
  FROM users u JOIN associations a ON a.id = u.association_id WHERE u.association_id = $1 AND u.id = $2`;

function toSessionUser(r: SessionRow): SessionUser {
  return {
    associationId: r.association_id,
    associationName: r.association_name,
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    municipalityId: r.municipality_id,
    coachId: r.coach_id,
    organisation: r.organisation,
    active: r.active,
    sessionGeneration: r.session_generation,
  };
}

export const userRepository = {
  /**
   * Log-in happens before the tenant is known: the application role, with no tenant,
   * calls the narrow `finsam_login_lookup`, which returns only what the password check
   * and the lockout need for one e-mail.
   */
  async findCredentials(database: Database, email: string): Promise<Credentials | undefined> {
    const rows = await database.lookup<{
      association_id: string;
      id: string;
      password_hash: string;
      active: boolean;
      failed_logins: number;
      locked_until: Date | null;
    }>(
      `SELECT association_id, id, password_hash, active, failed_logins, locked_until FROM finsam_login_lookup($1)`,
      [email.trim().toLowerCase()],
    );
    const row = rows[0];
    return (
      row && {
        associationId: row.association_id,
        id: row.id,
        passwordHash: row.password_hash,
        active: row.active,
        failedLogins: row.failed_logins,
        lockedUntil: row.locked_until,
      }
    );
  },

  /**
   * The session's user in one statement: the ids come from a verified signed token, so
   * this runs on every request at the cost of one round trip, under row-level security
   * for the token's association (a token of one association never reads another's user).
   */
  async sessionUserByToken(
    database: Database,
    associationId: string,
    id: string,
  ): Promise<SessionUser | undefined> {
    const rows = await database.withTenantStatement(associationId, (tx) =>
      tx.query<SessionRow>(SESSION_SQL, [associationId, id]),
    );
    return rows[0] && toSessionUser(rows[0]);
  },

  async sessionUser(tx: TenantTx, id: string): Promise<SessionUser | undefined> {
    const rows = await tx.query<SessionRow>(
      `SELECT u.association_id, a.name AS association_name, u.id, u.email, u.name, u.role, u.municipality_id, u.coach_id, u.organisation, u.active, u.session_generation
       FROM users u JOIN associations a ON a.id = u.association_id WHERE u.association_id = $1 AND u.id = $2`,
      [tx.associationId, id],
    );
    const r = rows[0];
    return (
      r && {
        associationId: r.association_id,
        associationName: r.association_name,
        id: r.id,
        email: r.email,
        name: r.name,
        role: r.role,
        municipalityId: r.municipality_id,
        coachId: r.coach_id,
        organisation: r.organisation,
        active: r.active,
        sessionGeneration: r.session_generation,
      }
    );
  },

  async recordLogin(tx: TenantTx, id: string): Promise<void> {
    await tx.query(
      `UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = now() WHERE association_id = $1 AND id = $2`,
      [tx.associationId, id],
    );
  },

  /** Counts a failure; from the fifth, locks for 2^(n−5) minutes, at most a day. */
  async recordFailure(tx: TenantTx, id: string): Promise<void> {
    await tx.query(
      `UPDATE users SET failed_logins = failed_logins + 1,
         locked_until = CASE WHEN failed_logins + 1 >= 5
           THEN now() + least(interval '1 day', interval '1 minute' * power(2, failed_logins + 1 - 5)) ELSE locked_until END
       WHERE association_id = $1 AND id = $2`,
      [tx.associationId, id],
    );
  },

  /** Logs the user out everywhere: every token of an older generation stops working. */
  async endSessions(tx: TenantTx, id: string): Promise<void> {
    await tx.query(
      `UPDATE users SET session_generation = session_generation + 1 WHERE association_id = $1 AND id = $2`,
      [tx.associationId, id],
    );
  },

  async create(
    tx: TenantTx,
    input: {
      email: string;
      name: string;
      role: Role;
      municipalityId: string | null;
      coachId: string | null;
      organisation: ReferrerOrganisation | null;
      passwordHash: string;
    },
  ): Promise<string> {
    const rows = await tx.query<{ id: string }>(
      `INSERT INTO users (association_id, email, name, role, municipality_id, coach_id, organisation, password_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        tx.associationId,
        input.email.trim().toLowerCase(),
        input.name,
        input.role,
        input.municipalityId,
        input.coachId,
        input.organisation,
        input.passwordHash,
      ],
    );
    const id = rows[0]?.id;
    if (!id) throw new PersistenceError('CONSTRAINT', 'Insert returned nothing');
    return id;
  },

  async update(
    tx: TenantTx,
    id: string,
    expectedVersion: number,
    input: { name?: string; role?: Role; municipalityId?: string | null; active?: boolean },
  ): Promise<void> {
    const rows = await tx.query(
      `UPDATE users SET name = coalesce($4, name), role = coalesce($5, role),
         municipality_id = CASE WHEN $7 THEN $6::uuid ELSE municipality_id END,
         active = coalesce($8, active),
         session_generation = session_generation + CASE WHEN $8 = false THEN 1 ELSE 0 END,
         version = version + 1
       WHERE association_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [
        tx.associationId,
        id,
        expectedVersion,
        input.name ?? null,
        input.role ?? null,
        input.municipalityId ?? null,
        input.municipalityId !== undefined,
        input.active ?? null,
      ],
    );
    if (rows.length === 0) await conflictOrMissing(tx, 'users', id);
  },
};

export type UserView = User & { readonly lastLoginAt: string | null; readonly version: number };

export const users = resourceQueries({
  from: 'FROM users t',
  select:
    't.association_id, t.id, t.email, t.name, t.role, t.municipality_id, t.coach_id, t.organisation, t.active, t.last_login_at, t.version',
  map: (
    r: RowOf<
      UserEntity,
      | 'associationId'
      | 'id'
      | 'email'
      | 'name'
      | 'role'
      | 'municipalityId'
      | 'coachId'
      | 'organisation'
      | 'active'
      | 'lastLoginAt'
      | 'version'
    >,
  ): UserView => ({
    associationId: r.association_id,
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    municipalityId: r.municipality_id,
    coachId: r.coach_id,
    organisation: r.organisation,
    active: r.active,
    lastLoginAt: r.last_login_at?.toISOString() ?? null,
    version: r.version,
  }),
  filters: {
    ids: filter.ids(),
    q: filter.search('t.name', 't.email'),
    role: filter.equals('t.role'),
    active: filter.equals('t.active'),
  },
  sort: { name: 't.name', email: 't.email', role: 't.role', lastLoginAt: 't.last_login_at' },
  defaultSort: 'name',
});
