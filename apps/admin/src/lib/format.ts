// Small formatting helpers: money in öre → "12 345 kr", FTE "0,5", dates YYYY-MM-DD.
// Swedish uses a no-break space as the thousands separator; we normalise to U+00A0.

const NBSP = '\u00a0';

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

/** Formats an amount in öre as whole kronor: 1234500 → "12 345 kr". */
export function formatMoney(ore: number | null | undefined): string {
  if (ore === null || ore === undefined || !Number.isFinite(ore)) return '–';
  const kronor = Math.round(ore / 100);
  const sign = kronor < 0 ? '−' : '';
  return `${sign}${groupThousands(String(Math.abs(kronor)))}${NBSP}kr`;
}

/** Signed money for effects: "+12 345 kr", "−500 kr", "0 kr". */
export function formatMoneyChange(ore: number): string {
  const base = formatMoney(Math.abs(ore));
  if (Math.round(ore / 100) === 0) return formatMoney(0);
  return `${ore > 0 ? '+' : '−'}${base}`;
}

/** FTE with a decimal comma and no trailing zeros: 0.5 → "0,5", 1 → "1", 0.25 → "0,25". */
export function formatFte(fte: number | null | undefined): string {
  if (fte === null || fte === undefined || !Number.isFinite(fte)) return '–';
  const rounded = Math.round(fte * 100) / 100;
  const text = String(Math.abs(rounded)).replace('.', ',');
  return rounded < 0 ? `−${text}` : text;
}

/** Signed FTE change: "+0,5", "−0,25", "0". */
export function formatFteChange(change: number): string {
  const rounded = Math.round(change * 100) / 100;
  if (rounded === 0) return '0';
  return rounded > 0 ? `+${formatFte(rounded)}` : formatFte(rounded);
}

/** Parses user input with comma or point: "0,5" → 0.5; returns null for garbage. */
export function parseFte(text: string): number | null {
  const cleaned = text.trim().replace(',', '.').replace('−', '-');
  if (cleaned === '' || !/^-?\d*(\.\d*)?$/.test(cleaned) || cleaned === '.' || cleaned === '-') {
    return null;
  }
  const value = Number(cleaned);
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : null;
}

/** One decimal with comma: 21.456 → "21,5". */
export function formatDecimal(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return value.toFixed(digits).replace('.', ',').replace('-', '−');
}

/** Share 0..1 as percent: 0.354 → "35 %". */
export function formatPercent(share: number | null | undefined, digits = 0): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '–';
  return `${formatDecimal(share * 100, digits)}${NBSP}%`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Local calendar date as YYYY-MM-DD. */
export function toIsoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Shows a LocalDate or DateTime as YYYY-MM-DD (DateTime in local time). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '–';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : toIsoDate(date);
}

/** DateTime as "YYYY-MM-DD HH:MM" in local time. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '–';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${toIsoDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** First day of the month after `today`. */
export function firstOfNextMonth(today: Date): string {
  return toIsoDate(new Date(today.getFullYear(), today.getMonth() + 1, 1));
}

/** First day of the month `months` before the month of `today`. */
export function firstOfMonthsAgo(today: Date, months: number): string {
  return toIsoDate(new Date(today.getFullYear(), today.getMonth() - months, 1));
}

/** A real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
