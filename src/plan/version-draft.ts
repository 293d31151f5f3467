import type { Locale } from "./messages";
import type { PlanReading } from "./plan-reading";
import { formatItalianDate, parseItalianDate } from "./values";
import { type VersionRow, proposeVersion } from "./versioning";

/**
 * The version row a person edits before it is recorded, wherever it is edited (the pane's dialog,
 * the ribbon's dialog): proposed from the plan as read, checked by one rule before it is written.
 */
export type VersionDraft = VersionRow;

export type DraftError = "invalid-date" | "invalid-number" | "empty-summary";

/** What each error says, in the pane's dialog and in the ribbon's alike. */
export const DRAFT_ERROR_MESSAGES: Readonly<Record<Locale, Readonly<Record<DraftError, string>>>> = {
  it: {
    "invalid-date": "Scrivere una data valida, gg/mm/aaaa.",
    "invalid-number": "Il numero di versione è un intero maggiore di zero.",
    "empty-summary": "Indicare gli ambiti e le azioni oggetto di revisione.",
  },
  en: {
    "invalid-date": "Write a valid date, dd/mm/yyyy.",
    "invalid-number": "The version number is a whole number greater than zero.",
    "empty-summary": "Say which ambiti and azioni were revised.",
  },
};

export type DraftCheck =
  | { readonly ok: true; readonly row: VersionRow }
  | { readonly ok: false; readonly errors: Readonly<Partial<Record<keyof VersionDraft, DraftError>>> };

export function todayInItalian(today: Date): string {
  return formatItalianDate({ day: today.getDate(), month: today.getMonth() + 1, year: today.getFullYear() });
}

/**
 * The proposal: today's date, the next number, the ambiti and azioni changed since the last
 * version (proposeVersion). `kept` carries a date and summary typed in an attempt that failed, so a
 * retry offers them again with a fresh number.
 */
export function proposeDraft(
  reading: PlanReading,
  today: Date,
  kept?: Omit<VersionDraft, "number">,
): VersionDraft {
  const { row } = proposeVersion(reading.plan, reading.versions, reading.snapshot, todayInItalian(today));
  return { ...row, ...kept };
}

/** The draft as it will be written (trimmed), or what is wrong with each field. */
export function checkDraft(draft: VersionDraft): DraftCheck {
  const row = { date: draft.date.trim(), number: draft.number.trim(), summary: draft.summary.trim() };
  const errors: Partial<Record<keyof VersionDraft, DraftError>> = {
    ...(parseItalianDate(row.date) ? {} : { date: "invalid-date" }),
    ...(/^\d+$/.test(row.number) && Number(row.number) > 0 ? {} : { number: "invalid-number" }),
    ...(row.summary === "" ? { summary: "empty-summary" } : {}),
  };
  return Object.keys(errors).length === 0 ? { ok: true, row } : { ok: false, errors };
}
