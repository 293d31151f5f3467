/**
 * CSV for the office that aggregates plans. Italian Excel splits on ";" and needs a byte-order mark
 * to read UTF-8, so those are the defaults; fields are quoted per RFC 4180.
 */
export type CsvOptions = { readonly separator: string };

export const CSV_BOM = "\uFEFF";

export function csvField(value: string, separator: string): string {
  return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(values: readonly string[], options: CsvOptions): string {
  return `${values.map((value) => csvField(value, options.separator)).join(options.separator)}\r\n`;
}
