// The national-scale data set, generated once per seed and scale and then reused.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export const scales = {
  national: ['--associations', '75', '--participants-per-year', '100000', '--years', '5'],
  small: ['--associations', '5', '--participants-per-year', '5000', '--years', '2'],
  // Enough to check the harness end to end in a minute, not to measure anything.
  tiny: ['--associations', '2', '--participants-per-year', '1000', '--years', '2'],
};

function withDatabase(url, name) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Makes sure the bench database holds the generated data for this scale and seed. */
export async function ensureDataset({ root, serverUrl, scale, seed, log }) {
  const name = `finsam_bench_${scale}_${seed}`;
  const url = withDatabase(serverUrl, name);
  const cacheDir = path.join(root, '.data', 'bench');
  mkdirSync(cacheDir, { recursive: true });
  const keyFile = path.join(cacheDir, `${name}.pii.key`);
  if (!existsSync(keyFile))
    writeFileSync(keyFile, randomBytes(32).toString('base64'), { mode: 0o600 });
  const piiKey = readFileSync(keyFile, 'utf8').trim();

  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();

  const db = new pg.Client({ connectionString: url });
  await db.connect();
  await db.query(
    'CREATE TABLE IF NOT EXISTS bench_meta (key text PRIMARY KEY, value text NOT NULL)',
  );
  const done = await db.query(`SELECT value FROM bench_meta WHERE key = 'generated'`);
  const env = { ...process.env, DATABASE_URL: url, PII_KEY: piiKey };
  const cli = path.join(root, 'packages/persistence/dist/cli');
  const run = (script, args = []) => {
    const result = spawnSync('node', [path.join(cli, script), ...args], { env, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`${script} failed`);
  };
  // Migrations added since the data was generated are applied to the cached set.
  run('migrate.js');
  if (done.rowCount === 0) {
    log(`Generating the ${scale} data set (seed ${seed}) into ${name}; this runs once …`);
    run('generate.js', [...scales[scale], '--seed', String(seed)]);
    await db.query(`INSERT INTO bench_meta (key, value) VALUES ('generated', now()::text)`);
    await db.query('VACUUM ANALYZE');
  }
  const [{ participants, rows }] = (
    await db.query(`SELECT (SELECT count(*) FROM participants)::int AS participants,
      (SELECT sum(n_live_tup) FROM pg_stat_user_tables)::bigint::text AS rows`)
  ).rows;
  await db.end();
  return { url, piiKey, name, participants, rows: Number(rows) };
}
