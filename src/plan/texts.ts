/**
 * The template's text fields: single-line fields of the cover and the anagrafica, and the free texts
 * that the dirigente writes in Word. Labels are the seed's where the seed has them.
 */

/** Single-line fields. The anagrafica's fields are not in the seed text: they are our reconstruction. */
export const CAMPI = [
  { id: "istituto", label: "ISTITUTO", section: "copertina", value: "line" },
  { id: "data-redazione", label: "DATA REDAZIONE", section: "copertina", value: "date" },
  { id: "denominazione", label: "Denominazione", section: "anagrafica", value: "line" },
  { id: "codice-meccanografico", label: "Codice meccanografico", section: "anagrafica", value: "line" },
  { id: "indirizzo", label: "Indirizzo", section: "anagrafica", value: "line" },
  { id: "comune", label: "Comune", section: "anagrafica", value: "line" },
  { id: "provincia", label: "Provincia", section: "anagrafica", value: "line" },
  { id: "dirigente", label: "Dirigente scolastico", section: "anagrafica", value: "line" },
  {
    id: "referente-asl",
    label: "Referente per l'alternanza scuola-lavoro",
    section: "anagrafica",
    value: "line",
  },
  { id: "tutor-anpal", label: "Tutor ANPAL Servizi", section: "anagrafica", value: "line" },
  { id: "email", label: "E-mail", section: "anagrafica", value: "line" },
  { id: "pec", label: "PEC", section: "anagrafica", value: "line" },
  {
    id: "altro-nome",
    label: 'Nome della terza misura di politica attiva ("Altro")',
    section: "misure",
    value: "line",
  },
] as const;

export type Campo = (typeof CAMPI)[number];
export type CampoId = Campo["id"];

/** Free texts, possibly of several paragraphs. */
export const TESTI = [
  {
    id: "criticita",
    label: "Descrizione sintetica delle principali criticità dell'Alternanza Scuola-Lavoro rilevate",
    section: "criticita",
  },
  {
    id: "accreditamento-azioni",
    label: "SPECIFICARE LE AZIONI DELL'ASSISTENZA TECNICA RICHIESTA",
    section: "accreditamento",
  },
  { id: "misure-azione", label: "SPECIFICARE L'AZIONE DELL'ASSISTENZA TECNICA RICHIESTA", section: "misure" },
  { id: "note", label: "Note documento", section: "note" },
] as const;

export type Testo = (typeof TESTI)[number];
export type TestoId = Testo["id"];

/** The four rows of each action's descrizione operativa. */
export const VOCI_DESCRIZIONE = [
  { id: "obiettivo", label: "OBIETTIVO" },
  { id: "attivita", label: "ATTIVITÀ" },
  { id: "tutor", label: "TUTOR ANPAL SERVIZI" },
  { id: "istituto", label: "ISTITUTO SCOLASTICO" },
] as const;

export type VoceDescrizione = (typeof VOCI_DESCRIZIONE)[number];
export type VoceDescrizioneId = VoceDescrizione["id"];
