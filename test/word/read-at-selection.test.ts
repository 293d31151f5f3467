import { formatTag } from "../../src/plan/tags";
import { typeIntoControl } from "../../src/wiring/dirigente";
import { openDocument, syncsOf, templateBytes, withDocumentXml } from "../support/documents";

const dirigente = formatTag({ kind: "campo", campo: "dirigente" });
const comune = formatTag({ kind: "campo", campo: "comune" });
const month = formatTag({ kind: "mese", row: "2.1", year: { start: 2017 }, month: "gen" });

describe("readAtSelection", () => {
  it("gives, in one sync, the control the dirigente typed in and every control of a watched tag", async () => {
    const { word, document } = await openDocument(templateBytes());
    await typeIntoControl(word, comune, "Bari", "co-author");
    await typeIntoControl(word, dirigente, "Maria Rossi");
    const { result, syncs } = await syncsOf(word, () => document.readAtSelection([comune]));
    expect(syncs).toBe(1);
    expect(result).toEqual({
      selection: [{ tag: dirigente, text: "Maria Rossi" }],
      watched: [{ tag: comune, texts: ["Bari"] }],
    });
  });

  it("finds the control holding the selection inside a table cell", async () => {
    const { word, document } = await openDocument(templateBytes());
    await typeIntoControl(word, month, "X");
    expect((await document.readAtSelection([])).selection).toEqual([{ tag: month, text: "X" }]);
  });

  it("says a watched tag is gone with no text, so the plan asks for a whole read", async () => {
    const bytes = await withDocumentXml(templateBytes(), (xml) =>
      xml.replace(`w:val="${comune}"`, 'w:val="someone-else:comune"'),
    );
    const { document } = await openDocument(bytes);
    expect((await document.readAtSelection([comune])).watched).toEqual([{ tag: comune, texts: [] }]);
  });

  it("lets the whole read say where the selection was, for the next small read to look there again", async () => {
    const { word, document } = await openDocument(templateBytes());
    await typeIntoControl(word, dirigente, "Maria Rossi");
    expect((await document.readPlan()).selected).toEqual([dirigente]);
  });
});
