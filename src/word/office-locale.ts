/**
 * The language Office runs in, as the add-in's locale: English when Office speaks it ("en-US",
 * "en-GB"…), Italian otherwise. One rule for the pane, the ribbon's command and its dialog.
 */
import type { Locale } from "../plan/messages";

export function localeOf(displayLanguage: string | undefined): Locale {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "it";
}

/** Only valid after Office.onReady. */
export function officeLocale(): Locale {
  return localeOf(Office.context.displayLanguage);
}
