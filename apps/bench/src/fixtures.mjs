// What the scenarios need from the data: the largest association, a bench user who can log
// in, a project, a participant, and the allocation version.
import pg from 'pg';
import { hashPassword } from '@finsam-se/persistence';

export const BENCH_EMAIL = 'bench-manager@bench.invalid';

export async function prepareFixtures(url, password) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const [association] = (
    await db.query(
      `SELECT association_id AS id, count(*)::int AS n FROM participants GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
    )
  ).rows;
  // Kept between runs (its past decisions reference it); the password is new each run.
  await db.query(
    `INSERT INTO users (association_id, email, name, role, password_hash) VALUES ($1, $2, 'Bench', 'manager', $3)
     ON CONFLICT (email) DO UPDATE SET password_hash = excluded.password_hash, failed_logins = 0, locked_until = NULL, active = true`,
    [association.id, BENCH_EMAIL, await hashPassword(password)],
  );
  const [project] = (
    await db.query(
      `SELECT id, allocation_version FROM projects WHERE association_id = $1 ORDER BY starts_on DESC LIMIT 1`,
      [association.id],
    )
  ).rows;
  const [participant] = (
    await db.query(
      `SELECT id FROM participants WHERE association_id = $1 ORDER BY id LIMIT 1 OFFSET 100`,
      [association.id],
    )
  ).rows;
  const municipalities = (
    await db.query(`SELECT id FROM municipalities WHERE association_id = $1 ORDER BY code`, [
      association.id,
    ])
  ).rows.map((r) => r.id);
  // Each run decides once: on the day after the latest decision, so the allocation it
  // replaces is the one in force and nothing starts later.
  const [latest] = (
    await db.query(
      `SELECT to_char(coalesce(max(effective_from) + 1, '2026-07-01'::date), 'YYYY-MM-DD') AS next FROM reallocations WHERE association_id = $1 AND project_id = $2`,
      [association.id, project.id],
    )
  ).rows;
  // The concurrency check races 50 decisions on one version; each must be one the rules
  // allow, or all 50 are refused for a reason that has nothing to do with the race. The
  // generator's salaries put this project over its budget (REALLOCATION.OVER_BUDGET), so
  // the decision's year gets a budget that covers it (100 MSEK; the same on every run).
  await db.query(
    `UPDATE project_budgets SET amount_ore = greatest(amount_ore, 10000000000)
     WHERE association_id = $1 AND project_id = $2 AND year = $3`,
    [association.id, project.id, Number(latest.next.slice(0, 4))],
  );
  await db.end();
  return {
    decideOn: latest.next,
    associationId: association.id,
    associationParticipants: association.n,
    projectId: project.id,
    participantId: participant.id,
    municipalities,
  };
}
