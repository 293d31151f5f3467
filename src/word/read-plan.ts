import { changeTrackingOf } from "../plan/change-tracking";
import { type PlanReading, planReadingOf } from "../plan/plan-reading";
import { schemaOfDocument } from "../plan/schema-of";
import { perCellValues } from "../plan/table-shapes";
import { SNAPSHOT_SETTING } from "../plan/versioning";
import type { WordHost } from "./host";

/**
 * The whole plan and every problem in it, in ONE sync: the controls Word lists and the text of
 * every table are loaded together, because on some hosts the controls inside table cells are not
 * listed (office-js #2040) and the cells are then the only way to see those fields. `Table.values`
 * is accepted with one value per cell or one per grid column (table-shapes.ts). Where the host has
 * WordApi 1.4, the same sync asks whether Track Changes is on.
 */
export async function readPlan(host: WordHost): Promise<PlanReading> {
  return host.run(async (context) => {
    const controls = context.document.contentControls.load("items/tag,items/text");
    const tables = context.document.body.tables.load("items/values");
    const tracking = host.isSetSupported("WordApi", "1.4")
      ? context.document.load("changeTrackingMode")
      : undefined;
    await context.sync();
    const read = {
      controls: controls.items.map((control) => ({ tag: control.tag, text: control.text })),
      tables: tables.items.map((table) => table.values),
    };
    const reading = { ...read, tables: perCellValues(schemaOfDocument(read), read.tables) };
    return planReadingOf(
      reading,
      host.settings.get(SNAPSHOT_SETTING),
      changeTrackingOf(tracking?.changeTrackingMode),
    );
  });
}
