/**
 * Today's calendar date in Stockholm (YYYY-MM-DD) at an instant: what the db:* commands pass
 * to the demo seed (the gateway uses its own clock, `stockholmDateOf`). The instant is a
 * parameter; the caller owns the clock.
 */
export function stockholmToday(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
