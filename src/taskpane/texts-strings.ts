/**
 * Words of the «Testi» section and of the offer to insert the template into a blank document, in
 * Italian and English. Kept apart from strings.ts until the panel's catalogue is merged.
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
  readonly notTemplateTitle: string;
  readonly notTemplate: string;
  readonly insertOfficialTemplate: string;
  readonly firstSchoolYear: string;
  /** `first`: the official template's first school year, "2017/2018". */
  readonly firstSchoolYearHint: (first: string) => string;
  readonly invalidSchoolYear: string;
  readonly schoolYearCount: string;
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
  notTemplateTitle: "Questo documento non è il Piano Generale di Supporto",
  notTemplate:
    "Il documento aperto non contiene i campi del modello. Se è vuoto, si può inserire il modello ufficiale e compilarlo da qui.",
  insertOfficialTemplate: "Inserisci il modello ufficiale",
  firstSchoolYear: "Primo anno scolastico",
  firstSchoolYearHint: (first) => `Il modello ufficiale parte dal ${first}; si può scegliere un altro anno.`,
  invalidSchoolYear: "Scrivere l'anno scolastico come 2024/2025.",
  schoolYearCount: "Numero di anni scolastici consecutivi",
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
  notTemplateTitle: "This document is not the Piano Generale di Supporto",
  notTemplate:
    "The open document has none of the template's fields. If it is empty, the official template can be inserted and filled from here.",
  insertOfficialTemplate: "Insert the official template",
  firstSchoolYear: "First school year",
  firstSchoolYearHint: (first) => `The official template starts in ${first}; another year can be chosen.`,
  invalidSchoolYear: "Write the school year as 2024/2025.",
  schoolYearCount: "Number of consecutive school years",
};

export const TEXTS_STRINGS: Readonly<Record<Locale, TextsStrings>> = { it, en };
