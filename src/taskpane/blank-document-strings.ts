/**
 * Words of the offer to insert the template into a document that is not the plan, in Italian and
 * English. Apart from the panel's catalogues: they load with the offer, only for a document that
 * needs it, never on the pane's first screen.
 */
import type { Locale } from "./strings";

export type BlankDocumentStrings = {
  readonly notTemplateTitle: string;
  readonly notTemplate: string;
  readonly insertOfficialTemplate: string;
  readonly firstSchoolYear: string;
  /** `first`: the official template's first school year, "2017/2018". */
  readonly firstSchoolYearHint: (first: string) => string;
  readonly invalidSchoolYear: string;
  readonly schoolYearCount: string;
};

const it: BlankDocumentStrings = {
  notTemplateTitle: "Questo documento non è il Piano Generale di Supporto",
  notTemplate:
    "Il documento aperto non contiene i campi del modello. Se è vuoto, si può inserire il modello ufficiale e compilarlo da qui.",
  insertOfficialTemplate: "Inserisci il modello ufficiale",
  firstSchoolYear: "Primo anno scolastico",
  firstSchoolYearHint: (first) => `Il modello ufficiale parte dal ${first}; si può scegliere un altro anno.`,
  invalidSchoolYear: "Scrivere l'anno scolastico come 2024/2025.",
  schoolYearCount: "Numero di anni scolastici consecutivi",
};

const en: BlankDocumentStrings = {
  notTemplateTitle: "This document is not the Piano Generale di Supporto",
  notTemplate:
    "The open document has none of the template's fields. If it is empty, the official template can be inserted and filled from here.",
  insertOfficialTemplate: "Insert the official template",
  firstSchoolYear: "First school year",
  firstSchoolYearHint: (first) => `The official template starts in ${first}; another year can be chosen.`,
  invalidSchoolYear: "Write the school year as 2024/2025.",
  schoolYearCount: "Number of consecutive school years",
};

export const BLANK_DOCUMENT_STRINGS: Readonly<Record<Locale, BlankDocumentStrings>> = { it, en };
