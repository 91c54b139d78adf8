import { ASSOCIATION_TIME_ZONE, LocalDate } from '@finsam-se/domain';

export { ASSOCIATION_TIME_ZONE };

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
