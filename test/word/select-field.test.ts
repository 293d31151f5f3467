import type { EmulatedWord } from "../../src/emulator";
import { formatTag } from "../../src/plan/tags";
import { DocumentError } from "../../src/word/port";
import { openDocument, syncsOf, templateBytes, withDocumentXml } from "../support/documents";
import { zipText } from "../support/zip";

async function documentXml(word: EmulatedWord): Promise<string> {
  return zipText(await word.save(), "word/document.xml")!;
}

const note = formatTag({ kind: "testo", testo: "note" });
const obiettivo = formatTag({ kind: "descrizione", azione: "2.3", voce: "obiettivo" });

describe("selectField", () => {
  it("selects the control with the tag in one sync and changes nothing in the document", async () => {
    const { word, document } = await openDocument(templateBytes());
    const selected: string[] = [];
    word.onControlSelected((tag) => selected.push(tag));
    const before = await documentXml(word);
    const { syncs } = await syncsOf(word, () => document.selectField(obiettivo));
    expect(syncs).toBe(1);
    expect(selected).toEqual([obiettivo]);
    expect(await documentXml(word)).toBe(before);
  });

  it("reaches a free text outside the tables too", async () => {
    const { word, document } = await openDocument(templateBytes());
    const selected: string[] = [];
    word.onControlSelected((tag) => selected.push(tag));
    await document.selectField(note);
    expect(selected).toEqual([note]);
  });

  it("says field-not-found, in one sync, when the control is no longer in the document", async () => {
    const bytes = await withDocumentXml(templateBytes(), (xml) =>
      xml.replace(`w:val="${note}"`, 'w:val="someone-else:note"'),
    );
    const { word, document } = await openDocument(bytes);
    const selected: string[] = [];
    word.onControlSelected((tag) => selected.push(tag));
    const { result, syncs } = await syncsOf(word, () =>
      document.selectField(note).catch((error: unknown) => error),
    );
    expect(syncs).toBe(1);
    expect(result).toBeInstanceOf(DocumentError);
    expect(result).toMatchObject({ code: "field-not-found" });
    expect(selected).toEqual([]);
  });

  it("says field-not-found on Word on the web, where controls inside tables are not listed (office-js #2040; the emulator assumes getByTag follows the same listing)", async () => {
    const { document } = await openDocument(templateBytes(), "web-stress");
    await expect(document.selectField(obiettivo)).rejects.toMatchObject({ code: "field-not-found" });
    await expect(document.selectField(note)).resolves.toBeUndefined();
  });
});
