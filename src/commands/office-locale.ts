/** The language Office runs in: English when Office speaks it, Italian otherwise. Only valid after Office.onReady. */
import type { Locale } from "../plan/messages";

export function localeOf(displayLanguage: string | undefined): Locale {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "it";
}

export function officeLocale(): Locale {
  return localeOf(Office.context.displayLanguage);
}
