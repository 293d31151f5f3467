/**
 * The words of pgs's report and workbook, one catalogue per language: Italian first, English
 * second. The template's own words (rows, levels, indirizzi) are data and come from src/plan.
 */
import type { PlanCheckCode } from "../plan/checks";
import type { Locale } from "../plan/messages";

export type ReportWords = {
  readonly title: string;
  readonly generated: (date: string) => string;
  readonly plansRead: string;
  readonly filesRefused: string;
  readonly noneRefused: string;
  readonly schools: string;
  readonly codici: string;
  readonly byRegion: string;
  readonly byProvince: string;
  readonly regione: string;
  readonly provincia: string;
  readonly plans: string;
  readonly unplaced: string;
  readonly unplacedNote: string;
  readonly file: string;
  readonly codice: string;
  readonly emptyCodice: string;
  readonly students: string;
  readonly studentsByIndirizzo: string;
  readonly indirizzo: string;
  readonly classe: string;
  readonly total: string;
  readonly share: string;
  readonly levels: string;
  readonly levelsOf: (year: string) => string;
  readonly row: string;
  readonly noLevel: string;
  readonly months: string;
  readonly monthsOf: (year: string) => string;
  readonly checks: string;
  readonly plansWithWarnings: string;
  readonly warning: string;
  readonly warningsInAll: string;
  readonly noWarnings: string;
  readonly versions: string;
  readonly plansWithVersions: string;
  readonly lastVersion: string;
  readonly noVersion: string;
  readonly chartNote: string;
  readonly checkNames: Readonly<Record<PlanCheckCode, string>>;
  readonly levelNames: Readonly<Record<"attivazione" | "consolidamento" | "non-richiesto", string>>;
};

const IT: ReportWords = {
  title: "Piani Generali di Supporto: sintesi nazionale",
  generated: (date) => `Generata il ${date} da pgs report.`,
  plansRead: "Piani letti",
  filesRefused: "File non letti",
  noneRefused: "Tutti i file sono stati letti.",
  schools: "Le scuole",
  codici: "Codici meccanografici distinti",
  byRegion: "Piani per regione",
  byProvince: "Piani per provincia",
  regione: "Regione",
  provincia: "Provincia",
  plans: "Piani",
  unplaced: "Codici che non indicano una provincia",
  unplacedNote:
    "Le prime due lettere del codice meccanografico non sono la sigla di una provincia: questi piani non sono contati in nessuna regione.",
  file: "File",
  codice: "Codice meccanografico",
  emptyCodice: "(vuoto)",
  students: "Gli alunni coinvolti",
  studentsByIndirizzo: "Alunni per indirizzo e classe",
  indirizzo: "Indirizzo",
  classe: "Classe",
  total: "Totale",
  share: "Quota",
  levels: "Livelli di servizio scelti",
  levelsOf: (year) => `Livelli di servizio, ${year}: quante scuole hanno scelto ciascun livello`,
  row: "Ambito, azione o misura",
  noLevel: "Nessun livello",
  months: "I mesi pianificati",
  monthsOf: (year) => `Mesi pianificati, ${year}: quante scuole per riga e mese`,
  checks: "I controlli dei piani",
  plansWithWarnings: "Piani con almeno un avviso",
  warning: "Avviso",
  warningsInAll: "Avvisi in tutto",
  noWarnings: "Nessun piano ha avvisi.",
  versions: "Le versioni",
  plansWithVersions: "Piani con almeno una versione registrata",
  lastVersion: "Ultima versione registrata",
  noVersion: "nessuna",
  chartNote: "I numeri del grafico sono nella tabella che lo segue.",
  checkNames: {
    "months-without-level": "Mesi pianificati senza livello di servizio (o «Non richiesto»)",
    "level-without-months": "Livello scelto senza mesi pianificati",
    "level-without-obiettivo": "Azione attiva senza obiettivo",
    "misura-without-students": "Misura attiva senza alunni",
    "changed-since-version": "Piano modificato dopo l'ultima versione",
  },
  levelNames: {
    attivazione: "Attivazione",
    consolidamento: "Consolidamento",
    "non-richiesto": "Non richiesto",
  },
};

const EN: ReportWords = {
  title: "Piani Generali di Supporto: national synthesis",
  generated: (date) => `Generated on ${date} by pgs report.`,
  plansRead: "Plans read",
  filesRefused: "Files not read",
  noneRefused: "Every file was read.",
  schools: "The schools",
  codici: "Distinct school codes",
  byRegion: "Plans by region",
  byProvince: "Plans by province",
  regione: "Region",
  provincia: "Province",
  plans: "Plans",
  unplaced: "Codes that name no province",
  unplacedNote:
    "The first two letters of the codice meccanografico are not a province's sigla: these plans are counted in no region.",
  file: "File",
  codice: "School code",
  emptyCodice: "(empty)",
  students: "The students involved",
  studentsByIndirizzo: "Students by kind of school and class",
  indirizzo: "Kind of school",
  classe: "Class",
  total: "Total",
  share: "Share",
  levels: "Service levels chosen",
  levelsOf: (year) => `Service levels, ${year}: how many schools chose each level`,
  row: "Ambito, action or measure",
  noLevel: "No level",
  months: "The months planned",
  monthsOf: (year) => `Months planned, ${year}: how many schools per row and month`,
  checks: "The plans' checks",
  plansWithWarnings: "Plans with at least one warning",
  warning: "Warning",
  warningsInAll: "Warnings in all",
  noWarnings: "No plan has warnings.",
  versions: "Versions",
  plansWithVersions: "Plans with at least one recorded version",
  lastVersion: "Last version recorded",
  noVersion: "none",
  chartNote: "The chart's numbers are in the table that follows it.",
  checkNames: {
    "months-without-level": "Months planned with no service level (or «Non richiesto»)",
    "level-without-months": "Level chosen with no month planned",
    "level-without-obiettivo": "Active action with no objective",
    "misura-without-students": "Active measure with no students",
    "changed-since-version": "Plan changed since its last version",
  },
  levelNames: {
    attivazione: "Activation",
    consolidamento: "Consolidation",
    "non-richiesto": "Not requested",
  },
};

export const REPORT_WORDS: Readonly<Record<Locale, ReportWords>> = { it: IT, en: EN };

/** A whole number the way the locale writes it (1.076 / 1,076). */
export function formatCount(value: number, locale: Locale): string {
  return value.toLocaleString(locale === "it" ? "it-IT" : "en-GB", { useGrouping: true });
}

/** A share in per cent with one decimal: "50,2 %" in Italian, "50.2%" in English. */
export function formatPercent(percent: number, locale: Locale): string {
  const digits = percent.toLocaleString(locale === "it" ? "it-IT" : "en-GB", {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return locale === "it" ? `${digits}\u00a0%` : `${digits}%`;
}
