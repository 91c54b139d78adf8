import { LocalDate } from '@finsam-se/domain';

/**
 * The association's time zone. Every samordningsförbund is Swedish, so "today" for a
 * deadline, a paper answer or a phase move is the calendar date in Stockholm: the UTC
 * date is still yesterday between 00:00 and 01:00 (winter) or 02:00 (summer).
 */
export const ASSOCIATION_TIME_ZONE = 'Europe/Stockholm';

const stockholmDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: ASSOCIATION_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Stockholm calendar date of an instant. */
export function stockholmDateOf(instant: Date): LocalDate {
  const parts = stockholmDay.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  return LocalDate.of(part('year'), part('month'), part('day'));
}

/** Today, the one definition the gateway uses: the Stockholm date of the injected clock. */
export function todayOf(ctx: { readonly now: () => Date }): LocalDate {
  return stockholmDateOf(ctx.now());
}
