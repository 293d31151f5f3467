import type { FieldDef } from "../plan/fields";
import type { Plan } from "../plan/read";
import { formatTag } from "../plan/tags";
import type { FieldValue } from "../plan/values";

/** One row of the aggregated table: one school × one field. */
export type PlanRowOut = {
  readonly file: string;
  readonly codiceMeccanografico: string;
  readonly istituto: string;
  readonly tag: string;
  readonly campo: string;
  readonly valore: string;
};

export function displayValue(value: FieldValue | undefined): string {
  if (!value) return "";
  switch (value.kind) {
    case "mark":
      return value.marked ? "X" : "";
    case "count":
      return value.count === null ? "" : String(value.count);
    case "line":
    case "date":
    case "text":
      return value.text;
  }
}

function text(plan: Plan, campo: "codice-meccanografico" | "istituto" | "denominazione"): string {
  return displayValue(plan.values.get(formatTag({ kind: "campo", campo })));
}

/** The school's codice meccanografico (upper case, as the Ministry writes it) and name. */
export function schoolOf(plan: Plan): { readonly codiceMeccanografico: string; readonly istituto: string } {
  return {
    codiceMeccanografico: text(plan, "codice-meccanografico").toUpperCase(),
    istituto: text(plan, "istituto") || text(plan, "denominazione"),
  };
}

export function planRows(file: string, plan: Plan): PlanRowOut[] {
  const { codiceMeccanografico, istituto } = schoolOf(plan);
  return plan.schema.fields.map((def: FieldDef) => ({
    file,
    codiceMeccanografico,
    istituto,
    tag: def.tag,
    campo: def.label,
    valore: displayValue(plan.values.get(def.tag)),
  }));
}
