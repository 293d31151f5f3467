/**
 * The words of the ribbon's «Registra versione» dialog, in Italian and English. The column names are
 * the template's own (VERSIONING_COLUMNS) and stay Italian in both.
 */
import type { Locale } from "../plan/messages";
import { DRAFT_ERROR_MESSAGES, type DraftError } from "../plan/version-draft";
import type { DocumentErrorCode } from "../word/port";

export type CommandStrings = {
  readonly title: string;
  readonly hint: string;
  readonly date: string;
  readonly number: string;
  readonly summary: string;
  readonly record: string;
  readonly cancel: string;
  readonly close: string;
  readonly draftError: Readonly<Record<DraftError, string>>;
  readonly notRecorded: (reason: string) => string;
  readonly documentError: Readonly<Record<DocumentErrorCode, string>>;
  readonly unexpected: (detail: string) => string;
};

const it: CommandStrings = {
  title: "Registra versione",
  hint: "La riga si aggiunge alla tabella di versioning del documento. Si può modificare prima di registrarla.",
  date: "DATA",
  number: "VERSIONE N.",
  summary: "AMBITI E AZIONI OGGETTO DI REVISIONE",
  record: "Registra",
  cancel: "Annulla",
  close: "Chiudi",
  draftError: DRAFT_ERROR_MESSAGES.it,
  notRecorded: (reason) => `La versione non è stata registrata. ${reason}`,
  documentError: {
    "host-refused-write": "Word ha rifiutato la scrittura: niente è stato modificato.",
    "versioning-table-missing": "Nel documento manca la tabella «Versioning del presente documento».",
    "version-number-taken":
      "Questo numero di versione è già registrato nel documento (forse da un'altra persona): riprovare con il numero proposto.",
    "settings-not-saved":
      "La riga è nel documento, ma Word non ha salvato il riepilogo del piano: la prossima proposta potrebbe elencare più modifiche del dovuto.",
    "field-not-found": "Questo campo non è più nel documento.",
    "document-not-blank":
      "Il documento contiene già del testo: il modello si inserisce solo in un documento vuoto.",
    "host-failed": "Word non ha completato l'operazione.",
  },
  unexpected: (detail) => `Errore inatteso: ${detail}`,
};

const en: CommandStrings = {
  title: "Record version",
  hint: "The row is added to the document's versioning table. It can be edited before it is recorded.",
  date: "DATA (date)",
  number: "VERSIONE N. (version)",
  summary: "AMBITI E AZIONI OGGETTO DI REVISIONE (what was revised)",
  record: "Record",
  cancel: "Cancel",
  close: "Close",
  draftError: DRAFT_ERROR_MESSAGES.en,
  notRecorded: (reason) => `The version was not recorded. ${reason}`,
  documentError: {
    "host-refused-write": "Word refused the write: nothing was changed.",
    "versioning-table-missing": "The document has no «Versioning del presente documento» table.",
    "version-number-taken":
      "This version number is already in the document (perhaps someone else recorded it): retry with the proposed number.",
    "settings-not-saved":
      "The row is in the document, but Word did not save the plan's summary: the next proposal may list more changes than it should.",
    "field-not-found": "This field is no longer in the document.",
    "document-not-blank": "The document already holds text: the template goes only into an empty document.",
    "host-failed": "Word did not complete the operation.",
  },
  unexpected: (detail) => `Unexpected error: ${detail}`,
};

export function commandStrings(locale: Locale): CommandStrings {
  return locale === "en" ? en : it;
}
