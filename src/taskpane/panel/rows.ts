/**
 * The 22 plan rows as the panel groups them (each ambito, accreditamento, then each misura under its
 * own heading), and the names of their controls: everything derived from src/plan, nothing retyped.
 * The third misura is called by the name the document gives it, when it has one.
 */
import {
  ACCREDITAMENTO,
  AMBITI,
  MISURE,
  MISURE_AMBITO,
  PLAN_ROWS,
  type PlanRow,
  planningLabel,
  rowName,
} from "../../plan/actions";
import { textOf } from "../../plan/changes";
import { formatTag } from "../../plan/tags";
import { type PlanningMonth, type SchoolYear, schoolYearLabel } from "../../plan/vocabulary";
import { usePanelSelector } from "../state";

/** The name of the third misura as the document holds it ("" when not filled). */
const ALTRO_NOME = formatTag({ kind: "campo", campo: "altro-nome" });

export type RowGroup = {
  readonly id: string;
  /** The heading; the third misura's takes its name from the document. */
  readonly title: (altroName: string) => string;
  readonly rows: readonly PlanRow[];
};

const misuraName = (misura: (typeof MISURE)[number], altroName: string): string =>
  misura.named && altroName !== "" ? altroName : misura.pianificazione;

export const ROW_GROUPS: readonly RowGroup[] = [
  ...AMBITI.map((ambito) => ({
    id: `ambito-${ambito.number}`,
    title: () => `${ambito.number}. ${ambito.title}`,
    rows: PLAN_ROWS.filter((row) => row.kind === "azione" && row.ambito.number === ambito.number),
  })),
  {
    id: "accreditamento",
    title: () => ACCREDITAMENTO.macroAzione,
    rows: PLAN_ROWS.filter((row) => row.kind === "accreditamento"),
  },
  ...MISURE.map((misura) => ({
    id: `misura-${misura.id}`,
    title: (altroName: string) => `${MISURE_AMBITO} · ${misuraName(misura, altroName)}`,
    rows: PLAN_ROWS.filter((row) => row.kind === "misura" && row.misura.id === misura.id),
  })),
];

/** The name of the third misura in the document last read. */
export function useAltroName(): string {
  return usePanelSelector((state) => (state.reading ? textOf(state.reading.plan, ALTRO_NOME) : ""));
}

/** The row as the panel shows it: "1.2 Mappatura e individuazione Stakeholder", "Orientamento Attivazione". */
export function rowLabel(row: PlanRow, altroName = ""): string {
  switch (row.kind) {
    case "azione":
      return `${row.id} ${planningLabel(row)}`;
    case "accreditamento":
      return planningLabel(row);
    case "misura":
      return `${misuraName(row.misura, altroName)} ${row.macroAzione.pianificazione}`;
  }
}

/** "azione 1.2 Mappatura e individuazione Stakeholder – 2018/2019". */
export function levelControlName(row: PlanRow, year: SchoolYear): string {
  return `${rowName(row)} – ${schoolYearLabel(year)}`;
}

/** "Mappatura e individuazione Stakeholder, ottobre 2018/2019". */
export function monthControlName(row: PlanRow, month: PlanningMonth, year: SchoolYear): string {
  return `${planningLabel(row)}, ${month.name} ${schoolYearLabel(year)}`;
}

/** A stable key for a school year (React keys, tab values). */
export function yearKey(year: SchoolYear): string {
  return String(year.start);
}
