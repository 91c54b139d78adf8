import { type NotificationListener, listenForNotifications } from '@finsam-se/persistence';
import type { Logger } from '../logging/logger.js';
import { REPORT_CACHE_CHANNEL, REPORT_CACHE_WARM_CHANNEL } from '../shared/report-cache-notices.js';
import type { ReportCache } from './report-cache.js';
import type { ReportWarmer } from './report-warm.js';

/** How the listener's connection shows in pg_stat_activity. */
export const REPORT_CACHE_LISTENER_NAME = 'finsam-se report cache listener';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Keeps this process's report cache true to the database (ADR 0008): a write anywhere
 * invalidates its association, a lost or new connection clears everything (notifications
 * in between were not heard), and a warm notice queues the association's default figures.
 */
export function listenForReportCache(
  url: string,
  cache: ReportCache,
  warmer: ReportWarmer,
  log: Logger,
): NotificationListener {
  return listenForNotifications(
    url,
    {
      onNotification(channel, associationId) {
        if (!UUID.test(associationId)) return;
        if (channel === REPORT_CACHE_CHANNEL) cache.invalidate(associationId);
        else if (channel === REPORT_CACHE_WARM_CHANNEL) warmer.schedule(associationId);
      },
      onReset: () => cache.clear(),
      log: (message, level) => log[level](message),
    },
    {
      channels: [REPORT_CACHE_CHANNEL, REPORT_CACHE_WARM_CHANNEL],
      applicationName: REPORT_CACHE_LISTENER_NAME,
    },
  );
}
