import { formatTag } from "../../src/plan/tags";
import { setServiceLevel, setText } from "../../src/plan/changes";
import { openDocument, syncsOf, templateBytes } from "../support/documents";

describe("readPlan", () => {
  it("reads the blank template in one sync, through the controls, with no problems", async () => {
    const { word, document } = await openDocument(templateBytes());
    const { result, syncs } = await syncsOf(word, () => document.readPlan());
    expect(syncs).toBe(1);
    expect(result.strategy).toBe("controls");
    expect(result.plan.problems).toEqual([]);
    expect(result.plan.values.size).toBe(result.plan.schema.fields.length);
    expect(result.versions).toEqual([]);
    expect(result.snapshot).toBeUndefined();
  });

  it("reads the same plan on Word on the web, where controls inside tables are not listed (office-js #2040), still in one sync", async () => {
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
    expect(syncs).toBe(1);
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
});
