/**
 * The panel's own words ("chrome"): section titles, buttons, status and error messages, in Italian
 * and English. Every label of the plan itself (azioni, months, levels, fields) comes from src/plan and
 * stays Italian in both locales: it is the official template's wording.
 */
import type { Locale } from "../plan/messages";
import { DRAFT_ERROR_MESSAGES, type DraftError } from "../plan/version-draft";
import type { DocumentErrorCode } from "../word/port";
import type { TextEntry, TextGroup } from "../plan/text-entries";

export type { Locale };

type TextsSection = Extract<TextGroup, { kind: "section" }>["section"];

/** The «Testi» section. Field labels and action headings are the template's own (src/plan). */
export type TextsStrings = {
  readonly textsTitle: string;
  readonly state: Readonly<Record<TextEntry["state"], string>>;
  readonly goToText: string;
  /** The button's accessible name: which text it goes to. */
  readonly goToTextOf: (label: string) => string;
  readonly section: Readonly<Record<TextsSection, string>>;
};

/** The offer to insert the template into a document that is not the plan. */
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

export type Strings = {
  readonly texts: TextsStrings;
  readonly blankDocument: BlankDocumentStrings;
  readonly panelLabel: string;
  readonly reread: string;
  readonly reading: string;
  readonly writing: string;
  readonly notFilled: string;
  readonly codeLooksWrong: string;
  readonly filledInWord: string;
  readonly webNoticeTitle: string;
  /** Track Changes is on in the document (WordApi 1.4 changeTrackingMode). */
  readonly trackChangesTitle: string;
  readonly trackChangesNotice: string;
  readonly webNotice: string;
  readonly freeTexts: (filled: number, total: number) => string;
  readonly freeTextsHint: string;

  readonly levelsTitle: string;
  readonly noLevelChosen: string;
  readonly unreadableLevel: (text: string) => string;
  readonly planningTitle: string;
  readonly planningYears: string;
  readonly gridHint: string;
  readonly copyFrom: (year: string) => string;
  readonly copyRow: (year: string) => string;
  readonly copyRowLong: (row: string, year: string) => string;
  readonly copyYear: (year: string) => string;
  /** One sentence: why the marks and counts cannot be written on this host, and what to do. */
  readonly tablesReadOnly: string;
  /** The same reason, short, repeated beside the disabled pickers. */
  readonly tablesReadOnlyHere: string;
  readonly unreadableMark: (text: string) => string;
  readonly rowNotSaved: string;
  readonly studentsTitle: string;
  readonly studentsHint: string;
  readonly notAWholeNumber: (text: string) => string;
  /** A box's message where the messages of the count grid are kept, `box` as «Liceo III». */
  readonly boxMessage: (box: string, message: string) => string;
  /** A typed value the document refused: the box shows what the document holds. */
  readonly notSaved: (current: string | undefined) => string;
  /** Beside a box being edited: the document's value changed since the box was entered. */
  readonly documentNow: (current: string) => string;
  readonly versionsTitle: string;
  readonly noVersions: string;
  readonly recordVersion: string;
  readonly recordVersionTitle: string;
  readonly recordVersionHint: string;
  readonly confirmRecord: string;
  readonly cancel: string;
  readonly draftError: Readonly<Record<DraftError, string>>;
  readonly problemsTitle: string;
  readonly noProblems: string;
  /** The plan checks' heading: warnings the tutor weighs, not errors. */
  readonly warningsTitle: (count: number) => string;

  readonly saved: string;
  readonly versionRecorded: (number: string) => string;
  /** The title of a refusal of one field: what was not written, said once. */
  readonly fieldNotWritten: (label: string) => string;
  readonly refusedTitle: (count: number) => string;
  /** The title when a gesture was withheld whole because one of its changes was refused. */
  readonly choiceNotWritten: string;
  /** After the refused fields: how many other changes of the same gesture were not written either. */
  readonly withheldChanges: (count: number) => string;
  readonly dismiss: string;
  readonly notReadYet: string;
  readonly loadingSection: string;
  /** A section's code could not be downloaded (offline, server unreachable). */
  readonly sectionNotLoaded: string;
  /** A section failed to draw for any other reason. */
  readonly sectionFailed: string;
  readonly retry: string;
  readonly errorTitle: string;
  readonly documentError: Readonly<Record<DocumentErrorCode, string>>;
  readonly unexpectedError: (detail: string) => string;
};

const it: Strings = {
  texts: {
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
  },
  blankDocument: {
    notTemplateTitle: "Questo documento non è il Piano Generale di Supporto",
    notTemplate:
      "Il documento aperto non contiene i campi del modello. Se è vuoto, si può inserire il modello ufficiale e compilarlo da qui.",
    insertOfficialTemplate: "Inserisci il modello ufficiale",
    firstSchoolYear: "Primo anno scolastico",
    firstSchoolYearHint: (first) =>
      `Il modello ufficiale parte dal ${first}; si può scegliere un altro anno.`,
    invalidSchoolYear: "Scrivere l'anno scolastico come 2024/2025.",
    schoolYearCount: "Numero di anni scolastici consecutivi",
  },
  panelLabel: "Piano Generale di Supporto",
  reread: "Rileggi il documento",
  reading: "Lettura del documento…",
  writing: "Scrittura nel documento…",
  notFilled: "non compilato",
  codeLooksWrong: "Non sembra un codice meccanografico (10 caratteri, es. RMIS01200X): controllarlo in Word.",
  filledInWord: "Si compilano direttamente in Word.",
  webNoticeTitle: "Word per il web",
  trackChangesTitle: "Revisioni attive",
  trackChangesNotice:
    "Il documento registra le revisioni: ogni valore scritto dal riquadro compare come modifica da accettare, e un testo cancellato ma non ancora accettato può essere letto come parte del campo. Accettare o rifiutare le revisioni prima di compilare dal riquadro.",
  webNotice:
    "Questa versione di Word non consente al pannello di scrivere i campi nelle tabelle: il pannello li legge ma non può segnarli. Aprire il documento in Word per il desktop, oppure scrivere a mano una «X» nella cella.",
  freeTexts: (filled, total) => `Testi descrittivi compilati: ${filled} su ${total}`,
  freeTextsHint:
    "Descrizioni operative, criticità e note si scrivono direttamente nel documento: il pannello ne conta soltanto la compilazione.",

  levelsTitle: "Livelli di servizio",
  noLevelChosen: "— nessuno",
  unreadableLevel: (text) => `«${text}» (da correggere nel documento)`,
  planningTitle: "Pianificazione",
  planningYears: "Anno scolastico",
  gridHint:
    "Frecce per spostarsi, Spazio per segnare un mese; Maiusc+clic o Maiusc+Spazio segna tutti i mesi dall'ultimo segnato.",
  copyFrom: (year) => `Copia dal ${year}`,
  copyRow: (year) => `Copia la riga dal ${year}`,
  copyRowLong: (row, year) => `Copia la riga «${row}» dal ${year}`,
  copyYear: (year) => `Copia tutto il ${year}`,
  tablesReadOnly:
    "Questa versione di Word non consente al pannello di scrivere nelle tabelle, quindi qui si può solo leggere: aprire il documento in Word per il desktop, oppure scrivere a mano una «X» nella cella.",
  tablesReadOnlyHere:
    "Sola lettura: questa versione di Word non consente al pannello di scrivere nelle tabelle.",
  unreadableMark: (text) => `contiene «${text}», che non è un segno: correggerlo nel documento`,
  rowNotSaved: "non salvato",
  studentsTitle: "Alunni coinvolti",
  studentsHint: "Numeri interi; il valore si scrive uscendo dalla casella o premendo Invio.",
  notAWholeNumber: (text) => `«${text}» non è un numero intero.`,
  boxMessage: (box, message) => `${box}: ${message}`,
  notSaved: (current) =>
    current === undefined || current.trim() === ""
      ? "Non salvato: il documento è rimasto com'era."
      : `Non salvato: nel documento c'è «${current.trim()}».`,
  documentNow: (current) =>
    current.trim() === "" ? "Nel documento ora: vuoto." : `Nel documento ora: «${current.trim()}».`,
  versionsTitle: "Versioni",
  noVersions: "Nessuna versione registrata.",
  recordVersion: "Registra nuova versione",
  recordVersionTitle: "Nuova versione del piano",
  recordVersionHint: "La riga si aggiunge alla tabella di versioning del documento.",
  confirmRecord: "Registra",
  cancel: "Annulla",
  draftError: DRAFT_ERROR_MESSAGES.it,
  problemsTitle: "Problemi nel documento",
  noProblems: "Nessun problema trovato.",
  warningsTitle: (count) => (count === 1 ? "1 avviso sul piano" : `${count} avvisi sul piano`),

  saved: "Salvato nel documento.",
  versionRecorded: (number) => `Versione ${number} registrata nel documento.`,
  fieldNotWritten: (label) => `«${label}» non è stato scritto`,
  refusedTitle: (count) =>
    count === 1 ? "Un campo non è stato scritto" : `${count} campi non sono stati scritti`,
  choiceNotWritten: "La scelta non è stata scritta",
  withheldChanges: (count) =>
    count === 1
      ? "Per questo non è stata scritta nemmeno l'altra modifica della stessa scelta: una scelta si scrive tutta o per niente."
      : `Per questo non è stata scritta nessuna delle altre ${count} modifiche della stessa scelta: una scelta si scrive tutta o per niente.`,
  dismiss: "Chiudi",
  notReadYet: "Il documento non è ancora stato letto.",
  loadingSection: "Caricamento della sezione…",
  sectionNotLoaded:
    "Questa sezione non è stata scaricata: controllare la connessione e riprovare. Il documento non è stato toccato.",
  sectionFailed:
    "Questa sezione non si può mostrare per un errore imprevisto. Il documento non è stato toccato.",
  retry: "Riprova",
  errorTitle: "Operazione non riuscita",
  documentError: {
    "host-refused-write":
      "Word ha rifiutato la scrittura: niente è stato modificato. Rileggere il documento e riprovare.",
    "versioning-table-missing":
      "Nel documento manca la tabella «Versioning del presente documento»: la versione non è stata registrata.",
    "version-number-taken":
      "Questo numero di versione è già registrato nel documento (forse da un'altra persona): rileggere e riprovare con il numero proposto.",
    "settings-not-saved":
      "La riga di versione è nel documento, ma Word non ha salvato il riepilogo del piano: la prossima proposta potrebbe elencare più modifiche del dovuto.",
    "field-not-found": "Questo campo non è più nel documento: rileggere il documento.",
    "document-not-blank":
      "Il documento contiene già del testo: il modello si inserisce solo in un documento vuoto, per non cancellare ciò che è stato scritto.",
    "host-failed": "Word non ha completato l'operazione. Rileggere il documento e riprovare.",
  },
  unexpectedError: (detail) => `Errore inatteso: ${detail}`,
};

const en: Strings = {
  texts: {
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
  },
  blankDocument: {
    notTemplateTitle: "This document is not the Piano Generale di Supporto",
    notTemplate:
      "The open document has none of the template's fields. If it is empty, the official template can be inserted and filled from here.",
    insertOfficialTemplate: "Insert the official template",
    firstSchoolYear: "First school year",
    firstSchoolYearHint: (first) => `The official template starts in ${first}; another year can be chosen.`,
    invalidSchoolYear: "Write the school year as 2024/2025.",
    schoolYearCount: "Number of consecutive school years",
  },
  panelLabel: "Piano Generale di Supporto",
  reread: "Read the document again",
  reading: "Reading the document…",
  writing: "Writing to the document…",
  notFilled: "not filled",
  codeLooksWrong: "This does not look like a school code (10 characters, e.g. RMIS01200X): check it in Word.",
  filledInWord: "Filled in directly in Word.",
  webNoticeTitle: "Word on the web",
  trackChangesTitle: "Track Changes is on",
  trackChangesNotice:
    "The document tracks changes: every value the pane writes appears as a change to accept, and text deleted but not yet accepted may be read as part of the field. Accept or reject the changes before filling the plan from the pane.",
  webNotice:
    'This version of Word does not let the panel write fields inside tables: the panel reads them but cannot mark them. Open the document in Word for the desktop, or type an "X" in the cell by hand.',
  freeTexts: (filled, total) => `Descriptive texts filled: ${filled} of ${total}`,
  freeTextsHint:
    "Descriptions, issues and notes are written directly in the document: the panel only counts which are filled.",

  levelsTitle: "Service levels",
  noLevelChosen: "— none",
  unreadableLevel: (text) => `"${text}" (to correct in the document)`,
  planningTitle: "Planning",
  planningYears: "School year",
  gridHint:
    "Arrows move, Space marks a month; Shift+click or Shift+Space marks every month from the last one marked.",
  copyFrom: (year) => `Copy from ${year}`,
  copyRow: (year) => `Copy the row from ${year}`,
  copyRowLong: (row, year) => `Copy the row "${row}" from ${year}`,
  copyYear: (year) => `Copy all of ${year}`,
  tablesReadOnly:
    'This version of Word does not let the panel write inside tables, so here you can only read: open the document in Word for the desktop, or type an "X" in the cell by hand.',
  tablesReadOnlyHere: "Read only: this version of Word does not let the panel write inside tables.",
  unreadableMark: (text) => `holds "${text}", which is not a mark: correct it in the document`,
  rowNotSaved: "not saved",
  studentsTitle: "Students involved",
  studentsHint: "Whole numbers; a value is written when you leave the box or press Enter.",
  notAWholeNumber: (text) => `"${text}" is not a whole number.`,
  boxMessage: (box, message) => `${box}: ${message}`,
  notSaved: (current) =>
    current === undefined || current.trim() === ""
      ? "Not saved: the document was left as it was."
      : `Not saved: the document holds "${current.trim()}".`,
  documentNow: (current) =>
    current.trim() === "" ? "In the document now: empty." : `In the document now: "${current.trim()}".`,
  versionsTitle: "Versions",
  noVersions: "No version recorded yet.",
  recordVersion: "Record a new version",
  recordVersionTitle: "New version of the plan",
  recordVersionHint: "The row is added to the document's versioning table.",
  confirmRecord: "Record",
  cancel: "Cancel",
  draftError: DRAFT_ERROR_MESSAGES.en,
  problemsTitle: "Problems in the document",
  noProblems: "No problems found.",
  warningsTitle: (count) => (count === 1 ? "1 warning about the plan" : `${count} warnings about the plan`),

  saved: "Saved to the document.",
  versionRecorded: (number) => `Version ${number} recorded in the document.`,
  fieldNotWritten: (label) => `"${label}" was not written`,
  refusedTitle: (count) => (count === 1 ? "One field was not written" : `${count} fields were not written`),
  choiceNotWritten: "The choice was not written",
  withheldChanges: (count) =>
    count === 1
      ? "So the other change of the same choice was not written either: a choice is written whole or not at all."
      : `So none of the other ${count} changes of the same choice was written: a choice is written whole or not at all.`,
  dismiss: "Dismiss",
  notReadYet: "The document has not been read yet.",
  loadingSection: "Loading the section…",
  sectionNotLoaded:
    "This section could not be downloaded: check the connection and retry. The document was not touched.",
  sectionFailed: "This section cannot be shown because of an unexpected error. The document was not touched.",
  retry: "Retry",
  errorTitle: "The operation failed",
  documentError: {
    "host-refused-write": "Word refused the write: nothing was changed. Read the document again and retry.",
    "versioning-table-missing":
      "The document has no «Versioning del presente documento» table: the version was not recorded.",
    "version-number-taken":
      "This version number is already recorded in the document (perhaps by someone else): read again and retry with the proposed number.",
    "settings-not-saved":
      "The version row is in the document, but Word did not save the plan's snapshot: the next proposal may list more changes than it should.",
    "field-not-found": "This field is no longer in the document: read the document again.",
    "document-not-blank":
      "The document already holds text: the template goes only into an empty document, so nothing written is replaced.",
    "host-failed": "Word did not complete the operation. Read the document again and retry.",
  },
  unexpectedError: (detail) => `Unexpected error: ${detail}`,
};

export const STRINGS: Readonly<Record<Locale, Strings>> = { it, en };
