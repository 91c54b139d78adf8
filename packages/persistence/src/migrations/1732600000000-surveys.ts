import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Surveys and assessments (issue 10). Questionnaire versions are immutable rows; answers
 * are never edited after submission (the application may only insert them); one-time
 * links store only the SHA-256 of their token. Same tenant pattern as the first
 * migration: `association_id` in every key, RLS for `finsam_app`, explicit grants.
 */
export class Surveys1732600000000 implements MigrationInterface {
  name = 'Surveys1732600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(UP);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(DOWN);
  }
}

/** Table → what the application role may do with it. */
const grants: Record<string, string> = {
  questionnaires: 'SELECT, INSERT',
  survey_invitations: 'SELECT, INSERT, UPDATE',
  // Immutable after submission: no UPDATE, no DELETE for the application.
  survey_responses: 'SELECT, INSERT',
  assessments: 'SELECT, INSERT',
  assessment_scores: 'SELECT, INSERT',
};

const UP = `
CREATE TABLE questionnaires (
  association_id uuid NOT NULL REFERENCES associations(id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{1,59}$'),
  version int NOT NULL CHECK (version >= 1),
  title_sv text NOT NULL CHECK (length(title_sv) BETWEEN 1 AND 200),
  title_en text NOT NULL CHECK (length(title_en) BETWEEN 1 AND 200),
  respondent_kind text NOT NULL CHECK (respondent_kind IN ('participant','employer')),
  -- The questions as validated by @finsam-se/domain validateQuestionnaire.
  questions jsonb NOT NULL CHECK (jsonb_typeof(questions) = 'array'),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (association_id, id),
  UNIQUE (association_id, key, version),
  FOREIGN KEY (association_id, created_by) REFERENCES users(association_id, id)
);

CREATE TABLE survey_invitations (
  association_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  questionnaire_id uuid NOT NULL,
  respondent_kind text NOT NULL CHECK (respondent_kind IN ('participant','employer')),
  enrollment_id uuid NOT NULL,
  placement_id uuid,
  trigger_point text NOT NULL CHECK (trigger_point IN ('enrollment','discharge','month_3','month_6','month_12','year_end')),
  anonymous boolean NOT NULL DEFAULT true,
  -- SHA-256 of a random 32-byte token; the token itself is never stored.
  token_hash bytea NOT NULL CHECK (length(token_hash) = 32),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (association_id, id),
  FOREIGN KEY (association_id, questionnaire_id) REFERENCES questionnaires(association_id, id),
  FOREIGN KEY (association_id, enrollment_id) REFERENCES enrollments(association_id, id),
  FOREIGN KEY (association_id, placement_id) REFERENCES placements(association_id, id),
  FOREIGN KEY (association_id, created_by) REFERENCES users(association_id, id),
  CHECK (respondent_kind <> 'employer' OR placement_id IS NOT NULL),
  CHECK (used_at IS NULL OR used_at >= created_at)
);
-- The public page finds a link by its hash before the tenant is known.
CREATE UNIQUE INDEX survey_invitations_token_key ON survey_invitations (token_hash);
CREATE INDEX survey_invitations_by_enrollment ON survey_invitations (association_id, enrollment_id);
CREATE INDEX survey_invitations_by_time ON survey_invitations (association_id, created_at);

CREATE TABLE survey_responses (
  association_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  questionnaire_id uuid NOT NULL,
  respondent_kind text NOT NULL CHECK (respondent_kind IN ('participant','employer')),
  trigger_point text NOT NULL CHECK (trigger_point IN ('enrollment','discharge','month_3','month_6','month_12','year_end')),
  channel text NOT NULL CHECK (channel IN ('link','paper')),
  anonymous boolean NOT NULL,
  -- The insats answered about (not personal data; kept for anonymous answers too).
  project_id uuid NOT NULL,
  enrollment_id uuid,
  placement_id uuid,
  invitation_id uuid,
  recorded_by uuid,
  answered_on date,
  -- What an anonymous response keeps (as SUS does): gender, year and municipality.
  gender text CHECK (gender IN ('female','male','other')),
  year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  municipality_id uuid,
  answers jsonb NOT NULL CHECK (jsonb_typeof(answers) = 'object'),
  PRIMARY KEY (association_id, id),
  UNIQUE (association_id, invitation_id),
  FOREIGN KEY (association_id, questionnaire_id) REFERENCES questionnaires(association_id, id),
  FOREIGN KEY (association_id, project_id) REFERENCES projects(association_id, id),
  FOREIGN KEY (association_id, enrollment_id) REFERENCES enrollments(association_id, id),
  FOREIGN KEY (association_id, placement_id) REFERENCES placements(association_id, id),
  FOREIGN KEY (association_id, invitation_id) REFERENCES survey_invitations(association_id, id),
  FOREIGN KEY (association_id, recorded_by) REFERENCES users(association_id, id),
  FOREIGN KEY (association_id, municipality_id) REFERENCES municipalities(association_id, id),
  CHECK (NOT anonymous OR (enrollment_id IS NULL AND placement_id IS NULL AND invitation_id IS NULL
    AND recorded_by IS NULL AND answered_on IS NULL)),
  CHECK (anonymous OR (enrollment_id IS NOT NULL AND answered_on IS NOT NULL)),
  CHECK (answered_on IS NULL OR extract(year FROM answered_on) = year)
);
CREATE INDEX survey_responses_by_year ON survey_responses (association_id, year, questionnaire_id);
CREATE INDEX survey_responses_by_enrollment ON survey_responses (association_id, enrollment_id) WHERE enrollment_id IS NOT NULL;

CREATE TABLE assessments (
  association_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  participant_id uuid NOT NULL,
  definition_key text NOT NULL CHECK (definition_key ~ '^[a-z][a-z0-9_]{1,59}$'),
  definition_version int NOT NULL CHECK (definition_version >= 1),
  assessed_on date NOT NULL,
  recorded_by uuid NOT NULL,
  -- Free text: shown only within the coach's scope, never in a figure.
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (association_id, id),
  FOREIGN KEY (association_id, participant_id) REFERENCES participants(association_id, id),
  FOREIGN KEY (association_id, recorded_by) REFERENCES users(association_id, id)
);
CREATE INDEX assessments_by_participant ON assessments (association_id, participant_id, definition_key, assessed_on);

CREATE TABLE assessment_scores (
  association_id uuid NOT NULL,
  assessment_id uuid NOT NULL,
  item_key text NOT NULL CHECK (item_key ~ '^[a-z][a-z0-9_]{1,59}$'),
  score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
  PRIMARY KEY (association_id, assessment_id, item_key),
  FOREIGN KEY (association_id, assessment_id) REFERENCES assessments(association_id, id) ON DELETE CASCADE
);

${Object.entries(grants)
  .map(([table, privileges]) => `GRANT ${privileges} ON ${table} TO finsam_app;`)
  .join('\n')}
${Object.keys(grants)
  .map(
    (table) => `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ${table} TO finsam_app
  USING (association_id = app_association_id()) WITH CHECK (association_id = app_association_id());`,
  )
  .join('\n')}
`;

const DOWN = `
${Object.keys(grants)
  .reverse()
  .map((table) => `DROP TABLE IF EXISTS ${table} CASCADE;`)
  .join('\n')}
`;
