import pg from 'pg';

export type NotificationHandlers = {
  /** A notification on one of the channels, with its payload ('' when none). */
  onNotification(channel: string, payload: string): void;
  /**
   * Notifications may have been missed: the connection was lost, or it has just started
   * listening (whatever was committed before LISTEN took effect was not heard).
   */
  onReset(): void;
  /** Progress (`info`) and trouble (`warn`): connection lost, retrying, a handler failed. */
  log?(message: string, level: 'info' | 'warn'): void;
};

export type NotificationListener = {
  /** True while listening: every notification committed from now on will be heard. */
  healthy(): boolean;
  /** Stops listening and reconnecting; leaves no connection or timer behind. */
  close(): Promise<void>;
};

export type NotificationListenerOptions = {
  /** The channels to LISTEN on (plain identifiers). */
  readonly channels: readonly string[];
  /** How the connection shows in pg_stat_activity (and what an operator terminates). */
  readonly applicationName: string;
  /** First reconnect delay, doubled on every failure up to `maxDelayMs`. */
  readonly minDelayMs?: number;
  readonly maxDelayMs?: number;
};

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Listens on a dedicated connection (LISTEN needs one session for its lifetime, so not a
 * pooled one). When the connection fails it reports `onReset`, turns unhealthy and
 * reconnects with capped backoff; once listening again it reports `onReset` once more and
 * turns healthy. Errors, including a handler's, are logged, never thrown.
 */
export function listenForNotifications(
  url: string,
  handlers: NotificationHandlers,
  options: NotificationListenerOptions,
): NotificationListener {
  for (const channel of options.channels)
    if (!IDENTIFIER.test(channel)) throw new Error(`not a channel name: ${channel}`);
  const name = options.applicationName;
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
  const call = (what: string, handler: () => void) => {
    try {
      handler();
    } catch (error) {
      log(`${name}: ${what} failed: ${messageOf(error)}`);
    }
  };

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
    log(`${name} ${why}; retrying in ${delay} ms`);
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
        application_name: name,
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
      if (client !== next || !options.channels.includes(message.channel)) return;
      call('onNotification', () => handlers.onNotification(message.channel, message.payload ?? ''));
    });
    try {
      await next.connect();
      await next.query(options.channels.map((channel) => `LISTEN ${channel};`).join(' '));
    } catch (error) {
      lost(next, messageOf(error));
      return;
    }
    if (client !== next) {
      // Closed (or lost) while connecting: make sure this connection does not linger.
      await next.end().catch(() => undefined);
      return;
    }
    call('onReset', () => handlers.onReset());
    if (client !== next) return;
    healthy = true;
    delay = minDelay;
    log(`${name}: listening`, 'info');
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
