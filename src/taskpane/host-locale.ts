/** The language Office runs in, turned into the panel's locale. Office globals stay in host files. */
import type { Locale } from "./strings";

/** "en" when Office speaks English ("en-US", "en-GB"…), Italian otherwise. */
export function localeOf(displayLanguage: string | undefined): Locale {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "it";
}

/** Only valid after Office.onReady. */
export function officeLocale(): Locale {
  return localeOf(Office.context.displayLanguage);
}
