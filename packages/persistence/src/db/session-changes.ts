import pg from 'pg';

/** The channel the `SessionNotify` migration's triggers notify: a user id, or `*` for all. */
export const SESSION_CHANNEL = 'finsam_session';

export type SessionChangeHandlers = {
  /** The user's row changed (or was deleted): forget what is cached about them. */
  onChange(userId: string): void;
  /** Anything may have changed (an association changed, or notifications may be lost). */
  onReset(): void;
  /** Progress (`info`) and trouble (`warn`): connection lost, retrying, a handler failed. */
  log?(message: string, level: 'info' | 'warn'): void;
};

export type SessionChangeWatch = {
  /** True while listening: every change committed from now on will be reported. */
  healthy(): boolean;
  /** Stops listening and reconnecting; leaves no connection or timer behind. */
  close(): Promise<void>;
};

export type SessionChangeOptions = {
  /** First reconnect delay, doubled on every failure up to `maxDelayMs`. */
  readonly minDelayMs?: number;
  readonly maxDelayMs?: number;
};

/**
 * Listens for session changes on a dedicated connection (LISTEN needs one session for
 * its lifetime, so not a pooled one). When the connection fails it reports `onReset`,
 * turns unhealthy and reconnects with capped backoff; once listening again it reports
 * `onReset` once more (changes in between were not heard) and turns healthy. Errors,
 * including a handler's, are logged, never thrown.
 */
export function watchSessionChanges(
  url: string,
  handlers: SessionChangeHandlers,
  options: SessionChangeOptions = {},
): SessionChangeWatch {
  const minDelay = options.minDelayMs ?? 100;
  const maxDelay = options.maxDelayMs ?? 5000;
  let delay = minDelay;
  let closed = false;
  let healthy = false;
  let client: pg.Client | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const log = (message: string, level: 'info' | 'warn' = 'warn') => {
    try {
      handlers.log?.(message, level);
    } catch {
      // A broken logger must not stop the listener.
    }
  };
  const call = (name: string, handler: () => void) => {
    try {
      handler();
    } catch (error) {
      log(`session listener: ${name} failed: ${messageOf(error)}`);
    }
  };

  /** The connection `current` is gone: forget everything and try again later. */
  function lost(current: pg.Client, reason: string): void {
    if (client !== current) return;
    client = undefined;
    const wasHealthy = healthy;
    healthy = false;
    current.end().catch(() => undefined);
    call('onReset', () => handlers.onReset());
    retry(`${wasHealthy ? 'lost' : 'not connected'} (${reason})`);
  }

  function retry(why: string): void {
    if (closed) return;
    log(`session listener ${why}; retrying in ${delay} ms`);
    timer = setTimeout(() => {
      timer = undefined;
      void connect();
    }, delay);
    timer.unref();
    delay = Math.min(delay * 2, maxDelay);
  }

  async function connect(): Promise<void> {
    if (closed) return;
    let next: pg.Client;
    try {
      next = new pg.Client({
        connectionString: url,
        application_name: 'finsam-se session listener',
        connectionTimeoutMillis: 5000,
        keepAlive: true,
      });
    } catch (error) {
      retry(`not connected (${messageOf(error)})`);
      return;
    }
    client = next;
    next.on('error', (error) => lost(next, messageOf(error)));
    next.on('end', () => lost(next, 'connection ended'));
    next.on('notification', (message) => {
      if (client !== next || message.channel !== SESSION_CHANNEL) return;
      const payload = message.payload ?? '';
      if (payload === '*' || payload === '') call('onReset', () => handlers.onReset());
      else call('onChange', () => handlers.onChange(payload));
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${SESSION_CHANNEL}`);
    } catch (error) {
      lost(next, messageOf(error));
      return;
    }
    if (client !== next) {
      // Closed (or lost) while connecting: make sure this connection does not linger.
      await next.end().catch(() => undefined);
      return;
    }
    // Changes committed before LISTEN took effect were not heard.
    call('onReset', () => handlers.onReset());
    if (client !== next) return;
    healthy = true;
    delay = minDelay;
    log('session listener: listening', 'info');
  }

  void connect();

  return {
    healthy: () => healthy,
    async close() {
      closed = true;
      healthy = false;
      if (timer) clearTimeout(timer);
      timer = undefined;
      const current = client;
      client = undefined;
      await current?.end().catch(() => undefined);
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
