import { ASSOCIATION_TIME_ZONE, LocalDate } from '@finsam-se/domain';

export { ASSOCIATION_TIME_ZONE };

const stockholmDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: ASSOCIATION_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const MINUTE_MS = 60_000;
// The last minute asked for and its date: a request asks several times, and formatting in a
// time zone is the costliest step of a cached report. Offsets change on whole hours and days
// begin on whole minutes, so every instant of one UTC minute has the same Stockholm date.
let memo: { minute: number; date: LocalDate } | undefined;

/** The Stockholm calendar date of an instant. */
export function stockholmDateOf(instant: Date): LocalDate {
  const minute = Math.floor(instant.getTime() / MINUTE_MS);
  if (memo?.minute === minute) return memo.date;
  const parts = stockholmDay.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  const date = LocalDate.of(part('year'), part('month'), part('day'));
  memo = { minute, date };
  return date;
}

/** Today, the one definition the gateway uses: the Stockholm date of the injected clock. */
export function todayOf(ctx: { readonly now: () => Date }): LocalDate {
  return stockholmDateOf(ctx.now());
}
