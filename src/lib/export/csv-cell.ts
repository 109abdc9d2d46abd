/**
 * CSV cells that are safe to open in a spreadsheet, and RFC 4180 lines.
 *
 * Formula injection (OWASP, "CSV Injection"): a text cell starting with `=`,
 * `+`, `-`, `@`, a tab or a carriage return may be run as a formula by Excel,
 * LibreOffice or Google Sheets. Such a cell gets a leading single quote, which
 * spreadsheets show as text and researchers' tools keep as a visible character.
 *
 * Numbers stay numbers: a JS number is written as it is (a negative one starts
 * with `-` but cannot hold a formula), and so is a string that is a plain
 * decimal number with an optional leading minus (`-3`, `-12.5`, `0.25`). A
 * leading `+` is not part of any number we write, so `+4` is treated as text
 * and neutralised.
 */

/** A value of one CSV cell; null and undefined are written as an empty cell (missing). */
export type TCsvValue = string | number | boolean | null | undefined;

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A plain decimal number: optional minus, digits, optional fraction. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** Characters that need the field quoted (RFC 4180, section 2.6). */
const NEEDS_QUOTES = /[",\r\n]/;

/** The text with a leading `'` when a spreadsheet would read it as a formula; plain numbers kept. */
export function neutraliseCell(value: string): string {
  if (PLAIN_NUMBER.test(value)) return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One field: neutralised when text, then quoted per RFC 4180 when it needs to be. */
export function csvField(value: TCsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} to CSV`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutraliseCell(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record: the fields joined by commas, ending with CRLF. */
export function csvLine(values: readonly TCsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
