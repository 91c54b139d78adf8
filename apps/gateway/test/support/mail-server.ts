import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type Received = { readonly to: readonly string[]; readonly raw: string };

export type MailServer = {
  readonly url: string;
  /** Messages the server accepted (answered 250 to), in order. */
  readonly received: Received[];
  /** Messages whose DATA began, accepted or not. */
  readonly started: () => number;
  /** Addresses refused at RCPT TO (550), as a bouncing server would. */
  readonly refuse: Set<string>;
  /** While set, DATA is read but never answered: a server that stalls mid-message. */
  stall(on: boolean): void;
  /** Resolves once `n` messages began their DATA. */
  waitForStarted(n: number): Promise<void>;
  waitForReceived(n: number): Promise<void>;
  close(): Promise<void>;
};

const until = async (done: () => boolean) => {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 50));
};

/** A real SMTP server in the test's process (smtp-server), without TLS or authentication. */
export async function startMailServer(): Promise<MailServer> {
  const received: Received[] = [];
  const refuse = new Set<string>();
  let stalled = false;
  let started = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse.has(address.address)) {
        const error = new Error('Mailbox unavailable') as Error & { responseCode: number };
        error.responseCode = 550;
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      started += 1;
      const stallThis = stalled;
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (stallThis) return; // never answered: the client waits until it dies
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  // A client that dies mid-message (the crash test SIGKILLs a worker) resets its
  // connection; smtp-server reports that as an 'error' event, which unheard would be an
  // uncaught exception in the test process. It is what a real server sees too: logged, not fatal.
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ECONNRESET') throw error;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    started: () => started,
    refuse,
    stall: (on) => (stalled = on),
    waitForStarted: (n) => until(() => started >= n),
    waitForReceived: (n) => until(() => received.length >= n),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A message's body decoded from quoted-printable (what a reader sees). */
export function decoded(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/(=[0-9A-F]{2})+/g, (m) => Buffer.from(m.replace(/=/g, ''), 'hex').toString('utf8'));
}
