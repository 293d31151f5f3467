import { PLAN_ROWS } from "./actions";
import type { FieldDef, ValueKind } from "./fields";
import type { Plan } from "./read";
import { type Tag, formatTag } from "./tags";
import { type FieldValue, parseCount, sameValue, writeValue } from "./values";
import {
  type ClasseId,
  type IndirizzoId,
  PLANNING_MONTHS,
  type PlanningMonthId,
  SERVICE_LEVELS,
  type SchoolYear,
  type ServiceLevelId,
} from "./vocabulary";

/**
 * One control to rewrite: from the text the panel last read to the canonical text of the new value.
 * Operations are pure functions from a plan and an input to changes, used alike by the panel, the
 * ribbon command, the CLI and the tests.
 */
export type FieldChange = {
  readonly tag: Tag;
  readonly label: string;
  readonly kind: ValueKind;
  /** The control's text when the plan was read; the write is refused if it is no longer there. */
  readonly expected: string;
  readonly next: string;
};

function fieldDef(plan: Plan, tag: Tag): FieldDef {
  const def = plan.schema.byTag.get(tag);
  if (!def) throw new Error(`No field with tag ${tag}`);
  return def;
}

/** The change that gives a field a value, or none when it already has it (or is missing). */
export function setField(plan: Plan, tag: Tag, value: FieldValue): FieldChange[] {
  const def = fieldDef(plan, tag);
  const current = plan.values.get(tag);
  const expected = plan.texts.get(tag);
  if (current === undefined || expected === undefined) return [];
  if (sameValue(current, value)) return [];
  return [{ tag, label: def.label, kind: def.value, expected, next: writeValue(value) }];
}

/**
 * The changes, each expecting the text its field had in `entered`: the reading a control was
 * entered over. Computed from the newest reading, so every field the gesture must set is in them,
 * and checked against what the person saw, so an edit that reached the pane while they were
 * choosing is refused rather than overwritten.
 */
export function expectingAsIn(changes: readonly FieldChange[], entered: Plan | undefined): FieldChange[] {
  if (!entered) return [...changes];
  return changes.map((change) => {
    const seen = entered.texts.get(change.tag);
    return seen === undefined ? change : { ...change, expected: seen };
  });
}

export function isMarked(plan: Plan, tag: Tag): boolean {
  const value = plan.values.get(tag);
  return value?.kind === "mark" && value.marked;
}

/** The level marked for a row and year; null when none. With several marked, the first (a problem says so). */
export function serviceLevelOf(plan: Plan, row: string, year: SchoolYear): ServiceLevelId | null {
  const marked = SERVICE_LEVELS.find((level) =>
    isMarked(plan, formatTag({ kind: "livello", row, year, level: level.id })),
  );
  return marked?.id ?? null;
}

/** Marks one level for a row and year and clears the others; null clears all three. */
export function setServiceLevel(
  plan: Plan,
  row: string,
  year: SchoolYear,
  level: ServiceLevelId | null,
): FieldChange[] {
  return SERVICE_LEVELS.flatMap((candidate) =>
    setField(plan, formatTag({ kind: "livello", row, year, level: candidate.id }), {
      kind: "mark",
      marked: candidate.id === level,
    }),
  );
}

export function isMonthPlanned(plan: Plan, row: string, year: SchoolYear, month: PlanningMonthId): boolean {
  return isMarked(plan, formatTag({ kind: "mese", row, year, month }));
}

export function setMonth(
  plan: Plan,
  row: string,
  year: SchoolYear,
  month: PlanningMonthId,
  planned: boolean,
): FieldChange[] {
  return setField(plan, formatTag({ kind: "mese", row, year, month }), { kind: "mark", marked: planned });
}

export type CountInput =
  | { readonly ok: true; readonly changes: readonly FieldChange[] }
  | { readonly ok: false; readonly code: "invalid-count"; readonly text: string };

/** A count typed in the panel: a whole number (Italian thousands allowed) or nothing. */
export function setCount(plan: Plan, indirizzo: IndirizzoId, classe: ClasseId, input: string): CountInput {
  const count = parseCount(input);
  if (count === undefined) return { ok: false, code: "invalid-count", text: input };
  return {
    ok: true,
    changes: setField(plan, formatTag({ kind: "alunni", indirizzo, classe }), { kind: "count", count }),
  };
}

export function countOf(plan: Plan, indirizzo: IndirizzoId, classe: ClasseId): number | null {
  const value = plan.values.get(formatTag({ kind: "alunni", indirizzo, classe }));
  return value?.kind === "count" ? value.count : null;
}

/** The text of a line, date or free-text field ("" when empty or missing). */
export function textOf(plan: Plan, tag: Tag): string {
  const value = plan.values.get(tag);
  return value && (value.kind === "line" || value.kind === "date" || value.kind === "text") ? value.text : "";
}

export function setText(plan: Plan, tag: Tag, text: string): FieldChange[] {
  const def = fieldDef(plan, tag);
  if (def.value === "mark" || def.value === "count") throw new Error(`${tag} is not a text field`);
  // A line or a date lives in one paragraph: a pasted line break would split the cell.
  const clean = def.value === "text" ? text.trim() : text.replace(/\s*[\r\n\v]+\s*/g, " ").trim();
  return setField(plan, tag, { kind: def.value, text: clean });
}

/** The months from one to another of a school year, both included, in either order. */
export function monthSpan(from: PlanningMonthId, to: PlanningMonthId): readonly PlanningMonthId[] {
  const a = PLANNING_MONTHS.findIndex((month) => month.id === from);
  const b = PLANNING_MONTHS.findIndex((month) => month.id === to);
  return PLANNING_MONTHS.slice(Math.min(a, b), Math.max(a, b) + 1).map((month) => month.id);
}

/** Plans (or clears) every month of a span of one row and year: one gesture, one batch of changes. */
export function setMonthSpan(
  plan: Plan,
  row: string,
  year: SchoolYear,
  from: PlanningMonthId,
  to: PlanningMonthId,
  planned: boolean,
): FieldChange[] {
  return monthSpan(from, to).flatMap((month) => setMonth(plan, row, year, month, planned));
}

/** Gives a row in `to` the months it has in `from`: marks added and marks removed alike. */
export function copyRowFromYear(plan: Plan, row: string, from: SchoolYear, to: SchoolYear): FieldChange[] {
  return PLANNING_MONTHS.flatMap((month) =>
    setMonth(plan, row, to, month.id, isMonthPlanned(plan, row, from, month.id)),
  );
}

/** Gives every row in `to` the months it has in `from`. */
export function copyYearFrom(plan: Plan, from: SchoolYear, to: SchoolYear): FieldChange[] {
  return PLAN_ROWS.flatMap((row) => copyRowFromYear(plan, row.id, from, to));
}
