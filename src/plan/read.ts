import { PLAN_ROWS, rowName } from "./actions";
import { type FieldCell, cellFieldText, fieldTables, matchTables } from "./cells";
import type { PlanSchema } from "./fields";
import { LIMITS, LimitError } from "./limits";
import type { PlanProblem } from "./problems";
import { type Tag, VERSIONING_TAG, formatTag, isOwnTag } from "./tags";
import { type FieldValue, normaliseText, readValue } from "./values";
import { hasStrayControls } from "./visible-text";
import { SERVICE_LEVELS } from "./vocabulary";

/** What the document layer found: every control it could list, and the text of every table. */
export type DocumentReading = {
  readonly controls: readonly { readonly tag: string; readonly text: string }[];
  /** `Table.values` of every table in document order; undefined when the host was not asked. */
  readonly tables?: readonly (readonly (readonly string[])[])[];
  /** How many tables Word would not give the text of: left out of `tables`, their fields unreadable. */
  readonly unreadableTables?: number;
};

/** How a field was read: through its content control, or from its table cell's text. */
export type FieldSource = "control" | "table-cell";

export type Plan = {
  readonly schema: PlanSchema;
  readonly values: ReadonlyMap<Tag, FieldValue>;
  /** The text each field held when read: writes check it is still there, so nothing a person typed since is overwritten. */
  readonly texts: ReadonlyMap<Tag, string>;
  readonly sources: ReadonlyMap<Tag, FieldSource>;
  readonly problems: readonly PlanProblem[];
};

type Found = { readonly text: string; readonly source: FieldSource; readonly copies?: number };

function fromControls(
  schema: PlanSchema,
  reading: DocumentReading,
  problems: PlanProblem[],
): Map<Tag, Found> {
  if (reading.controls.length > LIMITS.controls) throw new LimitError("controls", "");
  // The first text of each tag and how many controls carry it: one pass, whatever the duplicates.
  const seen = new Map<string, { text: string; copies: number }>();
  for (const control of reading.controls) {
    if (!isOwnTag(control.tag)) continue;
    const known = seen.get(control.tag);
    if (known) known.copies++;
    else seen.set(control.tag, { text: control.text, copies: 1 });
  }
  const found = new Map<Tag, Found>();
  for (const [tag, { text, copies }] of seen) {
    const def = schema.byTag.get(tag as Tag);
    if (!def) {
      if (tag !== VERSIONING_TAG) problems.push({ code: "unknown-field", tag });
      continue;
    }
    if (copies > 1) problems.push({ code: "duplicate-field", tag, label: def.label, occurrences: copies });
    found.set(def.tag, { text, source: "control", copies });
  }
  return found;
}

/**
 * Cell texts of the fields, for the tables of the document that match the layout; and the fields
 * of the layout's tables that none matched, which an unreadable table may be hiding.
 */
function cellTexts(
  schema: PlanSchema,
  tables: DocumentReading["tables"],
): { readonly texts: Map<Tag, string>; readonly unmatched: Set<Tag> } {
  const texts = new Map<Tag, string>();
  const unmatched = new Set<Tag>();
  const signatures = fieldTables(schema);
  const matched = matchTables(signatures, tables ?? []);
  for (const signature of signatures) {
    const index = matched.get(signature.table);
    const values = index === undefined ? undefined : tables?.[index];
    if (values)
      signature.fields.forEach((cell: FieldCell) => texts.set(cell.tag, cellFieldText(cell, values)));
    else signature.fields.forEach((cell: FieldCell) => unmatched.add(cell.tag));
  }
  return { texts, unmatched };
}

export function severalLevels(schema: PlanSchema, values: ReadonlyMap<Tag, FieldValue>): PlanProblem[] {
  return PLAN_ROWS.flatMap((row) =>
    schema.years.flatMap((year): PlanProblem[] => {
      const levels = SERVICE_LEVELS.filter((level) => {
        const value = values.get(formatTag({ kind: "livello", row: row.id, year, level: level.id }));
        return value?.kind === "mark" && value.marked;
      }).map((level) => level.id);
      return levels.length > 1
        ? [{ code: "several-levels", row: row.id, rowName: rowName(row), year, levels }]
        : [];
    }),
  );
}

/**
 * The plan a document holds, and everything wrong with it. Never throws on bad content: a missing,
 * duplicated or unreadable field is a problem in the result. Only a document past LIMITS.controls
 * throws a LimitError.
 */
export function interpretDocument(schema: PlanSchema, reading: DocumentReading): Plan {
  const problems: PlanProblem[] = [];
  const controls = fromControls(schema, reading, problems);
  const { texts: cells, unmatched } = cellTexts(schema, reading.tables);
  const unreadableTables = reading.unreadableTables ?? 0;
  if (controls.size === 0 && cells.size === 0 && unreadableTables === 0) {
    return {
      schema,
      values: new Map(),
      texts: new Map(),
      sources: new Map(),
      problems: [{ code: "not-template" }],
    };
  }
  const values = new Map<Tag, FieldValue>();
  const texts = new Map<Tag, string>();
  const sources = new Map<Tag, FieldSource>();
  let unreadableFields = 0;
  for (const def of schema.fields) {
    const control = controls.get(def.tag);
    const cell = cells.get(def.tag);
    const found: Found | undefined =
      control ?? (cell === undefined ? undefined : { text: cell, source: "table-cell" });
    if (!found && unreadableTables > 0 && unmatched.has(def.tag)) {
      unreadableFields++;
      continue;
    }
    if (!found) {
      problems.push({ code: "missing-field", tag: def.tag, label: def.label });
      continue;
    }
    const read = readValue(def.value, found.text);
    values.set(def.tag, read.value);
    texts.set(def.tag, found.text);
    sources.set(def.tag, found.source);
    if (read.problem) problems.push({ ...read.problem, tag: def.tag, label: def.label });
    if (hasStrayControls(found.text))
      problems.push({ code: "control-characters", tag: def.tag, label: def.label });
    // A copy of the control in the same cell is already reported as a duplicate, not as stray text.
    const single = control?.copies === 1;
    if (control && single && cell !== undefined && normaliseText(cell) !== normaliseText(control.text)) {
      problems.push({
        code: "text-outside-field",
        tag: def.tag,
        label: def.label,
        text: normaliseText(cell),
      });
    }
  }
  if (unreadableTables > 0)
    problems.unshift({ code: "unreadable-tables", tables: unreadableTables, fields: unreadableFields });
  problems.push(...severalLevels(schema, values));
  return { schema, values, texts, sources, problems };
}
