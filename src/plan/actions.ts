/**
 * Ambiti, azioni, accreditamento and misure di politica attiva, worded exactly as the seed words
 * them in each place where they appear. The seed names an action differently in the sinottico, in
 * the descrizione operativa and in the planning grids: each wording is kept verbatim (see quirks.ts).
 */

export type Azione = {
  /** "1.2": ambito number and position, as the descrizione operativa numbers it. */
  readonly id: string;
  /** Row label in the sinottico ("1.Ricerca e …"), without the number. */
  readonly sinottico: string;
  /** Heading in the descrizione operativa, without the "1.1) " number. */
  readonly descrizione: string;
  /** Row label in the three planning grids. */
  readonly pianificazione: string;
};

export type Ambito = {
  readonly number: number;
  readonly title: string;
  readonly azioni: readonly Azione[];
};

export const AMBITI: readonly Ambito[] = [
  {
    number: 1,
    title: "CONTESTO E RETE TERRITORIALE",
    azioni: [
      {
        id: "1.1",
        sinottico:
          "Ricerca e sistematizzazione di informazioni per la conoscenza del territorio di riferimento e il Mercato del Lavoro locale",
        descrizione:
          "Ricerca e sistematizzazione di informazioni per la conoscenza del territorio di riferimento e il Mercato del Lavoro locale",
        pianificazione: "Ricerca/sistematizzazione info territorio di riferimento e MDL",
      },
      {
        id: "1.2",
        sinottico: "Mappatura e individuazione Stakeholder",
        descrizione: "Mappatura e individuazione Stakeholder",
        pianificazione: "Mappatura e individuazione Stakeholder",
      },
      {
        id: "1.3",
        sinottico:
          "Rafforzamento del ruolo del CTS/CS per facilitare la costruzione della rete territoriale, la co-progettazione e la valutazione",
        descrizione:
          "Rafforzamento del ruolo del CTS/CS per facilitare la costruzione della rete territoriale, la co-progettazione e la valutazione Animazione per consolidamento/sviluppo collaborazioni",
        pianificazione: "Rafforzamento del ruolo del CTS/CS",
      },
      {
        id: "1.4",
        sinottico: "Promozione della cultura dell'apprendimento duale",
        descrizione: "Promozione della cultura dell'apprendimento duale",
        pianificazione: "Promozione cultura duale",
      },
      {
        id: "1.5",
        sinottico: "Animazione per consolidamento/sviluppo collaborazioni",
        descrizione: "Animazione per consolidamento/sviluppo collaborazioni",
        pianificazione: "Animazione per consolidamento/sviluppo collaborazioni",
      },
      {
        id: "1.6",
        sinottico: "Soluzioni organizzative per la gestione dell'alternanza scuola lavoro",
        descrizione: "Soluzioni organizzative per la gestione dell'alternanza scuola lavoro",
        pianificazione: "Soluzioni organizzative per la gestione dell'ASL",
      },
    ],
  },
  {
    number: 2,
    title: "PROGETTAZIONE ALTERNANZA SCUOLA LAVORO",
    azioni: [
      {
        id: "2.1",
        sinottico: "Elaborazione progetto triennale di Istituto / Indirizzo",
        descrizione: "Elaborazione progetto triennale",
        pianificazione: "Elaborazione progetto triennale",
      },
      {
        id: "2.2",
        sinottico: "Condivisione obiettivi e attività con le strutture ospitanti",
        descrizione: "Condivisione obiettivi e attività con le strutture ospitanti",
        pianificazione: "Condivisione obiettivi e attività con le strutture ospitanti",
      },
      {
        id: "2.3",
        sinottico: "Definizione sistema di tutoraggio",
        descrizione: "Definizione sistema di tutoraggio",
        pianificazione: "Definizione sistema di tutoraggio",
      },
      {
        id: "2.4",
        sinottico: "Condivisione criteri e modalità di monitoraggio e valutazione",
        descrizione: "Condivisione criteri e modalità di monitoraggio e valutazione",
        pianificazione: "Condivisione criteri e modalità di M&V",
      },
      {
        id: "2.5",
        sinottico: "Elaborazione Progetti Formativi Individuali",
        descrizione: "Elaborazione Progetti Formativi Individuali",
        pianificazione: "Elaborazione PFI",
      },
    ],
  },
  {
    number: 3,
    title: "REALIZZAZIONE ALTERNANZA SCUOLA LAVORO",
    azioni: [
      {
        id: "3.1",
        sinottico: "Attività preparatorie studenti",
        descrizione: "Attività preparatorie studenti",
        pianificazione: "Attività preparatorie studenti",
      },
      {
        id: "3.2",
        sinottico: "Monitoraggio qualitativo dei percorsi ASL e valutazione degli apprendimenti",
        descrizione: "Monitoraggio qualitativo dei percorsi ASL e valutazione degli apprendimenti",
        pianificazione: "Monitoraggio qualitativo percorsi ASL e valutazione apprendimenti",
      },
      {
        id: "3.3",
        sinottico: "Condivisione e rielaborazione a scuola dell'esperienza realizzata in alternanza",
        descrizione: "Condivisione e rielaborazione dell'esperienza ASL",
        pianificazione: "Condivisione e rielaborazione dell'esperienza ASL",
      },
    ],
  },
  {
    number: 4,
    title: "VALUTAZIONE",
    azioni: [
      {
        id: "4.1",
        sinottico: "Valutazione del processo di alternanza",
        descrizione: "Valutazione del processo ASL",
        pianificazione: "Valutazione del processo ASL",
      },
    ],
  },
];

export const ACCREDITAMENTO = {
  id: "accreditamento",
  macroAzione: "Supporto per l'accreditamento al sistema regionale dei servizi per il lavoro",
  pianificazione: "Supporto per l'accreditamento al sistema regionale dei servizi per il lavoro",
} as const;

/** Misure di politiche attive. The third has no name in the seed's sinottico: the planning grids call it "Altro". */
export const MISURE = [
  {
    id: "tirocinio",
    label: "Tirocinio extracurricolare",
    pianificazione: "Tirocinio extracurricolare",
    named: false,
  },
  {
    id: "apprendistato",
    label: "Apprendistato di I livello",
    pianificazione: "Apprendistato di I livello",
    named: false,
  },
  { id: "altro", label: "", pianificazione: "Altro", named: true },
] as const;

export type Misura = (typeof MISURE)[number];
export type MisuraId = Misura["id"];

export const MACRO_AZIONI_MISURA = [
  {
    id: "approfondimento",
    label: "Approfondimento informativo sulle misure di politica attiva",
    pianificazione: "Approfondimento",
  },
  { id: "attivazione", label: "Attivazione della misura di politica attiva", pianificazione: "Attivazione" },
] as const;

export type MacroAzioneMisura = (typeof MACRO_AZIONI_MISURA)[number];
export type MacroAzioneMisuraId = MacroAzioneMisura["id"];

export const MISURE_AMBITO = "TRANSIZIONE";

/**
 * A row of the plan: something that gets a service level per year and a month-by-month plan.
 * The 22 rows of the planning grids, in their order: 15 azioni, accreditamento, 3 misure × 2.
 */
export type PlanRow =
  | { readonly kind: "azione"; readonly id: string; readonly azione: Azione; readonly ambito: Ambito }
  | { readonly kind: "accreditamento"; readonly id: "accreditamento" }
  | {
      readonly kind: "misura";
      readonly id: `${MisuraId}-${MacroAzioneMisuraId}`;
      readonly misura: Misura;
      readonly macroAzione: MacroAzioneMisura;
    };

export const PLAN_ROWS: readonly PlanRow[] = [
  ...AMBITI.flatMap((ambito) =>
    ambito.azioni.map((azione): PlanRow => ({ kind: "azione", id: azione.id, azione, ambito })),
  ),
  { kind: "accreditamento", id: "accreditamento" },
  ...MISURE.flatMap((misura) =>
    MACRO_AZIONI_MISURA.map((macroAzione): PlanRow => ({
      kind: "misura",
      id: `${misura.id}-${macroAzione.id}`,
      misura,
      macroAzione,
    })),
  ),
];

/** The row's label in the planning grids ("Tirocinio extracurricolare Approfondimento"). */
export function planningLabel(row: PlanRow): string {
  switch (row.kind) {
    case "azione":
      return row.azione.pianificazione;
    case "accreditamento":
      return ACCREDITAMENTO.pianificazione;
    case "misura":
      return `${row.misura.pianificazione} ${row.macroAzione.pianificazione}`;
  }
}

/** A short human name for messages and the CLI ("azione 1.2 Mappatura e individuazione Stakeholder"). */
export function rowName(row: PlanRow): string {
  switch (row.kind) {
    case "azione":
      return `azione ${row.azione.id} ${row.azione.pianificazione}`;
    case "accreditamento":
      return "accreditamento regionale";
    case "misura":
      return `${row.misura.pianificazione} – ${row.macroAzione.pianificazione}`;
  }
}

export function findRow(id: string): PlanRow | undefined {
  return PLAN_ROWS.find((row) => row.id === id);
}
