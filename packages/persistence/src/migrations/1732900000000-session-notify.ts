import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tells every gateway when a cached session may be stale: a change to a user (active,
 * role, session generation, …) notifies channel `finsam_session` with the user's id, a
 * change to an association (its name travels in the session) with `*` (forget all).
 * NOTIFY is delivered at commit, so a rolled-back change sends nothing. Plain (not
 * SECURITY DEFINER) trigger functions: `pg_notify` needs no privilege, so they work when
 * `finsam_app` makes the change under row-level security.
 */
export class SessionNotify1732900000000 implements MigrationInterface {
  name = 'SessionNotify1732900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(UP);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(DOWN);
  }
}

const UP = `
CREATE FUNCTION notify_session_user_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM pg_notify('finsam_session', OLD.id::text);
  RETURN NULL;
END
$fn$;

CREATE FUNCTION notify_session_reset() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM pg_notify('finsam_session', '*');
  RETURN NULL;
END
$fn$;

CREATE TRIGGER users_session_notify AFTER UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION notify_session_user_changed();
CREATE TRIGGER associations_session_notify AFTER UPDATE OR DELETE ON associations
  FOR EACH ROW EXECUTE FUNCTION notify_session_reset();
-- TRUNCATE fires no row triggers: forget everything.
CREATE TRIGGER users_session_truncate AFTER TRUNCATE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION notify_session_reset();
CREATE TRIGGER associations_session_truncate AFTER TRUNCATE ON associations
  FOR EACH STATEMENT EXECUTE FUNCTION notify_session_reset();
`;

const DOWN = `
DROP TRIGGER IF EXISTS associations_session_truncate ON associations;
DROP TRIGGER IF EXISTS users_session_truncate ON users;
DROP TRIGGER IF EXISTS associations_session_notify ON associations;
DROP TRIGGER IF EXISTS users_session_notify ON users;
DROP FUNCTION IF EXISTS notify_session_reset();
DROP FUNCTION IF EXISTS notify_session_user_changed();
`;
