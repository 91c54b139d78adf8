/**
 * A text cell that a spreadsheet would read as a formula (OWASP "CSV injection"): it
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return.
 */
export function isFormulaLike(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/**
 * A text cell as it may be written to a CSV or spreadsheet: formula-like text gets a
 * leading `'`, so a name such as `=HYPERLINK("…")` is shown as text and never run.
 * Numbers are not text: writers format them themselves and never pass them here, so a
 * negative number stays a number.
 */
export function csvText(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}
