/**
 * CSV for the office that aggregates plans. Italian Excel splits on ";" and needs a byte-order mark
 * to read UTF-8, so those are the defaults; fields are quoted per RFC 4180.
 *
 * A cell is data, never a formula: following OWASP's "CSV Injection" guidance, a cell starting with
 * "=", "+", "-", "@", a tab or a carriage return gets a single quote in front, which Excel and
 * LibreOffice read as "this is text". Control characters other than line breaks and tabs are
 * written as \uXXXX, so no ESC or NUL reaches a spreadsheet or a terminal that shows the file.
 */
import { escapeControls } from "../plan/visible-text";

export type CsvOptions = { readonly separator: string };

export const CSV_BOM = "\uFEFF";

const FORMULA_START = new Set(["=", "+", "-", "@", "\t", "\r"]);

/** A text cell as data: controls escaped, a would-be formula behind a single quote. */
export function safeText(value: string): string {
  const safe = escapeControls(value, "\t\n\r");
  return FORMULA_START.has(safe.charAt(0)) ? `'${safe}` : safe;
}

export function csvField(value: string, separator: string): string {
  const text = safeText(value);
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly string[], options: CsvOptions): string {
  return `${values.map((value) => csvField(value, options.separator)).join(options.separator)}\r\n`;
}
