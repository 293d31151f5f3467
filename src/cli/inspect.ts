import { PLAN_ROWS, rowName } from "../plan/actions";
import { countOf, isMonthPlanned, serviceLevelOf, textOf } from "../plan/changes";
import { describeCheck } from "../plan/check-messages";
import { checkPlan } from "../plan/checks";
import { type Locale, describeProblem } from "../plan/messages";
import type { PlanProblem } from "../plan/problems";
import type { PlanReading } from "../word/port";
import { formatTag } from "../plan/tags";
import { CAMPI } from "../plan/texts";
import { CLASSI, INDIRIZZI, PLANNING_MONTHS, SERVICE_LEVELS, schoolYearLabel } from "../plan/vocabulary";
import { displayValue } from "./plan-rows";
import { oneLine } from "./terminal";

/** Past this many, missing fields are summed up in one line: a terminal of 1,000 lines helps nobody. */
const MISSING_LISTED = 5;

function problemLines(problems: readonly PlanProblem[], locale: Locale): string[] {
  const missing = problems.filter((problem) => problem.code === "missing-field");
  if (missing.length <= MISSING_LISTED) return problems.map((problem) => describeProblem(problem, locale));
  const examples = missing
    .slice(0, 3)
    .map((problem) => `«${problem.label}»`)
    .join(", ");
  return [
    `Mancano ${missing.length} campi del modello (tra cui ${examples}): il documento è incompleto o non è il modello completo.`,
    ...problems
      .filter((problem) => problem.code !== "missing-field")
      .map((problem) => describeProblem(problem, locale)),
  ];
}

/** The plan as a person reads it in a terminal. */
export function describePlan(file: string, reading: PlanReading, locale: Locale = "it"): string {
  const { plan } = reading;
  const years = plan.schema.years;
  const lines: string[] = [`File: ${file}`];
  for (const campo of CAMPI) {
    const value = textOf(plan, formatTag({ kind: "campo", campo: campo.id }));
    if (value) lines.push(`${campo.label}: ${value}`);
  }
  lines.push("", `Livelli di servizio (${years.map(schoolYearLabel).join(", ")}):`);
  for (const row of PLAN_ROWS) {
    const levels = years.map((year) => {
      const level = serviceLevelOf(plan, row.id, year);
      return SERVICE_LEVELS.find((entry) => entry.id === level)?.label ?? "—";
    });
    const months = years.map((year) =>
      PLANNING_MONTHS.filter((month) => isMonthPlanned(plan, row.id, year, month.id)).map(
        (month) => month.label,
      ),
    );
    const planned = months.some((list) => list.length > 0)
      ? `  mesi: ${months.map((list, index) => `${schoolYearLabel(years[index]!)} ${list.join(" ") || "—"}`).join("; ")}`
      : "";
    lines.push(`  ${rowName(row)}: ${levels.join(" | ")}${planned}`);
  }
  lines.push("", "Alunni coinvolti in ASL:");
  for (const indirizzo of INDIRIZZI) {
    const counts = CLASSI.map((classe) => `${classe.label} ${countOf(plan, indirizzo.id, classe.id) ?? "—"}`);
    lines.push(`  ${indirizzo.label}: ${counts.join(", ")}`);
  }
  const texts = plan.schema.fields.filter((def) => def.value === "text");
  const filled = texts.filter((def) => displayValue(plan.values.get(def.tag)) !== "").length;
  lines.push("", `Testi compilati: ${filled} di ${texts.length}`);
  lines.push(`Versioni registrate: ${reading.versions.length}`);
  for (const version of reading.versions)
    lines.push(`  ${version.number} del ${version.date}: ${version.summary}`);
  lines.push("", plan.problems.length === 0 ? "Nessun problema." : `Problemi (${plan.problems.length}):`);
  lines.push(...problemLines(plan.problems, locale).map((line) => `  - ${line}`));
  // Warnings for the tutor to weigh: they do not change the exit code, which counts problems only.
  const checks = checkPlan(plan, reading.snapshot);
  if (checks.length > 0) lines.push("", `Avvisi (${checks.length}):`);
  lines.push(...checks.map((check) => `  - ${describeCheck(check, locale)}`));
  // Values, tags and file names come from the document: each line is shown with its controls escaped.
  return lines.map(oneLine).join("\n");
}

/** The plan as JSON: every field by tag, the problems in words, the versions. */
export function planJson(file: string, reading: PlanReading, locale: Locale = "it") {
  const { plan } = reading;
  return {
    file,
    years: plan.schema.years.map(schoolYearLabel),
    fields: Object.fromEntries(
      plan.schema.fields.map((def) => [def.tag, displayValue(plan.values.get(def.tag))]),
    ),
    problems: plan.problems.map((problem) => ({
      code: problem.code,
      message: describeProblem(problem, locale),
    })),
    versions: reading.versions,
    warnings: checkPlan(plan, reading.snapshot).map((check) => ({
      code: check.code,
      ...("row" in check ? { row: check.row } : {}),
      message: describeCheck(check, locale),
    })),
  };
}
