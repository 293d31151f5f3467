import type { ValueKind } from "./fields";

/**
 * How the text of a control is read (tolerantly) and written (canonically).
 *
 * Empty: the template and the add-in write BLANK_CONTENT, a single space, rather than clearing a
 * control, because a cleared control shows Word's placeholder text (office-js #1515). Readers treat
 * any whitespace, and Word's default placeholder, as empty.
 */
export const BLANK_CONTENT = " ";
/** The one mark the add-in writes. */
export const CANONICAL_MARK = "X";
/** What people type to mark a cell; compared after trimming. */
export const ACCEPTED_MARKS: readonly string[] = ["X", "x", "✓", "✔", "☒", "*"];

/** Word's default placeholder texts, shown by a control that was cleared (office-js #1515). */
const WORD_PLACEHOLDERS: readonly string[] = [
  "Fare clic o toccare qui per immettere il testo.",
  "Fare clic qui per immettere testo.",
  "Click or tap here to enter text.",
  "Click here to enter text.",
];

export type FieldValue =
  | { readonly kind: "mark"; readonly marked: boolean }
  | { readonly kind: "count"; readonly count: number | null }
  | { readonly kind: "line" | "date" | "text"; readonly text: string };

export type ValueProblem =
  | { readonly code: "unreadable-mark"; readonly text: string }
  | { readonly code: "invalid-count"; readonly text: string }
  | { readonly code: "invalid-date"; readonly text: string };

export type ReadValue = { readonly value: FieldValue; readonly problem?: ValueProblem };

/** Word separates paragraphs with "\r" (and line breaks with "\v"); people and other tools use "\n". */
export function normaliseText(raw: string): string {
  const text = raw.replace(/\r\n?|\v/g, "\n").replace(/\u00a0/g, " ");
  const trimmed = text.trim();
  return WORD_PLACEHOLDERS.includes(trimmed) ? "" : trimmed;
}

/**
 * Text a person typed that the add-in must not overwrite: in a mark, anything that is neither empty
 * nor a mark ("sì"), which the plan reports as a problem until a person decides.
 */
export function isUnreadable(kind: ValueKind, raw: string): boolean {
  return readValue(kind, raw).problem?.code === "unreadable-mark";
}

/** Whole numbers as Italians write them: "12", "1.250" or "1 250" (thousands), nothing else. */
export function parseCount(raw: string): number | null | undefined {
  const text = normaliseText(raw);
  if (text === "") return null;
  if (/^\d{1,3}([. ]\d{3})+$/.test(text)) return Number(text.replace(/[. ]/g, ""));
  if (/^\d+$/.test(text)) return Number(text);
  return undefined;
}

/** A date as gg/mm/aaaa (also with "-" or "." and one-digit day or month), checked against the calendar. */
export function parseItalianDate(raw: string): { day: number; month: number; year: number } | undefined {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(normaliseText(raw));
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? { day, month, year } : undefined;
}

export function formatItalianDate(date: { day: number; month: number; year: number }): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(date.day)}/${two(date.month)}/${date.year}`;
}

export function readValue(kind: ValueKind, raw: string): ReadValue {
  const text = normaliseText(raw);
  switch (kind) {
    case "mark":
      if (text === "") return { value: { kind, marked: false } };
      if (ACCEPTED_MARKS.includes(text)) return { value: { kind, marked: true } };
      return { value: { kind, marked: false }, problem: { code: "unreadable-mark", text } };
    case "count": {
      const count = parseCount(raw);
      if (count === undefined)
        return { value: { kind, count: null }, problem: { code: "invalid-count", text } };
      return { value: { kind, count } };
    }
    case "date":
      if (text !== "" && !parseItalianDate(text))
        return { value: { kind, text }, problem: { code: "invalid-date", text } };
      return { value: { kind, text } };
    case "line":
    case "text":
      return { value: { kind, text } };
  }
}

/** The text the add-in writes for a value. */
export function writeValue(value: FieldValue): string {
  switch (value.kind) {
    case "mark":
      return value.marked ? CANONICAL_MARK : BLANK_CONTENT;
    case "count":
      return value.count === null ? BLANK_CONTENT : String(value.count);
    case "line":
    case "date":
    case "text":
      return value.text === "" ? BLANK_CONTENT : value.text;
  }
}

export function sameValue(a: FieldValue, b: FieldValue): boolean {
  return writeValue(a) === writeValue(b);
}
