import { DocxReadError, readAddinSettings, readDocumentReading } from "../../../src/docx/read";
import { EmulatedWord } from "../../../src/emulator";
import { docx } from "../../support/wordml";
import { withDocumentXml } from "../../support/documents";
import { rewriteZip } from "../../support/zip";

function withoutPart(bytes: Uint8Array, path: string): Uint8Array {
  return rewriteZip(bytes, {}, [path]);
}

async function failure(read: Promise<unknown>): Promise<Error> {
  const error = await read.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof Error)) throw new Error("the read did not fail");
  return error;
}

describe("readDocumentReading refuses what it cannot read, with a short message", () => {
  test("bytes that are not a zip archive", async () => {
    const error = await failure(readDocumentReading(new TextEncoder().encode("not a zip")));
    expect(error).toBeInstanceOf(DocxReadError);
    expect(error.message).toMatch(/^not a zip archive/);
  });

  test("a zip without word/document.xml", async () => {
    const error = await failure(readDocumentReading(withoutPart(await docx(""), "word/document.xml")));
    expect(error).toBeInstanceOf(DocxReadError);
    expect(error.message).toBe("word/document.xml missing");
  });

  test("a zip without [Content_Types].xml, which the emulator does not open either", async () => {
    const bytes = withoutPart(await docx(""), "[Content_Types].xml");
    await expect(readDocumentReading(bytes)).rejects.toThrow(DocxReadError);
    await expect(EmulatedWord.open(bytes)).rejects.toThrow();
  });

  test.each([
    ["a tag that is not closed", (xml: string) => xml.replace("</w:body>", "")],
    ["end tags that do not match", (xml: string) => xml.replace("</w:body>", "</w:corpo>")],
    [
      "an unknown entity",
      (xml: string) => xml.replace("<w:body>", "<w:body><w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p>"),
    ],
    ["an unbound prefix", (xml: string) => xml.replace("<w:body>", "<w:body><x:p/>")],
    ["text after the root element", (xml: string) => `${xml}coda`],
    ["an empty part", () => ""],
  ])("malformed XML: %s (the emulator refuses it too)", async (_name, edit) => {
    const bytes = await withDocumentXml(await docx("<w:p/>"), edit);
    const error = await failure(readDocumentReading(bytes));
    expect(error).toBeInstanceOf(DocxReadError);
    expect(error.message).toMatch(/^word\/document\.xml: /);
    expect(error.message.length).toBeLessThan(120);
    await expect(
      EmulatedWord.open(bytes).then((word) => word.Word.run(async () => undefined)),
    ).rejects.toThrow();
  });

  test("a main part without w:body", async () => {
    const bytes = await withDocumentXml(await docx(""), (xml) => xml.replace(/<w:body>.*<\/w:body>/s, ""));
    await expect(readDocumentReading(bytes)).rejects.toThrow(
      "word/document.xml: the main part has no w:body",
    );
    await expect(EmulatedWord.open(bytes)).rejects.toThrow("has no w:body");
  });

  test("readAddinSettings refuses bytes that are not a zip archive", async () => {
    await expect(readAddinSettings(new Uint8Array([1, 2, 3]))).rejects.toThrow(DocxReadError);
  });
});
