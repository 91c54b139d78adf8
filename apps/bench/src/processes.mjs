// The servers under test as child processes, and a small GraphQL client.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts `node args` in `cwd` and resolves once `readyWhen(output)` holds. */
export function startProcess(cwd, args, env, readyWhen) {
  const child = spawn('node', args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 120_000;
    const poll = async () => {
      if (child.exitCode !== null) return reject(new Error(`process exited:\n${output}`));
      if (await readyWhen(output).catch(() => false)) return resolve(child);
      if (Date.now() > deadline) return reject(new Error(`not ready:\n${output}`));
      setTimeout(poll, 250);
    };
    poll();
  });
}

export async function gql(url, token, { query, variables }) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/** Connections each server holds on the bench database, by application name. */
export async function connectionsByApplication(db) {
  const { rows } = await db.query(
    `SELECT application_name AS name, count(*)::int AS n FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() GROUP BY 1 ORDER BY 1`,
  );
  return Object.fromEntries(rows.map((r) => [r.name || '(unnamed)', r.n]));
}
