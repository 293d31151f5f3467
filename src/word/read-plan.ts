import { type Plan, interpretDocument } from "../plan/read";
import { schemaOfDocument } from "../plan/schema-of";
import { type PlanSnapshot, SNAPSHOT_SETTING, type VersionRow, findVersionTable, parseSnapshot } from "../plan/versioning";
import type { WordHost } from "./host";

/** How the fields were found: all through their controls, or some from table cells (Word on the web). */
export type ReadStrategy = "controls" | "controls-and-cells";

export type PlanReading = {
  readonly plan: Plan;
  readonly strategy: ReadStrategy;
  readonly versions: readonly VersionRow[];
  /** The plan as it was when the last version was recorded, stored in the document. */
  readonly snapshot: PlanSnapshot | undefined;
};

function storedSnapshot(host: WordHost): PlanSnapshot | undefined {
  const raw: unknown = host.settings.get(SNAPSHOT_SETTING);
  if (typeof raw !== "string") return parseSnapshot(raw);
  try {
    return parseSnapshot(JSON.parse(raw));
  } catch {
    return undefined;
  }
}

/**
 * The whole plan and every problem in it, for the school years the document was made for, in ONE sync: the controls Word lists and the text of every
 * table are loaded together, because on some hosts the controls inside table cells are not listed
 * (office-js #2040) and the cells are then the only way to see those fields.
 */
export async function readPlan(host: WordHost): Promise<PlanReading> {
  return host.run(async (context) => {
    const controls = context.document.contentControls.load("items/tag,items/text");
    const tables = context.document.body.tables.load("items/values");
    await context.sync();
    const tableValues = tables.items.map((table) => table.values);
    const reading = {
      controls: controls.items.map((control) => ({ tag: control.tag, text: control.text })),
      tables: tableValues,
    };
    const plan = interpretDocument(schemaOfDocument(reading), reading);
    const fromCells = [...plan.sources.values()].some((source) => source === "table-cell");
    return {
      plan,
      strategy: fromCells ? "controls-and-cells" : "controls",
      versions: findVersionTable(tableValues)?.rows ?? [],
      snapshot: storedSnapshot(host),
    };
  });
}
