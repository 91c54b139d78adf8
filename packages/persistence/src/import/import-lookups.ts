import { type ImportLookups, LocalDate } from '@finsam-se/domain';
import type { TenantTx } from '../db/database.js';

/** The association's municipalities, projects and coaches (with their users' e-mail). */
export async function loadImportLookups(tx: TenantTx, today: LocalDate): Promise<ImportLookups> {
  const municipalities = await tx.query<{ id: string; name: string; code: string }>(
    `SELECT id, name, code FROM municipalities WHERE association_id = $1 ORDER BY name, id`,
    [tx.associationId],
  );
  const projects = await tx.query<{ id: string; name: string; starts_on: string; ends_on: string }>(
    `SELECT id, name, starts_on::text, ends_on::text FROM projects WHERE association_id = $1 ORDER BY starts_on, id`,
    [tx.associationId],
  );
  const coaches = await tx.query<{
    id: string;
    name: string;
    municipality_id: string;
    email: string | null;
  }>(
    `SELECT c.id, c.name, c.municipality_id, min(u.email) AS email
     FROM coaches c LEFT JOIN users u ON u.association_id = c.association_id AND u.coach_id = c.id
     WHERE c.association_id = $1 GROUP BY c.id, c.name, c.municipality_id ORDER BY c.name, c.id`,
    [tx.associationId],
  );
  return {
    today,
    municipalities,
    projects: projects.map((p) => ({
      id: p.id,
      name: p.name,
      period: { start: LocalDate.from(p.starts_on), end: LocalDate.from(p.ends_on) },
    })),
    coaches: coaches.map((c) => ({
      id: c.id,
      name: c.name,
      email: c.email,
      municipalityId: c.municipality_id,
    })),
  };
}
