import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scheduled work (issue 20): `job_effects` records each due item a job has acted on, under
 * a key of the item (`follow-up:<id>`, `attestation:<municipality>:<project>:<half-year>`, …),
 * so a job that runs twice, or again after a crash, does nothing twice: the effect and its
 * mail are written in the transaction that inserts the key. `mail_outbox` holds every
 * message, sent or not (without SMTP it is the demo's outbox); `job_failures` shows the
 * manager the jobs that failed. The queue itself is graphile-worker's own schema.
 */
export class JobsAndOutbox1733820000000 implements MigrationInterface {
  name = 'JobsAndOutbox1733820000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(UP);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TABLE IF EXISTS job_failures; DROP TABLE IF EXISTS mail_outbox; DROP TABLE IF EXISTS job_effects;`,
    );
  }
}

const tables = ['job_effects', 'mail_outbox', 'job_failures'];

const UP = `
CREATE TABLE job_effects (
  association_id uuid NOT NULL REFERENCES associations(id),
  key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
  kind text NOT NULL CHECK (kind IN ('follow_up_due','attestation_due','se_group_missed','retention')),
  done_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (association_id, key)
);

CREATE TABLE mail_outbox (
  association_id uuid NOT NULL REFERENCES associations(id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  effect_key text,
  template text NOT NULL CHECK (template IN ('follow_up_due','survey_link','attestation_due','se_group_missed','retention_report')),
  recipient_user_id uuid,
  recipient text NOT NULL CHECK (length(recipient) BETWEEN 3 AND 254),
  subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
  text_body text NOT NULL,
  html_body text NOT NULL,
  -- pending: to be sent; held: no SMTP configured, shown in the panel only; sent; failed.
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','held','sent','failed')),
  attempts int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  last_error text CHECK (length(last_error) <= 500),
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  PRIMARY KEY (association_id, id),
  FOREIGN KEY (association_id, effect_key) REFERENCES job_effects(association_id, key),
  FOREIGN KEY (association_id, recipient_user_id) REFERENCES users(association_id, id)
);
CREATE INDEX mail_outbox_by_time ON mail_outbox (association_id, created_at DESC);
CREATE INDEX mail_outbox_pending ON mail_outbox (association_id) WHERE state = 'pending';

CREATE TABLE job_failures (
  association_id uuid NOT NULL REFERENCES associations(id),
  job_key text NOT NULL CHECK (length(job_key) BETWEEN 1 AND 200),
  task text NOT NULL CHECK (length(task) BETWEEN 1 AND 60),
  attempts int NOT NULL CHECK (attempts >= 1),
  final boolean NOT NULL DEFAULT false,
  last_error text NOT NULL CHECK (length(last_error) <= 500),
  failed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (association_id, job_key)
);

GRANT SELECT, INSERT ON job_effects TO finsam_app;
GRANT SELECT, INSERT, UPDATE ON mail_outbox TO finsam_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON job_failures TO finsam_app;
${tables
  .map(
    (table) => `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ${table} TO finsam_app
  USING (association_id = app_association_id()) WITH CHECK (association_id = app_association_id());`,
  )
  .join('\n')}
`;
