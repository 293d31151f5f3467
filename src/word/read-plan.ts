import { changeTrackingOf } from "../plan/change-tracking";
import { type PlanReading, listsEveryField, planReadingOf } from "../plan/plan-reading";
import type { DocumentReading } from "../plan/read";
import { schemaOfDocument } from "../plan/schema-of";
import { perCellValues } from "../plan/table-shapes";
import { VERSIONING_TAG } from "../plan/tags";
import { SNAPSHOT_SETTING } from "../plan/versioning";
import type { WordHost } from "./host";
import { selectionLoads } from "./read-at-selection";
import { type TablesRead, readAllTables, readVersioningTable } from "./table-values";
import { isOwnTag } from "../plan/tags";

/**
 * Only the tables the plan needs. Where Word listed a control for every field, that is the
 * versioning table alone. Otherwise every table: on some hosts the controls inside table cells are
 * not listed (office-js #2040), and a field deleted from its cell may have left its text there, so
 * the cells are then the only way to see those fields.
 */
async function tablesFor(
  context: Word.RequestContext,
  controls: DocumentReading["controls"],
): Promise<TablesRead & { readonly selected?: readonly string[] }> {
  if (listsEveryField(controls) && controls.some((control) => control.tag === VERSIONING_TAG)) {
    // Where the selection is rides in the same sync; only the path that lists every field needs it.
    const selection = selectionLoads(context);
    const versioning = await readVersioningTable(context);
    if (versioning) {
      const selected = selection()
        .map((control) => control.tag)
        .filter(isOwnTag);
      return { tables: [versioning], unreadable: 0, selected };
    }
  }
  return readAllTables(context);
}

/**
 * The whole plan and every problem in it. The controls are read in a sync of their own, so that
 * no table can stop the reading: loading a table's cells fails on some hosts when it has vertically
 * merged cells (office-js #3200), and the template has many. The tables follow (table-values.ts),
 * each shape of `Table.values` accepted (table-shapes.ts); a table Word would not give costs only
 * its own fields, reported as unreadable. Where the host has WordApi 1.4, the first sync also asks
 * whether Track Changes is on.
 */
export async function readPlan(host: WordHost): Promise<PlanReading> {
  return host.run(async (context) => {
    const listed = context.document.contentControls.load("items/tag,items/text");
    const tracking = host.isSetSupported("WordApi", "1.4")
      ? context.document.load("changeTrackingMode")
      : undefined;
    await context.sync();
    const controls = listed.items.map((control) => ({ tag: control.tag, text: control.text }));
    const found = await tablesFor(context, controls);
    const tables = found.tables.map((table) => table.values);
    const read = { controls, tables, unreadableTables: found.unreadable };
    const reading = { ...read, tables: perCellValues(schemaOfDocument(read), tables) };
    const planReading = planReadingOf(
      reading,
      host.settings.get(SNAPSHOT_SETTING),
      changeTrackingOf(tracking?.changeTrackingMode),
    );
    return found.selected ? { ...planReading, selected: found.selected } : planReading;
  });
}
