import { Fte, LocalDate, Uuid, type Fte as FteValue } from '@finsam-se/domain';
import { fromRule, refuse } from '../errors/refuse.js';

/**
 * Control characters, unpaired surrogates and bidirectional overrides ("Trojan source")
 * have no place in names and notes; newlines and tabs do.
 */
export function isPlainText(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(text)) {
    return false;
  }
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

/** Edge validation helpers: every failure names its field and carries the domain code. */
export const input = {
  date(field: string, value: string): LocalDate {
    const parsed = LocalDate.parse(value);
    if (!parsed.ok) throw fromRule(parsed.error, field);
    return parsed.value;
  },
  fte(field: string, value: number, { max = 100 }: { max?: number } = {}): FteValue {
    const parsed = Fte.fromDecimal(value);
    if (!parsed.ok) throw fromRule(parsed.error, field);
    if (parsed.value > max)
      throw refuse('FTE.MAX', { field, params: { max: Fte.format(Fte.ofHundredths(max)) } });
    return parsed.value;
  },
  text(
    field: string,
    value: string,
    { min = 1, max = 200 }: { min?: number; max?: number } = {},
  ): string {
    const trimmed = value.trim();
    if (trimmed.length < min || trimmed.length > max)
      throw refuse('TEXT.LENGTH', { field, params: { min, max } });
    if (!isPlainText(trimmed)) throw refuse('TEXT.CHARACTERS', { field: field });
    return trimmed;
  },
  /**
   * An id the schema still types `ID` (the report filter and board report inputs of API v1):
   * read by the same rule as the `UUID` scalar. Every other id arrives as a `Uuid` already.
   */
  uuid(field: string, value: string): Uuid {
    const parsed = Uuid.parse(value);
    if (!parsed.ok) throw fromRule(parsed.error, field);
    return parsed.value;
  },
  /** A list of ids the UUID scalar has read, bounded so one request cannot ask for every row. */
  idList(field: string, values: readonly Uuid[] | undefined): readonly Uuid[] | undefined {
    if (values === undefined) return undefined;
    if (values.length > 1000) throw refuse('ID.TOO_MANY', { field: field });
    return values;
  },
};
