/** The floor the CLI is timed against does the whole of its little work: every tag of every file. */
import { floorRead } from "../../bench/floor";
import { createSchema } from "../../src/plan/fields";
import { OFFICIAL_SCHOOL_YEARS } from "../../src/plan/vocabulary";
import { filledPlan, scratchDir, writeBytes } from "../support/plans";

test("walks every content control's tag of each plan read", async () => {
  const scratch = await scratchDir();
  try {
    const plan = await filledPlan();
    const files = [
      await writeBytes(scratch.path("a.docx"), plan),
      await writeBytes(scratch.path("b.docx"), plan),
    ];
    // Each field is one control, plus the block control around the versioning table.
    const perPlan = createSchema(OFFICIAL_SCHOOL_YEARS).fields.length + 1;
    expect(await floorRead(files)).toBe(2 * perPlan);
  } finally {
    await scratch.remove();
  }
}, 60_000);
