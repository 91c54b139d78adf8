import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The whole model in one first migration. Every tenant table carries `association_id`
 * in its primary key and in every foreign key, so a row can only point at rows of the
 * same association, row-level security can filter on one column, and the tables can be
 * distributed by tenant (Citus) later. The application role `finsam_app` owns nothing:
 * it gets only the grants listed here, and RLS applies to it.
 */
export class InitialSchema1732500000000 implements MigrationInterface {
  name = 'InitialSchema1732500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(UP);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(DOWN);
  }
}

const tenantTables = [
  'associations',
  'municipalities',
  'salary_settings',
  'projects',
  'project_budgets',
  'goals',
  'reallocations',
  'reallocation_lines',
  'posts',
  'coaches',
  'users',
  'participants',
  'se_group_meetings',
  'referrals',
  'referral_decisions',
  'enrollments',
  'phase_transitions',
  'after_support_episodes',
  'employers',
  'placements',
  'follow_ups',
  'attestations',
  'audit_log',
];

const UP = `
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE EXTENSION IF NOT EXISTS btree_gist;

DO $$ BEGIN
  CREATE ROLE finsam_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
DO $$ BEGIN
  EXECUTE format('GRANT finsam_app TO %I', current_user);
EXCEPTION WHEN others THEN NULL;
END $$;
GRANT USAGE ON SCHEMA public TO finsam_app;

-- The tenant of the current transaction, set with set_config('app.association_id', …, true).
CREATE FUNCTION app_association_id() RETURNS uuid LANGUAGE sql STABLE AS
  $fn$ SELECT nullif(current_setting('app.association_id', true), '')::uuid $fn$;

CREATE TABLE associations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  organisation_number text NOT NULL UNIQUE CHECK (organisation_number ~ '^[0-9]{6}-[0-9]{4}$'),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE municipalities (
  association_id uuid NOT NULL REFERENCES associations(id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  code char(4) NOT NULL CHECK (code ~ '^(0[1-9]|1[0-9]|2[0-5])[0-9]{2}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  PRIMARY KEY (association_id, id),
  UNIQUE (association_id, code)
);

-- PO-pålägg and the standard salary used for planning: per year, never a constant in code.
CREATE TABLE salary_settings (
  association_id uuid NOT NULL REFERENCES associations(id),
  year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  on_cost_percent numeric(5,2) NOT NULL CHECK (on_cost_percent >= 0 AND on_cost_percent < 100),
  standard_monthly_salary_ore bigint NOT NULL CHECK (standard_monthly_salary_ore >= 0),
  PRIMARY KEY (association_id, year)
);

CREATE TABLE projects (
  association_id uuid NOT NULL REFERENCES associations(id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  target_group text NOT NULL DEFAULT '' CHECK (length(target_group) <= 2000),
  allocation_version int NOT NULL DEFAULT 1 CHECK (allocation_version >= 1),
  version int NOT NULL DEFAULT 1,
  PRIMARY KEY (association_id, id),
  CHECK (starts_on < ends_on)
);

CREATE TABLE project_budgets (
  association_id uuid NOT NULL,
  project_id uuid NOT NULL,
  year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  amount_ore bigint NOT NULL CHECK (amount_ore >= 0),
  PRIMARY KEY (association_id, project_id, year),
  FOREIGN KEY (association_id, project_id) REFERENCES projects(association_id, id) ON DELETE CASCADE
);

CREATE TABLE goals (
  association_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  project_id uuid NOT NULL,
  metric text NOT NULL CHECK (metric IN ('work_or_studies_at_discharge','self_supporting_after',
    'still_working_after_support','satisfied_participants','satisfied_employers',
    'closer_to_labour_market','enrolled_participants')),
  target int NOT NULL CHECK (target >= 0),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
  PRIMARY KEY (association_id, id),
  FOREIGN KEY (association_id, project_id) REFERENCES projects(association_id, id) ON DELETE CASCADE,
  CHECK (starts_on < ends_on)
);

CREATE TABLE users (
  association_id uuid NOT NULL REFERENCES associations(id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  email text NOT NULL CHECK (email = lower(email) AND email ~ '^[^@\\s]+@[^@\\s]+$' AND length(email) <= 254),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  role text NOT NULL CHECK (role IN ('board','steering','manager','municipal_chief','coach','referrer','external')),
  municipality_id uuid,
  coach_id uuid,
  organisation text CHECK (organisation IN ('FK','AF','REGION','MUNICIPALITY')),
  password_hash text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  failed_logins int NOT NULL DEFAULT 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  session_generation int NOT NULL DEFAULT 1,
  version int NOT NULL DEFAULT 1,
  PRIMARY KEY (association_id, id),
  FOREIGN KEY (association_id, municipality_id) REFERENCES municipalities(association_id, id),
  CHECK (role <> 'municipal_chief' OR municipality_id IS NOT NULL),
  CHECK (role <> 'coach' OR coach_id IS NOT NULL)
);
-- Log-in finds a user by e-mail before the tenant is known: unique across associations.
CREATE UNIQUE INDEX users_email_key ON users (email);

CREATE TABLE reallocations (
  association_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  project_id uuid NOT NULL,
  effective_from date NOT NULL,
  reason text NOT NULL CHECK (length(reason) BETWEEN 3 AND 2000),
  method text CHECK (method IN ('hamilton','webster','dhondt','huntington-hill','adams')),
  decided_by uuid NOT NULL,
  decided_at timestamptz NOT NULL DEFAULT now(),
  based_on_version int NOT NULL,
  idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 8 AND 100),
  PRIMARY KEY (association_id, id),
  UNIQUE (association_id, idempotency_key),
  UNIQUE (association_id, project_id, based_on_version),
  FOREIGN KEY (association_id, project_id) REFERENCES projects(association_id, id),
  FOREIGN KEY (association_id, decided_by) REFERENCES users(association_id, id)
);

CREATE TABLE reallocation_lines (
  association_id uuid NOT NULL,
  reallocation_id uuid NOT NULL,
  municipality_id uuid NOT NULL,
  fte_before smallint NOT NULL CHECK (fte_before >= 0),
  fte_after smallint NOT NULL CHECK (fte_after >= 0),
  PRIMARY KEY (association_id, reallocation_id, municipality_id),
  FOREIGN KEY (association_id, reallocation_id) REFERENCES reallocations(association_id, id) ON DELETE CASCADE,
  FOREIGN KEY (association_id, municipality_id) REFERENCES municipalities(association_id, id)
);

-- Funded coach capacity of a municipality in a project over a half-open period. Never
-- updated in place except to close it (upper bound) when a reallocation takes effect.
CREATE TABLE posts (
  association_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  project_id uuid NOT NULL,
  municipality_id uuid NOT NULL,
  -- A municipality with 1.5 FTE holds two posts: slot 1 (1.0) and slot 2 (0.5).
  slot smallint NOT NULL DEFAULT 1 CHECK (slot BETWEEN 1 AND 200),
  fte smallint NOT NULL CHECK (fte BETWEEN 1 AND 100),
  period daterange NOT NULL CHECK (NOT isempty(period) AND lower_inc(period) AND NOT upper_inc(period)),
  reallocation_id uuid,
  PRIMARY KEY (association_id, id),
  FOREIGN KEY (association_id, project_id) REFERENCES projects(association_id, id),
  FOREIGN KEY (association_id, municipality_id) REFERENCES municipalities(association_id, id),
  FOREIGN KEY (association_id, reallocation_id) REFERENCES reallocations(association_id, id),
  -- One allocation at a time: the periods of the same post never overlap.
  CONSTRAINT posts_no_overlap EXCLUDE USING gist
    (association_id WITH =, project_id WITH =, municipality_id WITH =, slot WITH =, period WITH &&)
);

CREATE TABLE coaches (
  association_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  municipality_id uuid NOT NULL,
  fte smallint NOT NULL CHECK (fte BETWEEN 0 AND 100),
  employed_from date NOT NULL,
  employed_until date,
  monthly_salary_ore bigint NOT NULL CHECK (monthly_salary_ore >= 0),
  version int NOT NULL DEFAULT 1,
  PRIMARY KEY (association_id, id),
  FOREIGN KEY (association_id, municipality_id) REFERENCES municipalities(association_id, id),
  CHECK (employed_until IS NULL OR employed_from < employed_until)
);
ALTER TABLE users ADD FOREIGN KEY (association_id, coach_id) REFERENCES coaches(association_id, id);

CREATE TABLE participants (
  association_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  personnummer_cipher bytea NOT NULL,
  personnummer_hash bytea NOT NULL CHECK (length(personnummer_hash) = 32),
  first_name text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
  last_name text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
  gender text NOT NULL CHECK (gender IN ('female','male','other')),
  birth_date date NOT NULL,
  home_municipality_id uuid NOT NULL,
  target_group_factors text[] NOT NULL DEFAULT '{}'
    CHECK (target_group_factors <@ ARRAY['disability','mental_ill_health','substance_abuse']::text[]),
  education_level text CHECK (education_level IN ('primary_incomplete','primary','upper_secondary','post_secondary')),
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (association_id, id),
  UNIQUE (association_id, personnummer_hash),
  FOREIGN KEY (association_id, home_municipality_id) REFERENCES municipalities(association_id, id)
);

CREATE TABLE se_group_meetings (
  association_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL,
  held_on date NOT NULL,
  notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 4000),
  PRIMARY KEY (association_id, id),
  FOREIGN KEY (association_id, municipality_id) REFERENCES municipalities(association_id, id)
);

CREATE TABLE referrals (
  association_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  participant_id uuid NOT NULL,
  municipality_id uuid NOT NULL,
  project_id uuid NOT NULL,
  referred_by uuid,
  referrer_organisation text NOT NULL CHECK (referrer_organisation IN ('FK','AF','REGION','MUNICIPALITY')),
  received_on date NOT NULL,
  state text NOT NULL DEFAULT 'received' CHECK (state IN ('received','accepted','not_now','declined','escalated')),
  version int NOT NULL DEFAULT 1,
  PRIMARY KEY (association_id, id),
  FOREIGN KEY (association_id, participant_id) REFERENCES participants(association_id, id),
  FOREIGN KEY (association_id, municipality_id) REFERENCES municipalities(association_id, id),
  FOREIGN KEY (association_id, project_id) REFERENCES projects(association_id, id),
  FOREIGN KEY (association_id, referred_by) REFERENCES users(association_id, id)
);
CREATE INDEX referrals_by_municipality_state ON referrals (association_id, municipality_id, state, received_on);

CREATE TABLE referral_decisions (
  association_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  referral_id uuid NOT NULL,
  action text NOT NULL CHECK (action IN ('accept','not_now','decline','escalate')),
  state text NOT NULL CHECK (state IN ('accepted','not_now','declined','escalated')),
  decided_on date NOT NULL,
  decided_by uuid NOT NULL,
  meeting_id uuid,
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  PRIMARY KEY (association_id, id),
  FOREIGN KEY (association_id, referral_id) REFERENCES referrals(association_id, id) ON DELETE CASCADE,
  FOREIGN KEY (association_id, decided_by) REFERENCES users(association_id, id),
  FOREIGN KEY (association_id, meeting_id) REFERENCES se_group_meetings(association_id, id)
);
CREATE INDEX referral_decisions_by_referral ON referral_decisions (association_id, referral_id);

CREATE TABLE enrollments (
  association_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  participant_id uuid NOT NULL,
  coach_id uuid NOT NULL,
  municipality_id uuid NOT NULL,
  project_id uuid NOT NULL,
  referral_id uuid,
  enrolled_on date NOT NULL,
  compensation_at_start text[] NOT NULL CHECK (cardinality(compensation_at_start) >= 1),
  current_phase text NOT NULL DEFAULT 'agreement' CHECK (current_phase IN ('agreement','vocational_profile','job_finding','employer_engagement','support_on_off_job')),
  discharged_on date,
  discharge_reason text,
  compensation_at_end text[],
  occupation_after text,
  first_employer_contact_on date,
  first_job_on date,
  version int NOT NULL DEFAULT 1,
  PRIMARY KEY (association_id, id),
  FOREIGN KEY (association_id, participant_id) REFERENCES participants(association_id, id),
  FOREIGN KEY (association_id, coach_id) REFERENCES coaches(association_id, id),
  FOREIGN KEY (association_id, municipality_id) REFERENCES municipalities(association_id, id),
  FOREIGN KEY (association_id, project_id) REFERENCES projects(association_id, id),
  FOREIGN KEY (association_id, referral_id) REFERENCES referrals(association_id, id),
  CHECK (discharged_on IS NULL OR discharged_on >= enrolled_on),
  CHECK ((discharged_on IS NULL) = (discharge_reason IS NULL)
     AND (discharged_on IS NULL) = (compensation_at_end IS NULL)
     AND (discharged_on IS NULL) = (occupation_after IS NULL))
);
-- Caseload per coach on a date and per municipality per month: the reallocation screen.
CREATE INDEX enrollments_caseload_by_coach ON enrollments (association_id, coach_id, enrolled_on, discharged_on);
CREATE INDEX enrollments_by_municipality ON enrollments (association_id, project_id, municipality_id, enrolled_on);
-- Outcomes per project and half-year: discharges in a period.
CREATE INDEX enrollments_discharged ON enrollments (association_id, project_id, discharged_on) WHERE discharged_on IS NOT NULL;
CREATE INDEX enrollments_by_participant ON enrollments (association_id, participant_id);

CREATE TABLE phase_transitions (
  association_id uuid NOT NULL,
  enrollment_id uuid NOT NULL,
  seq int NOT NULL CHECK (seq >= 1),
  phase text NOT NULL CHECK (phase IN ('agreement','vocational_profile','job_finding','employer_engagement','support_on_off_job')),
  on_date date NOT NULL,
  PRIMARY KEY (association_id, enrollment_id, seq),
  FOREIGN KEY (association_id, enrollment_id) REFERENCES enrollments(association_id, id) ON DELETE CASCADE
);

CREATE TABLE after_support_episodes (
  association_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  enrollment_id uuid NOT NULL,
  started_on date NOT NULL,
  ended_on date,
  reason text NOT NULL CHECK (reason IN ('follow_up','re_contact')),
  PRIMARY KEY (association_id, id),
  FOREIGN KEY (association_id, enrollment_id) REFERENCES enrollments(association_id, id) ON DELETE CASCADE,
  CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX after_support_by_enrollment ON after_support_episodes (association_id, enrollment_id);

CREATE TABLE employers (
  association_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  organisation_number text CHECK (organisation_number ~ '^[0-9]{6}-[0-9]{4}$'),
  municipality_id uuid,
  PRIMARY KEY (association_id, id),
  FOREIGN KEY (association_id, municipality_id) REFERENCES municipalities(association_id, id)
);

CREATE TABLE placements (
  association_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  enrollment_id uuid NOT NULL,
  employer_id uuid,
  kind text NOT NULL CHECK (kind IN ('job_tasting','work_trial','employment','subsidised_employment','studies')),
  started_on date NOT NULL,
  ended_on date,
  hours_per_week numeric(4,1) CHECK (hours_per_week > 0 AND hours_per_week <= 60),
  PRIMARY KEY (association_id, id),
  FOREIGN KEY (association_id, enrollment_id) REFERENCES enrollments(association_id, id) ON DELETE CASCADE,
  FOREIGN KEY (association_id, employer_id) REFERENCES employers(association_id, id),
  CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX placements_by_enrollment ON placements (association_id, enrollment_id);

CREATE TABLE follow_ups (
  association_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  enrollment_id uuid NOT NULL,
  months_after smallint NOT NULL CHECK (months_after IN (3, 6, 12)),
  due_on date NOT NULL,
  done_on date,
  working boolean,
  studying boolean,
  PRIMARY KEY (association_id, id),
  UNIQUE (association_id, enrollment_id, months_after),
  FOREIGN KEY (association_id, enrollment_id) REFERENCES enrollments(association_id, id) ON DELETE CASCADE
);

CREATE TABLE attestations (
  association_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL,
  project_id uuid NOT NULL,
  half_year text NOT NULL CHECK (half_year ~ '^[0-9]{4}H[12]$'),
  signed_by uuid NOT NULL,
  signed_on date NOT NULL,
  statement text NOT NULL CHECK (length(statement) BETWEEN 10 AND 4000),
  PRIMARY KEY (association_id, id),
  UNIQUE (association_id, municipality_id, project_id, half_year),
  FOREIGN KEY (association_id, municipality_id) REFERENCES municipalities(association_id, id),
  FOREIGN KEY (association_id, project_id) REFERENCES projects(association_id, id),
  FOREIGN KEY (association_id, signed_by) REFERENCES users(association_id, id)
);

-- Versioned reference data shared by all associations (not tenant data).
CREATE TABLE code_list_entries (
  list_id text NOT NULL CHECK (list_id IN ('income_source','occupation_after','discharge_reason','education_level')),
  version int NOT NULL CHECK (version >= 1),
  code text NOT NULL CHECK (code ~ '^[a-z_]{2,60}$'),
  label_sv text NOT NULL,
  label_en text NOT NULL,
  valid_from date NOT NULL,
  valid_until date,
  outcome text CHECK (outcome IN ('work','subsidised_work','studies','job_seeking','other')),
  public_support boolean,
  exclusive boolean NOT NULL DEFAULT false,
  PRIMARY KEY (list_id, version, code)
);

-- Who read or changed which record, when, from which request. Append-only for the app.
CREATE TABLE audit_log (
  association_id uuid NOT NULL REFERENCES associations(id),
  id bigint GENERATED ALWAYS AS IDENTITY,
  at timestamptz NOT NULL DEFAULT now(),
  user_id uuid,
  role text,
  action text NOT NULL CHECK (action IN ('read','create','update','delete','decide','login','login_failed','logout','export')),
  entity text NOT NULL CHECK (length(entity) <= 60),
  entity_id uuid,
  request_id text CHECK (length(request_id) <= 100),
  detail jsonb NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (association_id, id)
);
CREATE INDEX audit_log_by_entity ON audit_log (association_id, entity, entity_id, at);
CREATE INDEX audit_log_by_time ON audit_log (association_id, at);

GRANT SELECT ON code_list_entries TO finsam_app;
${tenantTables
  .filter((table) => table !== 'audit_log')
  .map((table) => `GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO finsam_app;`)
  .join('\n')}
GRANT SELECT, INSERT ON audit_log TO finsam_app;
${tenantTables
  .map((table) => {
    const column = table === 'associations' ? 'id' : 'association_id';
    return `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ${table} TO finsam_app
  USING (${column} = app_association_id()) WITH CHECK (${column} = app_association_id());`;
  })
  .join('\n')}
`;

const DOWN = `
${[...tenantTables]
  .reverse()
  .map((table) => `DROP TABLE IF EXISTS ${table} CASCADE;`)
  .join('\n')}
DROP TABLE IF EXISTS code_list_entries;
DROP FUNCTION IF EXISTS app_association_id();
`;
