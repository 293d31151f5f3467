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

export function describeRefusal(refusal: WriteRefusal, locale: Locale = "it"): string {
  const it = locale === "it";
  const name = it ? `«${refusal.label}»` : `"${refusal.label}"`;
  switch (refusal.reason) {
    case "changed":
      return it
        ? `${name} non è stato scritto: nel documento è cambiato dopo l'ultima lettura${refusal.current === undefined ? "" : ` (ora contiene «${refusal.current.trim()}»)`}. Rileggere il documento e riprovare.`
        : `${name} was not written: it changed in the document after the last read${refusal.current === undefined ? "" : ` (it now holds "${refusal.current.trim()}")`}. Read the document again and retry.`;
    case "unreadable":
      return it
        ? `${name} non è stato scritto: contiene «${(refusal.current ?? "").trim()}», che non è un segno riconosciuto, e il componente non sovrascrive ciò che è stato scritto a mano. Scrivere una X o cancellare il testo nel documento.`
        : `${name} was not written: it holds "${(refusal.current ?? "").trim()}", which is not a recognised mark, and the add-in does not overwrite what a person typed. Type an X or delete the text in the document.`;
    case "missing":
      return it
        ? `${name} non è stato scritto: il campo non c'è più nel documento.`
        : `${name} was not written: the field is no longer in the document.`;
    case "duplicate":
      return it
        ? `${name} non è stato scritto: il campo compare più volte nel documento; eliminare le copie e riprovare.`
        : `${name} was not written: the field appears more than once; delete the copies and retry.`;
    case "unreachable":
    case "host-refused":
      return it
        ? `${name} non è stato scritto: questa versione di Word non consente al componente di modificare i campi nelle tabelle. Aprire il documento in Word per il desktop, oppure scrivere a mano una «X» nella cella.`
        : `${name} was not written: this version of Word does not let the add-in change fields inside tables. Open the document in Word for the desktop, or type an "X" in the cell by hand.`;
  }
}
