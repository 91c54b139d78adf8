import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The board's reports (issue 19 item 3): each produced Delårsrapport T1/T2 or Årsrapport is
 * kept as the PDF that was produced, with who produced it, when, for which project and
 * period, and the bytes' SHA-256, so the board sees exactly what was sent. Stored reports
 * never change: the application role may only read and insert them, and a trigger refuses
 * UPDATE and DELETE for everyone (the owner included). `source_association_id` is the
 * förbund whose figures were printed: another förbund's published (suppressed) figures when
 * an `external` user produced it; the report is stored in the producer's association.
 */
export class BoardReports1733812800000 implements MigrationInterface {
  name = 'BoardReports1733812800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(UP);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(DOWN);
  }
}

const UP = `
CREATE TABLE board_reports (
  association_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  source_association_id uuid NOT NULL,
  project_id uuid NOT NULL,
  project_name text NOT NULL CHECK (length(project_name) BETWEEN 1 AND 300),
  year smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  period text NOT NULL CHECK (period IN ('T1', 'T2', 'ANNUAL')),
  produced_by uuid NOT NULL,
  produced_by_name text NOT NULL CHECK (length(produced_by_name) BETWEEN 1 AND 300),
  produced_at timestamptz NOT NULL DEFAULT now(),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  byte_length integer NOT NULL CHECK (byte_length > 0),
  pdf bytea NOT NULL,
  PRIMARY KEY (association_id, id),
  CHECK (octet_length(pdf) = byte_length),
  FOREIGN KEY (association_id, produced_by) REFERENCES users(association_id, id)
);
CREATE INDEX board_reports_by_project ON board_reports (association_id, project_id, produced_at);

CREATE FUNCTION finsam_board_reports_immutable() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
  RAISE EXCEPTION 'board reports are immutable' USING ERRCODE = 'insufficient_privilege';
END
$fn$;
CREATE TRIGGER board_reports_immutable BEFORE UPDATE OR DELETE ON board_reports
  FOR EACH ROW EXECUTE FUNCTION finsam_board_reports_immutable();

GRANT SELECT, INSERT ON board_reports TO finsam_app;
ALTER TABLE board_reports ENABLE ROW LEVEL SECURITY;
ALTER TABLE board_reports FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON board_reports TO finsam_app
  USING (association_id = app_association_id()) WITH CHECK (association_id = app_association_id());
`;

const DOWN = `
DROP TABLE IF EXISTS board_reports;
DROP FUNCTION IF EXISTS finsam_board_reports_immutable();
`;
