import fc from "fast-check";
import { buildTemplate } from "../../../src/docx/build";
import { readDocumentReading } from "../../../src/docx/read";
import { DEFAULT_TEXT_VIEW, type TextView } from "../../../src/docx/word-text";
import { createSchema } from "../../../src/plan/fields";
import { interpretDocument } from "../../../src/plan/read";
import { schemaOfDocument } from "../../../src/plan/schema-of";
import { findVersionTable } from "../../../src/plan/versioning";
import { openPlan } from "../../support/generate";
import { everyShapeDocx } from "../../support/wordml";
import { emulatedReading } from "./emulated-reading";
import { ODD_DOCUMENTS, oddDocumentDocx } from "./odd-shapes";
import { loadTemplate, multiParagraphPlan, randomPlan, withVersions } from "./plans";
import { mainPart, wordBodies, wordDocx } from "./wordml-arbitrary";

const SHOWING_DELETIONS: TextView = { deletedText: true };
const VIEWS: readonly TextView[] = [DEFAULT_TEXT_VIEW, SHOWING_DELETIONS];

async function expectSameReading(bytes: Uint8Array): Promise<void> {
  const [fast, emulated] = await Promise.all([readDocumentReading(bytes), emulatedReading(bytes)]);
  expect(fast).toEqual(emulated);
}

describe("readDocumentReading gives what the emulated desktop Word gives readPlan", () => {
  test("for any generated body, in either view of tracked deletions", async () => {
    await fc.assert(
      fc.asyncProperty(wordBodies, async (body) => {
        const bytes = wordDocx(body);
        for (const view of VIEWS) {
          const [fast, emulated] = await Promise.all([
            readDocumentReading(bytes, view),
            emulatedReading(bytes, view),
          ]);
          if (JSON.stringify(fast) !== JSON.stringify(emulated))
            throw new Error(
              `the readers differ (deletedText ${view.deletedText}) on ${mainPart(body)}:\n` +
                `${JSON.stringify(fast)}\nvs\n${JSON.stringify(emulated)}`,
            );
        }
      }),
      { numRuns: 100, seed: 20170901 },
    );
  }, 120_000);

  test("for a body with tracked changes, deleted text shows only in the view that shows deletions", async () => {
    const cell = `<w:tc><w:p><w:r><w:t>resta</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText> tolto</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t> messo</w:t></w:r></w:ins></w:p></w:tc>`;
    const body = `<w:sdt><w:sdtPr><w:tag w:val="c"/></w:sdtPr><w:sdtContent><w:tbl><w:tr>${cell}</w:tr></w:tbl></w:sdtContent></w:sdt>`;
    const bytes = wordDocx(body);
    const hidden = await readDocumentReading(bytes);
    const shown = await readDocumentReading(bytes, SHOWING_DELETIONS);
    expect(hidden).toEqual({ controls: [{ tag: "c", text: "resta messo" }], tables: [[["resta messo"]]] });
    expect(shown).toEqual({
      controls: [{ tag: "c", text: "resta tolto messo" }],
      tables: [[["resta tolto messo"]]],
    });
    expect(await emulatedReading(bytes, SHOWING_DELETIONS)).toEqual(shown);
  });

  test("for a body with a field, the result shows and the instruction does not", async () => {
    const field =
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
      `<w:fldSimple w:instr=" DATE "><w:r><w:t>, oggi</w:t></w:r></w:fldSimple>`;
    const bytes = wordDocx(
      `<w:sdt><w:sdtPr><w:tag w:val="f"/></w:sdtPr><w:sdtContent><w:p>${field}</w:p></w:sdtContent></w:sdt>`,
    );
    for (const view of VIEWS)
      expect((await readDocumentReading(bytes, view)).controls).toEqual([{ tag: "f", text: "3, oggi" }]);
  });

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
