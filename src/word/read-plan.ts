import { changeTrackingOf } from "../plan/change-tracking";
import { type PlanReading, listsEveryField, planReadingOf } from "../plan/plan-reading";
import type { DocumentReading } from "../plan/read";
import { schemaOfDocument } from "../plan/schema-of";
import { perCellValues } from "../plan/table-shapes";
import { VERSIONING_TAG } from "../plan/tags";
import { SNAPSHOT_SETTING } from "../plan/versioning";
import type { WordHost } from "./host";
import { type TablesRead, readAllTables, readVersioningTable } from "./table-values";

/**
 * Only the tables the plan needs. Where Word listed a control for every field, that is the
 * versioning table alone. Otherwise every table: on some hosts the controls inside table cells are
 * not listed (office-js #2040), and a field deleted from its cell may have left its text there, so
 * the cells are then the only way to see those fields.
 */
async function tablesFor(
  context: Word.RequestContext,
  controls: DocumentReading["controls"],
): Promise<TablesRead> {
  if (listsEveryField(controls) && controls.some((control) => control.tag === VERSIONING_TAG)) {
    const versioning = await readVersioningTable(context);
    if (versioning) return { tables: [versioning], unreadable: 0 };
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
    return planReadingOf(
      reading,
      host.settings.get(SNAPSHOT_SETTING),
      changeTrackingOf(tracking?.changeTrackingMode),
    );
  });
}
