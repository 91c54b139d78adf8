import { listenForNotifications } from './notification-listener.js';

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
 * Listens for session changes on a dedicated connection (`listenForNotifications`): when
 * the connection fails, and again once it listens after reconnecting, it reports `onReset`
 * (changes in between were not heard) and is unhealthy meanwhile. Errors, including a
 * handler's, are logged, never thrown.
 */
export function watchSessionChanges(
  url: string,
  handlers: SessionChangeHandlers,
  options: SessionChangeOptions = {},
): SessionChangeWatch {
  return listenForNotifications(
    url,
    {
      onNotification(_channel, payload) {
        if (payload === '*' || payload === '') handlers.onReset();
        else handlers.onChange(payload);
      },
      onReset: () => handlers.onReset(),
      log: (message, level) => handlers.log?.(message, level),
    },
    { ...options, channels: [SESSION_CHANNEL], applicationName: 'finsam-se session listener' },
  );
}
