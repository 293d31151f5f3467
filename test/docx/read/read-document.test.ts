import { buildTemplate } from "../../../src/docx/build";
import { readDocumentReading } from "../../../src/docx/read";
import { createSchema } from "../../../src/plan/fields";
import { interpretDocument } from "../../../src/plan/read";
import { schemaOfDocument } from "../../../src/plan/schema-of";
import { findVersionTable } from "../../../src/plan/versioning";
import { openPlan } from "../../../bench/generate";
import { everyShapeDocx } from "../../emulator/fixtures";
import { emulatedReading } from "./emulated-reading";
import { ODD_BODIES, ODD_DOCUMENTS, oddBodyDocx, oddDocumentDocx } from "./odd-shapes";
import { loadTemplate, multiParagraphPlan, randomPlan, withVersions } from "./plans";

async function expectSameReading(bytes: Uint8Array): Promise<void> {
  const [fast, emulated] = await Promise.all([readDocumentReading(bytes), emulatedReading(bytes)]);
  expect(fast).toEqual(emulated);
}

describe("readDocumentReading gives what the emulated desktop Word gives readPlan", () => {
  test("for the blank template", async () => {
    const bytes = await loadTemplate();
    await expectSameReading(bytes);
    const reading = await readDocumentReading(bytes);
    expect(reading.controls.length).toBeGreaterThan(1000);
    expect(reading.tables.length).toBeGreaterThan(20);
  });

  test("for a template built for other school years", async () => {
    await expectSameReading(
      await buildTemplate(createSchema([{ start: 2024 }, { start: 2025 }, { start: 2026 }])),
    );
  });

  test.each([1, 2, 3, 42])("for a plan filled with the benchmark's content, seed %i", async (seed) => {
    await expectSameReading(await randomPlan(seed));
  });

  test("for a plan whose texts hold several paragraphs, tabs and markup characters", async () => {
    await expectSameReading(await multiParagraphPlan());
  });

  test("for a plan with two versions recorded", async () => {
    const bytes = await withVersions(await randomPlan(5), 2);
    await expectSameReading(bytes);
    expect(
      findVersionTable((await readDocumentReading(bytes)).tables)?.rows.map((row) => row.number),
    ).toEqual(["1", "2"]);
  });

  test("for the emulator's fixture with every control shape (plain-text and checkbox controls are not listed)", async () => {
    const bytes = await everyShapeDocx();
    await expectSameReading(bytes);
    const tags = (await readDocumentReading(bytes)).controls.map((control) => control.tag);
    expect(tags).not.toContain("plain");
    expect(tags).not.toContain("check");
    expect(tags).toContain("table.block");
  });

  test.each(Object.entries(ODD_BODIES))("for a body with %s", async (_name, body) => {
    await expectSameReading(await oddBodyDocx(body));
  });

  test.each(Object.entries(ODD_DOCUMENTS))("for a main part with %s", async (_name, xml) => {
    await expectSameReading(await oddDocumentDocx(xml));
  });

  test("so the plan interpreted from it is the plan the document layer reads, versions included", async () => {
    const bytes = await withVersions(await multiParagraphPlan(), 1);
    const reading = await readDocumentReading(bytes);
    const plan = interpretDocument(schemaOfDocument(reading), reading);
    const layer = await (await openPlan(bytes)).document.readPlan();
    expect(plan).toEqual(layer.plan);
    expect(findVersionTable(reading.tables)?.rows ?? []).toEqual(layer.versions);
  });
});
