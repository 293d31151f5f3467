import type { ChangeTracking } from "./change-tracking";
import { type DocumentReading, type Plan, interpretDocument } from "./read";
import { schemaOfDocument } from "./schema-of";
import { type PlanSnapshot, type VersionRow, findVersionTable, parseSnapshot } from "./versioning";

/** How the fields were found: all through their controls, or some from table cells (Word on the web). */
export type ReadStrategy = "controls" | "controls-and-cells";

/** Everything a reader learns from a document: the plan, how it was read, the versions, the last snapshot. */
export type PlanReading = {
  readonly plan: Plan;
  readonly strategy: ReadStrategy;
  readonly versions: readonly VersionRow[];
  /** The plan as it was when the last version was recorded, stored in the document. */
  readonly snapshot: PlanSnapshot | undefined;
  /** Whether Word tracks changes in the document; the pane says what that means (change-tracking.ts). */
  readonly changeTracking: ChangeTracking;
  /**
   * The template's controls at Word's selection when the add-in read the document, when it could
   * tell: where a later change hint must look for an edit made before the selection moved.
   */
  readonly selected?: readonly string[];
};

/**
 * Whether the controls Word listed hold every field of the template they were made from: then the
 * tables add nothing but the versions.
 */
export function listsEveryField(controls: DocumentReading["controls"]): boolean {
  const tags = new Set(controls.map((control) => control.tag));
  return schemaOfDocument({ controls }).fields.every((def) => tags.has(def.tag));
}

/** The stored snapshot setting: Office keeps it as the JSON string the add-in wrote. */
function snapshotFrom(stored: unknown): PlanSnapshot | undefined {
  if (typeof stored !== "string") return parseSnapshot(stored);
  try {
    return parseSnapshot(JSON.parse(stored));
  } catch {
    return undefined;
  }
}

/**
 * The plan reading for the school years the document was made for; the same whether the reading
 * came from Word (the add-in) or from the .docx bytes (the CLI).
 */
export function planReadingOf(
  reading: DocumentReading,
  storedSnapshot: unknown,
  changeTracking: ChangeTracking = "unknown",
): PlanReading {
  const plan = interpretDocument(schemaOfDocument(reading), reading);
  const fromCells = [...plan.sources.values()].some((source) => source === "table-cell");
  return {
    plan,
    strategy: fromCells ? "controls-and-cells" : "controls",
    versions: findVersionTable(reading.tables ?? [])?.rows ?? [],
    snapshot: snapshotFrom(storedSnapshot),
    changeTracking,
  };
}
