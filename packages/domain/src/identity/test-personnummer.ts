import { luhnCheckDigit } from './luhn.js';

/**
 * Skatteverket's published test personnummer are ordinary-looking numbers whose serial
 * lies in 980–999 (födelsenummer reserved for test use, never issued to real people).
 * This builds one deterministically: the same index gives the same number.
 */
export const TEST_SERIAL_MIN = 980;
export const TEST_SERIAL_MAX = 999;

/** Whether a normalized 12-digit number is in the test range. */
export function isTestPersonnummer(normalized: string): boolean {
  if (!/^\d{12}$/.test(normalized)) return false;
  const serial = Number(normalized.slice(8, 11));
  return serial >= TEST_SERIAL_MIN && serial <= TEST_SERIAL_MAX;
}

/**
 * A valid test personnummer (12 digits) for a birth date `YYYY-MM-DD`, with the given legal
 * gender; `variant` (0–9) picks one of the ten serials of that gender.
 */
export function testPersonnummer(
  birthDate: string,
  legalGender: 'female' | 'male',
  variant = 0,
): string {
  const date = birthDate.replaceAll('-', '');
  if (!/^\d{8}$/.test(date)) throw new RangeError('testPersonnummer needs a YYYY-MM-DD date');
  const slot = ((variant % 10) + 10) % 10;
  const serial = TEST_SERIAL_MIN + slot * 2 + (legalGender === 'male' ? 1 : 0);
  const nine = `${date.slice(2)}${serial}`;
  return `${date}${serial}${luhnCheckDigit(nine)}`;
}
