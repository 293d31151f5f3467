/**
 * What the national synthesis needs of one plan, read in the worker so that only these few
 * hundred numbers, not the plan's 1,076 fields, cross to the main thread.
 */
import { PLAN_ROWS } from "../../plan/actions";
import { countOf, isMonthPlanned, serviceLevelOf } from "../../plan/changes";
import { type PlanCheckCode, checkPlan } from "../../plan/checks";
import type { PlanReading } from "../../plan/plan-reading";
import { parseItalianDate } from "../../plan/values";
import {
  CLASSI,
  type ClasseId,
  INDIRIZZI,
  type IndirizzoId,
  PLANNING_MONTHS,
  type PlanningMonthId,
  type ServiceLevelId,
  schoolYearLabel,
} from "../../plan/vocabulary";
import { schoolOf } from "../plan-rows";

export type PlanFacts = {
  readonly file: string;
  readonly codice: string;
  /** The plan's school years, as labels ("2017/2018"): levels and months are indexed like them. */
  readonly years: readonly string[];
  /** Per row id, the level chosen in each school year (null: none). */
  readonly levels: Readonly<Record<string, readonly (ServiceLevelId | null)[]>>;
  /** Per row id, the months planned in each school year. */
  readonly months: Readonly<Record<string, readonly (readonly PlanningMonthId[])[]>>;
  /** Students by indirizzo and class; null where the cell is empty. */
  readonly students: Readonly<Record<IndirizzoId, Readonly<Record<ClasseId, number | null>>>>;
  readonly warnings: readonly PlanCheckCode[];
  readonly versions: number;
  /** The latest date among the recorded versions, as yyyy-mm-dd; null when none has a valid date. */
  readonly lastVersion: string | null;
};

function isoDate(text: string): string | null {
  const date = parseItalianDate(text);
  if (!date) return null;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${date.year}-${two(date.month)}-${two(date.day)}`;
}

export function planFacts(file: string, reading: PlanReading): PlanFacts {
  const { plan } = reading;
  const years = plan.schema.years;
  const dates = reading.versions.map((version) => isoDate(version.date)).filter((date) => date !== null);
  return {
    file,
    codice: schoolOf(plan).codiceMeccanografico,
    years: years.map(schoolYearLabel),
    levels: Object.fromEntries(
      PLAN_ROWS.map((row) => [row.id, years.map((year) => serviceLevelOf(plan, row.id, year))]),
    ),
    months: Object.fromEntries(
      PLAN_ROWS.map((row) => [
        row.id,
        years.map((year) =>
          PLANNING_MONTHS.filter((month) => isMonthPlanned(plan, row.id, year, month.id)).map(
            (month) => month.id,
          ),
        ),
      ]),
    ),
    students: Object.fromEntries(
      INDIRIZZI.map((indirizzo) => [
        indirizzo.id,
        Object.fromEntries(CLASSI.map((classe) => [classe.id, countOf(plan, indirizzo.id, classe.id)])),
      ]),
    ) as PlanFacts["students"],
    warnings: checkPlan(plan, reading.snapshot).map((check) => check.code),
    versions: reading.versions.length,
    lastVersion: dates.sort().at(-1) ?? null,
  };
}
