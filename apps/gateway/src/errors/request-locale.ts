import type { Locale } from './catalogue-entry.js';

/** At most this many language ranges are read: a header is the client's, not ours to trust. */
const MAX_RANGES = 20;

/**
 * The language a request asks for, from its `Accept-Language` header: Swedish or English,
 * whichever the client ranks higher (the first on a tie); Swedish when it names neither.
 */
export function localeOf(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return 'sv';
  let best: { locale: Locale; q: number } | undefined;
  for (const range of acceptLanguage.split(',').slice(0, MAX_RANGES)) {
    const [tag = '', ...params] = range.split(';').map((part) => part.trim());
    const primary = tag.toLowerCase().split('-')[0];
    if (primary !== 'sv' && primary !== 'en') continue;
    const weight = params.find((p) => p.toLowerCase().startsWith('q='));
    const q = weight === undefined ? 1 : Number(weight.slice(2));
    if (!Number.isFinite(q) || q <= 0 || q > 1) continue;
    if (!best || q > best.q) best = { locale: primary, q };
  }
  return best?.locale ?? 'sv';
}
