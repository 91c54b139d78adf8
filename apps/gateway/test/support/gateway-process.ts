import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export type GatewayProcess = {
  readonly url: string;
  readonly child: ChildProcess;
  output(): string;
};

/** The built gateway as its own process (as in production), on an existing database. */
export async function spawnGateway(options: {
  databaseUrl: string;
  piiKey: string;
  tokenSecret?: string;
  port?: number;
  /** Runs the job queue in the process, as `npm start` does; off unless a test is about it. */
  worker?: boolean;
}): Promise<GatewayProcess> {
  const port = options.port ?? (await freePort());
  let output = '';
  const child = spawn('node', [path.join(root, 'apps/gateway/dist/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      PII_KEY: options.piiKey,
      TOKEN_SECRET: options.tokenSecret ?? randomBytes(48).toString('base64'),
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      INIT_CWD: root,
      WORKER: options.worker ? 'on' : 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`gateway exited: ${output}`);
    if (
      await fetch(`${url}/healthz`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      break;
    if (Date.now() > deadline) throw new Error(`gateway did not start: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, child, output: () => output };
}
