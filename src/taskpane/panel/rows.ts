/**
 * The 22 plan rows as the panel groups them (by ambito, then accreditamento, then the misure), and
 * the accessible names of their controls: everything derived from src/plan, nothing retyped.
 */
import { AMBITI, MISURE_AMBITO, PLAN_ROWS, type PlanRow, planningLabel, rowName } from "../../plan/actions";
import { type PlanningMonth, type SchoolYear, schoolYearLabel } from "../../plan/vocabulary";

export type RowGroup = {
  readonly id: string;
  readonly title: string | null;
  readonly rows: readonly PlanRow[];
};

export const ROW_GROUPS: readonly RowGroup[] = [
  ...AMBITI.map((ambito) => ({
    id: `ambito-${ambito.number}`,
    title: `${ambito.number}. ${ambito.title}`,
    rows: PLAN_ROWS.filter((row) => row.kind === "azione" && row.ambito.number === ambito.number),
  })),
  { id: "accreditamento", title: null, rows: PLAN_ROWS.filter((row) => row.kind === "accreditamento") },
  { id: "misure", title: MISURE_AMBITO, rows: PLAN_ROWS.filter((row) => row.kind === "misura") },
];

/** The row as the panel shows it: "1.2 Mappatura e individuazione Stakeholder". */
export function rowLabel(row: PlanRow): string {
  return row.kind === "azione" ? `${row.id} ${planningLabel(row)}` : planningLabel(row);
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
