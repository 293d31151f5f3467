import { formatTag } from "../../src/plan/tags";
import { setCount, setMonth, setServiceLevel, setText } from "../../src/plan/changes";
import { EmulatedWord, type HostProfile } from "../../src/emulator";
import { readPlan } from "../../src/word/read-plan";
import { openDocument, syncsOf, templateBytes, wordHostThrough } from "../support/documents";

/** A plan with marks in the merged-header grids, a line and a multi-paragraph text. */
async function filledTemplate(): Promise<{ bytes: Uint8Array; values: ReadonlyMap<string, unknown> }> {
  const { document, word } = await openDocument(templateBytes());
  const blank = await document.readPlan();
  const year = blank.plan.schema.years[2]!;
  const count = setCount(blank.plan, "tecnico", "IV", "27");
  if (!count.ok) throw new Error("27 is a count");
  await document.applyChanges(blank.plan, [
    ...setServiceLevel(blank.plan, "1.4", year, "attivazione"),
    ...setMonth(blank.plan, "accreditamento", year, "mar", true),
    ...count.changes,
    ...setText(blank.plan, formatTag({ kind: "descrizione", azione: "2.2", voce: "tutor" }), "Uno\nDue"),
  ]);
  return { bytes: await word.save(), values: (await document.readPlan()).plan.values };
}

describe("readPlan", () => {
  it("reads the blank template in two syncs, the controls and then the versioning table alone, with no problems", async () => {
    const { word, document } = await openDocument(templateBytes());
    const { result, syncs } = await syncsOf(word, () => document.readPlan());
    expect(syncs).toBe(2);
    expect(word.stats.loads.map((load) => load.tables)).toEqual([0, 1]);
    expect(word.stats.loads[1]?.controls).toBe(0);
    expect(result.strategy).toBe("controls");
    expect(result.plan.problems).toEqual([]);
    expect(result.plan.values.size).toBe(result.plan.schema.fields.length);
    expect(result.versions).toEqual([]);
    expect(result.snapshot).toBeUndefined();
  });

  it("reads the same plan on Word on the web, where controls inside tables are not listed (office-js #2040), in two syncs: the controls, then every table", async () => {
    const { document: desktop, word } = await openDocument(templateBytes());
    const blank = await desktop.readPlan();
    const schema = blank.plan.schema;
    const year = schema.years[1]!;
    await desktop.applyChanges(blank.plan, [
      ...setServiceLevel(blank.plan, "2.3", year, "consolidamento"),
      ...setText(blank.plan, formatTag({ kind: "campo", campo: "altro-nome" }), "Servizio civile"),
      ...setText(
        blank.plan,
        formatTag({ kind: "descrizione", azione: "1.1", voce: "obiettivo" }),
        "Primo\nSecondo",
      ),
    ]);
    const filled = await desktop.readPlan();
    const web = await openDocument(await word.save(), "web-stress");
    const { result, syncs } = await syncsOf(web.word, () => web.document.readPlan());
    expect(syncs).toBe(2);
    expect(web.word.stats.loads[0]?.tables).toBe(0);
    expect(web.word.stats.loads[1]?.tables).toBeGreaterThan(10);
    expect(result.strategy).toBe("controls-and-cells");
    expect(result.plan.problems).toEqual([]);
    expect(result.plan.values).toEqual(filled.plan.values);
    expect(result.plan.sources.get(formatTag({ kind: "testo", testo: "note" }))).toBe("control");
    expect(
      result.plan.sources.get(formatTag({ kind: "livello", row: "2.3", year, level: "consolidamento" })),
    ).toBe("table-cell");
  });

  it("reads a template built for other school years with those years", async () => {
    const { buildTemplate } = await import("../../src/docx/build");
    const { createSchema } = await import("../../src/plan/fields");
    const bytes = await buildTemplate(createSchema([{ start: 2024 }, { start: 2025 }, { start: 2026 }]));
    for (const profile of ["desktop", "web-stress"] as const) {
      const { document } = await openDocument(bytes, profile);
      const reading = await document.readPlan();
      expect(reading.plan.schema.years.map((year) => year.start)).toEqual([2024, 2025, 2026]);
      expect(reading.plan.problems).toEqual([]);
    }
  });

  describe.each(["web-stress", "web", "desktop"] as const)(
    "accepts both shapes of Table.values on %s",
    (profile: HostProfile) => {
      it.each(["per-cell", "per-grid-column"] as const)(
        "reads the same plan from the template when Table.values gives one value %s",
        async (tableValues) => {
          const { bytes, values } = await filledTemplate();
          const word = await EmulatedWord.open(bytes, { profile, quirks: { tableValues } });
          const reading = await readPlan(wordHostThrough(word));
          expect(reading.plan.problems).toEqual([]);
          expect(reading.plan.values).toEqual(values);
        },
      );
    },
  );

  it("one value per grid column is a different shape on the template: the test above can fail", async () => {
    const { bytes } = await filledTemplate();
    const shapes = await Promise.all(
      (["per-cell", "per-grid-column"] as const).map(async (tableValues) => {
        const word = await EmulatedWord.open(bytes, { quirks: { tableValues } });
        return word.Word.run(async (context) => {
          const tables = context.document.body.tables.load("items/values");
          await context.sync();
          return tables.items.map((table) => table.values.map((row) => row.length));
        });
      }),
    );
    expect(shapes[0]).not.toEqual(shapes[1]);
  });

  it("says whether Track Changes is on where WordApi 1.4 can tell, and 'unknown' where it cannot", async () => {
    const { word } = await openDocument(templateBytes());
    expect((await readPlan(wordHostThrough(word))).changeTracking).toBe("off");
    await word.Word.run(async (context) => {
      context.document.changeTrackingMode = "TrackAll";
      await context.sync();
    });
    expect((await readPlan(wordHostThrough(word))).changeTracking).toBe("on");
    const saved = await word.save();
    const stress = await EmulatedWord.open(saved, { profile: "web-stress" });
    expect((await readPlan(wordHostThrough(stress))).changeTracking).toBe("unknown");
    const { word: again, document } = await openDocument(saved);
    const { syncs } = await syncsOf(again, () => document.readPlan());
    expect(syncs).toBe(2);
  });
});
