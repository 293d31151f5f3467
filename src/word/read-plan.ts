import { type PlanReading, planReadingOf } from "../plan/plan-reading";
import { SNAPSHOT_SETTING } from "../plan/versioning";
import type { WordHost } from "./host";

/**
 * The whole plan and every problem in it, in ONE sync: the controls Word lists and the text of
 * every table are loaded together, because on some hosts the controls inside table cells are not
 * listed (office-js #2040) and the cells are then the only way to see those fields.
 */
export async function readPlan(host: WordHost): Promise<PlanReading> {
  return host.run(async (context) => {
    const controls = context.document.contentControls.load("items/tag,items/text");
    const tables = context.document.body.tables.load("items/values");
    await context.sync();
    const reading = {
      controls: controls.items.map((control) => ({ tag: control.tag, text: control.text })),
      tables: tables.items.map((table) => table.values),
    };
    return planReadingOf(reading, host.settings.get(SNAPSHOT_SETTING));
  });
}
