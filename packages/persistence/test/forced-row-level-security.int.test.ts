import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../src/db/data-source.js';
import { type Database, createDatabase } from '../src/db/database.js';
import { associationIds, runRetention } from '../src/retention/retention.repository.js';
import { surveyRepository } from '../src/survey/survey.repository.js';
import { userRepository } from '../src/user/user.repository.js';
import { DEMO_ASSOCIATION_ID, demoAccounts } from '../src/seed/demo-association.js';
import { createTestPersistence, type TestPersistence } from '../src/testing/test-database.js';

/**
 * Row-level security is forced, and the request paths that run before the tenant is
 * known (log-in, a session token, a survey link) and retention never need the owner.
 * The second half connects as a login that is only a member of `finsam_app` and owns
 * nothing, the least a gateway could run with: every request path must still work, and
 * that login must see no tenant row on its own.
 */
let db: TestPersistence;
let gateway: Database;
const A = DEMO_ASSOCIATION_ID;
const B = '55555555-5555-4555-8555-555555555555';
const USER_OF_B = '66666666-6666-4666-8666-666666666666';
const EMAIL_OF_B = 'chef@b.example.se';
const LINK_HASH = randomBytes(32);
const GATEWAY_LOGIN = 'finsam_test_gateway';
const GATEWAY_PASSWORD = 'finsam-test-gateway';

const owner = <T>(text: string, params: unknown[] = []) =>
  db.database.withOwner((tx) => tx.query<T>(text, params));

/** A login role that is a member of `finsam_app` and nothing else (roles are per cluster). */
async function gatewayLogin(): Promise<Database> {
  await owner(`DO $$ BEGIN
      CREATE ROLE ${GATEWAY_LOGIN} LOGIN PASSWORD '${GATEWAY_PASSWORD}';
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END $$`);
  await owner(`GRANT finsam_app TO ${GATEWAY_LOGIN}`).catch(() => undefined);
  const url = new URL(db.url);
  url.username = GATEWAY_LOGIN;
  url.password = GATEWAY_PASSWORD;
  const dataSource = createDataSource({ url: url.toString(), poolSize: 2 });
  await dataSource.initialize();
  return createDatabase(dataSource);
}

beforeAll(async () => {
  db = await createTestPersistence({ demo: true });
  await owner(
    `INSERT INTO associations (id, name, organisation_number) VALUES ($1, 'B', '222000-0009')`,
    [B],
  );
  await owner(
    `INSERT INTO users (association_id, id, email, name, role, password_hash) VALUES ($1, $2, $3, 'Chef B', 'manager', 'x')`,
    [B, USER_OF_B, EMAIL_OF_B],
  );
  await owner(
    `INSERT INTO survey_invitations (association_id, questionnaire_id, respondent_kind, enrollment_id, placement_id,
       trigger_point, anonymous, token_hash, expires_at, created_by)
     SELECT association_id, questionnaire_id, respondent_kind, enrollment_id, placement_id, trigger_point, anonymous,
       $1, now() + interval '7 days', created_by FROM survey_invitations LIMIT 1`,
    [LINK_HASH],
  );
  // One old audit row in each association, and one recent in A.
  await owner(
    `INSERT INTO audit_log (association_id, at, action, entity, request_id) VALUES
       ($1, '2010-01-01', 'read', 'participant', 'old-a'), ($2, '2010-01-01', 'read', 'participant', 'old-b'),
       ($1, now() - interval '1 year', 'read', 'participant', 'recent-a')`,
    [A, B],
  );
  gateway = await gatewayLogin();
});
afterAll(async () => {
  await gateway?.close();
  await db?.close();
});

describe('forced row-level security', () => {
  it('is enabled and forced on associations and every table with association_id, each with its tenant policy', async () => {
    const tables = await owner<{
      name: string;
      enabled: boolean;
      forced: boolean;
      policy: boolean;
    }>(
      `SELECT c.relname AS name, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
         EXISTS (SELECT 1 FROM pg_policies p WHERE p.schemaname = n.nspname AND p.tablename = c.relname
                   AND p.policyname = 'tenant_isolation' AND 'finsam_app' = ANY (p.roles)) AS policy
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
         AND (c.relname = 'associations' OR EXISTS (SELECT 1 FROM pg_attribute a
               WHERE a.attrelid = c.oid AND a.attname = 'association_id' AND NOT a.attisdropped))
       ORDER BY 1`,
    );
    expect(tables.length).toBeGreaterThanOrEqual(32);
    expect(tables.filter((t) => !t.enabled || !t.forced || !t.policy)).toEqual([]);
  });

  it('the look-up functions are security definers owned by roles without BYPASSRLS, callable only by finsam_app', async () => {
    const functions = await owner<{
      name: string;
      definer: boolean;
      config: string[];
      superuser: boolean;
      bypass: boolean;
      public: boolean;
      app: boolean;
    }>(
      `SELECT p.proname AS name, p.prosecdef AS definer, p.proconfig AS config,
         r.rolsuper AS superuser, r.rolbypassrls AS bypass,
         EXISTS (SELECT 1 FROM aclexplode(p.proacl) x WHERE x.grantee = 0) AS public,
         has_function_privilege('finsam_app', p.oid, 'EXECUTE') AS app
       FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner
       WHERE p.proname IN ('finsam_login_lookup', 'finsam_survey_link', 'finsam_purge_audit_log')
       ORDER BY 1`,
    );
    expect(functions.map((f) => f.name)).toEqual([
      'finsam_login_lookup',
      'finsam_purge_audit_log',
      'finsam_survey_link',
    ]);
    for (const f of functions)
      expect(f).toMatchObject({
        definer: true,
        config: ['search_path=pg_catalog, pg_temp'],
        superuser: false,
        bypass: false,
        public: false,
        app: true,
      });
  });

  it('the owner of the log-in look-up may read only the columns it returns', async () => {
    await expect(
      db.database.withOwner(async (tx) => {
        await tx.query('SET LOCAL ROLE finsam_lookup');
        return tx.query('SELECT name FROM users');
      }),
    ).rejects.toThrow(/permission denied/);
    await expect(
      db.database.withOwner(async (tx) => {
        await tx.query('SET LOCAL ROLE finsam_lookup');
        return tx.query('SELECT * FROM participants');
      }),
    ).rejects.toThrow(/permission denied/);
  });

  it('the request connection without a tenant sees no tenant row, and a look-up returns one row of what it needs', async () => {
    for (const table of [
      'users',
      'associations',
      'participants',
      'survey_invitations',
      'audit_log',
    ])
      expect(
        await db.database.lookup<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`),
      ).toEqual([{ n: 0 }]);
    const found = await db.database.lookup<Record<string, unknown>>(
      'SELECT * FROM finsam_login_lookup($1)',
      [EMAIL_OF_B],
    );
    expect(found).toHaveLength(1);
    expect(Object.keys(found[0] ?? {}).sort()).toEqual(
      ['active', 'association_id', 'failed_logins', 'id', 'locked_until', 'password_hash'].sort(),
    );
    expect(
      await db.database.lookup('SELECT * FROM finsam_login_lookup($1)', ['ingen@example.se']),
    ).toEqual([]);
    const link = await db.database.lookup<Record<string, unknown>>(
      'SELECT * FROM finsam_survey_link($1)',
      [LINK_HASH],
    );
    expect(link.map((r) => Object.keys(r).sort())).toEqual([
      ['association_id', 'expires_at', 'id', 'used_at'],
    ]);
  });

  it('purging the audit log needs a tenant, and touches only its rows that are due', async () => {
    await expect(
      db.database.lookup(`SELECT finsam_purge_audit_log('2200-01-01')`),
    ).rejects.toThrow();
    await expect(
      db.database.withTenant(A, (tx) => tx.query(`DELETE FROM audit_log`)),
    ).rejects.toThrow(/permission denied/);
  });
});

describe('request paths on a login that is only a member of finsam_app', () => {
  it('that login sees no tenant row by itself', async () => {
    for (const table of ['users', 'participants', 'survey_invitations', 'audit_log'])
      expect(
        await gateway.queryOwner<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`),
      ).toEqual([{ n: 0 }]);
  });

  it('log-in finds the user of either association by e-mail, and nobody else', async () => {
    const [manager] = demoAccounts.filter((a) => a.role === 'manager');
    const ofA = await userRepository.findCredentials(gateway, manager?.email ?? '');
    expect(ofA?.associationId).toBe(A);
    expect(ofA?.passwordHash).toMatch(/\S/);
    const ofB = await userRepository.findCredentials(gateway, ` ${EMAIL_OF_B.toUpperCase()} `);
    expect(ofB).toMatchObject({ associationId: B, id: USER_OF_B, active: true, failedLogins: 0 });
    expect(await userRepository.findCredentials(gateway, 'ingen@example.se')).toBeUndefined();
  });

  it('a session resolves within its own association only', async () => {
    const user = await userRepository.sessionUserByToken(gateway, B, USER_OF_B);
    expect(user).toMatchObject({ associationId: B, associationName: 'B', role: 'manager' });
    expect(await userRepository.sessionUserByToken(gateway, A, USER_OF_B)).toBeUndefined();
  });

  it('a survey link is found by its hash, with its tenant and state only', async () => {
    const link = await surveyRepository.findInvitationByTokenHash(gateway, LINK_HASH);
    expect(link).toMatchObject({ associationId: A, usedAt: null });
    expect(await surveyRepository.findInvitationByTokenHash(gateway, randomBytes(32))).toBe(
      undefined,
    );
  });

  it('retention runs in the tenant: it deletes its own old audit rows, not recent ones, not another association’s', async () => {
    const requests = async () =>
      (
        await owner<{ request_id: string }>(
          `SELECT request_id FROM audit_log WHERE request_id IN ('old-a', 'old-b', 'recent-a') ORDER BY 1`,
        )
      ).map((r) => r.request_id);
    // A day far ahead counts back from today at most: nothing not yet due is deleted.
    const options = { associationId: A, asOf: '2200-01-01' };
    const dry = await runRetention(gateway, db.pii, { ...options, dryRun: true });
    expect(await requests()).toEqual(['old-a', 'old-b', 'recent-a']);
    const run = await runRetention(gateway, db.pii, { ...options, dryRun: false });
    expect(run.auditRowsDeleted).toBe(dry.auditRowsDeleted);
    expect(run.auditRowsDeleted).toBeGreaterThanOrEqual(1);
    expect(await requests()).toEqual(['old-b', 'recent-a']);
  });

  it('a maintenance command that lists associations refuses, instead of finding none, on a login that cannot bypass RLS', async () => {
    await expect(associationIds(gateway)).rejects.toThrow(/row-level security is forced/);
    expect(await associationIds(db.database)).toContain(B);
  });
});
