import { Fte, LocalDate, type Fte as FteValue } from '@finsam-se/domain';
import { badInput } from '../errors/error-codes.js';

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
    if (!parsed.ok) throw badInput(field, 'Datumet ska skrivas ÅÅÅÅ-MM-DD.', parsed.error.code);
    return parsed.value;
  },
  fte(field: string, value: number, { max = 100 }: { max?: number } = {}): FteValue {
    const parsed = Fte.fromDecimal(value);
    if (!parsed.ok)
      throw badInput(field, 'Tjänstegraden anges i hundradelar, t.ex. 0,5.', parsed.error.code);
    if (parsed.value > max)
      throw badInput(field, `Högst ${Fte.format(Fte.ofHundredths(max))} heltid.`, 'FTE.RANGE');
    return parsed.value;
  },
  text(
    field: string,
    value: string,
    { min = 1, max = 200 }: { min?: number; max?: number } = {},
  ): string {
    const trimmed = value.trim();
    if (trimmed.length < min || trimmed.length > max)
      throw badInput(field, `Texten ska vara ${min}–${max} tecken.`, 'TEXT.LENGTH');
    if (!isPlainText(trimmed))
      throw badInput(field, 'Texten innehåller otillåtna tecken.', 'TEXT.CHARACTERS');
    return trimmed;
  },
  uuid(field: string, value: string): string {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value))
      throw badInput(field, 'Ogiltigt id.', 'ID.FORMAT');
    return value.toLowerCase();
  },
  uuids(field: string, values: readonly string[] | undefined): string[] | undefined {
    if (values === undefined) return undefined;
    if (values.length > 1000) throw badInput(field, 'För många id.', 'ID.TOO_MANY');
    return values.map((value, index) => input.uuid(`${field}.${index}`, value));
  },
};
