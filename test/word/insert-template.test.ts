import { buildTemplate } from "../../src/docx/build";
import type { EmulatedWord } from "../../src/emulator";
import { createSchema } from "../../src/plan/fields";
import { base64Of } from "../../src/word/base64";
import { INSERT_FILE_LIMIT_BYTES } from "../../src/word/insert-template";
import { DocumentError } from "../../src/word/port";
import { openDocument, syncsOf, templateBytes } from "../support/documents";
import { zipText } from "../support/zip";
import { foreignDocx } from "../support/plans";

async function documentXml(word: EmulatedWord): Promise<string> {
  return zipText(await word.save(), "word/document.xml")!;
}

const EMPTY_PARAGRAPH = "<w:p/>";

describe("insertTemplate", () => {
  it("turns a blank document into the template in two syncs, and the plan then reads whole", async () => {
    const { word, document } = await openDocument(await foreignDocx(EMPTY_PARAGRAPH));
    const { syncs } = await syncsOf(word, () => document.insertTemplate(base64Of(templateBytes())));
    expect(syncs).toBe(2);
    const reading = await document.readPlan();
    expect(reading.plan.problems).toEqual([]);
    expect(reading.plan.values.size).toBe(reading.plan.schema.fields.length);
    const reopened = await openDocument(await word.save());
    expect((await reopened.document.readPlan()).plan.values).toEqual(reading.plan.values);
  });

  it("inserts a template built for other school years, which the plan then reads with those years", async () => {
    const bytes = await buildTemplate(createSchema([{ start: 2025 }, { start: 2026 }, { start: 2027 }]));
    const { document } = await openDocument(await foreignDocx(EMPTY_PARAGRAPH));
    await document.insertTemplate(base64Of(bytes));
    const reading = await document.readPlan();
    expect(reading.plan.schema.years.map((year) => year.start)).toEqual([2025, 2026, 2027]);
    expect(reading.plan.problems).toEqual([]);
  });

  it("leaves the template's footer behind, as Word does (headers and footers are not carried)", async () => {
    const { word, document } = await openDocument(await foreignDocx(EMPTY_PARAGRAPH));
    await document.insertTemplate(base64Of(templateBytes()));
    const xml = await documentXml(word);
    expect(xml).toContain("<w:sectPr");
    expect(xml).not.toContain("footerReference");
  });

  it.each([
    ["a paragraph of text", undefined],
    [
      "an empty table",
      '<w:tbl><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:p/>',
    ],
    [
      "an empty content control",
      '<w:sdt><w:sdtPr><w:tag w:val="someone:else"/></w:sdtPr><w:sdtContent><w:p/></w:sdtContent></w:sdt><w:p/>',
    ],
  ])("refuses a document holding %s in one sync and leaves it as it was", async (_, body) => {
    const { word, document } = await openDocument(await foreignDocx(body));
    const before = await documentXml(word);
    const { result, syncs } = await syncsOf(word, () =>
      document.insertTemplate(base64Of(templateBytes())).catch((error: unknown) => error),
    );
    expect(syncs).toBe(1);
    expect(result).toBeInstanceOf(DocumentError);
    expect(result).toMatchObject({ code: "document-not-blank" });
    expect(await documentXml(word)).toBe(before);
  });

  it("refuses the template itself: a filled plan is never replaced", async () => {
    const { document } = await openDocument(templateBytes());
    await expect(document.insertTemplate(base64Of(templateBytes()))).rejects.toMatchObject({
      code: "document-not-blank",
    });
  });

  it("keeps the official template far below the 4 MB Word takes through insertFileFromBase64", () => {
    expect(templateBytes().length).toBeLessThan(INSERT_FILE_LIMIT_BYTES / 10);
  });
});

describe("base64Of", () => {
  it("encodes as Node does, across the chunk boundary", () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, index) => (index * 31) % 256);
    expect(base64Of(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});
