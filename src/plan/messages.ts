import type { PlanProblem } from "./problems";
import type { WriteRefusal } from "./refusals";
import { SERVICE_LEVELS, schoolYearLabel } from "./vocabulary";

/** Problems in words, Italian first and English second. */
export type Locale = "it" | "en";

const levelLabel = (id: string) => SERVICE_LEVELS.find((level) => level.id === id)?.label ?? id;

export function describeProblem(problem: PlanProblem, locale: Locale = "it"): string {
  const it = locale === "it";
  switch (problem.code) {
    case "not-template":
      return it
        ? "Questo documento non è il modello del Piano Generale di Supporto: non contiene nessuno dei suoi campi."
        : "This document is not the Piano Generale di Supporto template: it holds none of its fields.";
    case "missing-field":
      return it
        ? `Manca il campo «${problem.label}»: è stato cancellato dal documento.`
        : `The field "${problem.label}" is missing: it was deleted from the document.`;
    case "duplicate-field":
      return it
        ? `Il campo «${problem.label}» compare ${problem.occurrences} volte: si legge il primo e non si scrive finché resta duplicato.`
        : `The field "${problem.label}" appears ${problem.occurrences} times: the first is read, and none is written while it stays duplicated.`;
    case "unknown-field":
      return it
        ? `Il documento contiene un campo sconosciuto (${problem.tag}), forse di un'altra versione del modello: viene ignorato.`
        : `The document holds an unknown field (${problem.tag}), perhaps from another version of the template: it is ignored.`;
    case "unreadable-tables": {
      const tables = it
        ? problem.tables === 1
          ? "di una tabella"
          : `di ${problem.tables} tabelle`
        : problem.tables === 1
          ? "of one table"
          : `of ${problem.tables} tables`;
      const fields = it
        ? problem.fields === 0
          ? "ogni campo è mostrato, ma non ciò che vi è scritto (per esempio le versioni)"
          : `${problem.fields === 1 ? "un campo non è mostrato né scritto" : `${problem.fields} campi non sono mostrati né scritti`}; tutti gli altri sì`
        : problem.fields === 0
          ? "every field is shown, but not what is written in it (the versions, for instance)"
          : `${problem.fields === 1 ? "one field is" : `${problem.fields} fields are`} neither shown nor written; every other field is`;
      return it
        ? `Word non ha dato il testo ${tables} del documento: ${fields}. Premere «Rileggi il documento»; se si ripete, compilare quei campi direttamente nel documento.`
        : `Word did not give the text ${tables} in the document: ${fields}. Press "Read the document again"; if it happens again, fill those fields directly in the document.`;
    }
    case "unreadable-mark":
      return it
        ? `«${problem.label}»: il testo «${problem.text}» non è un segno riconosciuto (usare X oppure lasciare vuoto).`
        : `"${problem.label}": the text "${problem.text}" is not a recognised mark (use X or leave it empty).`;
    case "invalid-count":
      return it
        ? `«${problem.label}»: «${problem.text}» non è un numero intero.`
        : `"${problem.label}": "${problem.text}" is not a whole number.`;
    case "invalid-date":
      return it
        ? `«${problem.label}»: «${problem.text}» non è una data valida (gg/mm/aaaa).`
        : `"${problem.label}": "${problem.text}" is not a valid date (dd/mm/yyyy).`;
    case "text-outside-field":
      return it
        ? `«${problem.label}»: nella cella c'è testo scritto fuori dal campo («${problem.text}»); il piano legge solo il contenuto del campo.`
        : `"${problem.label}": the cell holds text typed outside the field ("${problem.text}"); the plan reads only the field's content.`;
    case "control-characters":
      return it
        ? `«${problem.label}»: il testo contiene caratteri di controllo o non validi; sono mostrati come \\uXXXX.`
        : `"${problem.label}": the text holds control or invalid characters; they are shown as \\uXXXX.`;
    case "several-levels": {
      const levels = problem.levels.map(levelLabel).join(it ? " e " : " and ");
      return it
        ? `${problem.rowName}, ${schoolYearLabel(problem.year)}: sono segnati più livelli di servizio (${levels}); ne va scelto uno.`
        : `${problem.rowName}, ${schoolYearLabel(problem.year)}: several service levels are marked (${levels}); choose one.`;
    }
  }
}

/**
 * Why a field was not written, then what to do, as two sentences: whoever shows them names the
 * field once, before them (a refusal sentence that names the field twice reads as two refusals).
 */
export type RefusalWords = { readonly why: string; readonly todo: string };

export function refusalWords(refusal: WriteRefusal, locale: Locale = "it"): RefusalWords {
  const it = locale === "it";
  const current = refusal.current?.trim();
  switch (refusal.reason) {
    case "changed":
      return it
        ? {
            why: `Nel documento è cambiato dopo l'ultima lettura${current === undefined ? "" : ` e ora contiene «${current}»`}.`,
            todo: "Il pannello ora mostra ciò che c'è nel documento: per cambiarlo, scrivere di nuovo.",
          }
        : {
            why: `It changed in the document after the last read${current === undefined ? "" : ` and now holds "${current}"`}.`,
            todo: "The pane now shows what the document holds: to change it, type again.",
          };
    case "unreadable":
      return it
        ? {
            why: `Contiene «${current ?? ""}», che non è un segno riconosciuto, e il componente non sovrascrive ciò che è stato scritto a mano.`,
            todo: "Scrivere una X o cancellare il testo nel documento.",
          }
        : {
            why: `It holds "${current ?? ""}", which is not a recognised mark, and the add-in does not overwrite what a person typed.`,
            todo: "Type an X or delete the text in the document.",
          };
    case "missing":
      return it
        ? { why: "Il campo non c'è più nel documento.", todo: "Ripristinarlo (Annulla in Word) e riprovare." }
        : { why: "The field is no longer in the document.", todo: "Restore it (Undo in Word) and retry." };
    case "duplicate":
      return it
        ? { why: "Il campo compare più volte nel documento.", todo: "Eliminare le copie e riprovare." }
        : { why: "The field appears more than once in the document.", todo: "Delete the copies and retry." };
    case "unreachable":
    case "host-refused":
      return it
        ? {
            why: "Questa versione di Word non consente al componente di modificare i campi nelle tabelle.",
            todo: "Aprire il documento in Word per il desktop, oppure scrivere a mano una «X» nella cella.",
          }
        : {
            why: "This version of Word does not let the add-in change fields inside tables.",
            todo: 'Open the document in Word for the desktop, or type an "X" in the cell by hand.',
          };
    case "withheld":
      return it
        ? {
            why: "Un'altra modifica della stessa scelta è stata rifiutata, e una scelta si scrive tutta o per niente.",
            todo: "Correggere il campo rifiutato e rifare la scelta.",
          }
        : {
            why: "Another change of the same choice was refused, and a choice is written whole or not at all.",
            todo: "Correct the refused field and make the choice again.",
          };
  }
}
