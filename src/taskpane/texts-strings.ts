/**
 * Words of the «Testi» section, in Italian and English (the offer to insert the template has its
 * own, in blank-document-strings.ts, so they load with it and not on the first screen). Kept apart from strings.ts until the panel's catalogue is merged.
 * Field labels and action headings are the template's own and come from src/plan.
 */
import type { TextEntry, TextGroup } from "../plan/text-entries";
import type { Locale } from "./strings";

type Section = Extract<TextGroup, { kind: "section" }>["section"];

export type TextsStrings = {
  readonly textsTitle: string;
  readonly state: Readonly<Record<TextEntry["state"], string>>;
  readonly goToText: string;
  /** The button's accessible name: which text it goes to. */
  readonly goToTextOf: (label: string) => string;
  readonly section: Readonly<Record<Section, string>>;
};

const it: TextsStrings = {
  textsTitle: "Testi",
  state: { empty: "Vuoto", filled: "Compilato", missing: "Non è nel documento" },
  goToText: "Vai al testo",
  goToTextOf: (label) => `Vai al testo: ${label}`,
  section: {
    copertina: "Copertina",
    anagrafica: "Anagrafica dell'istituto",
    criticita: "Criticità",
    accreditamento: "Accreditamento regionale",
    misure: "Misure di politica attiva",
    note: "Note",
  },
};

const en: TextsStrings = {
  textsTitle: "Texts",
  state: { empty: "Empty", filled: "Filled", missing: "Not in the document" },
  goToText: "Go to text",
  goToTextOf: (label) => `Go to text: ${label}`,
  section: {
    copertina: "Cover",
    anagrafica: "School details",
    criticita: "Issues",
    accreditamento: "Regional accreditation",
    misure: "Active-policy measures",
    note: "Notes",
  },
};

export const TEXTS_STRINGS: Readonly<Record<Locale, TextsStrings>> = { it, en };
