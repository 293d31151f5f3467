import { refusalWords } from "../../src/plan/messages";
import { setMonth, setText } from "../../src/plan/changes";
import { formatTag } from "../../src/plan/tags";
import {
  inlineControlXml,
  openDocument,
  syncsOf,
  templateBytes,
  withDocumentXml,
} from "../support/documents";

const note = formatTag({ kind: "testo", testo: "note" });
const istituto = formatTag({ kind: "campo", campo: "istituto" });

/** The template with ISTITUTO's inline control moved out of its table into a paragraph of its own. */
async function istitutoOutsideTables(): Promise<Uint8Array> {
  return withDocumentXml(templateBytes(), (xml) => {
    const control = inlineControlXml(xml, istituto);
    const firstTable = xml.indexOf("<w:tbl>");
    const moved = xml.replace(control, "");
    return `${moved.slice(0, firstTable)}<w:p>${control}</w:p>${moved.slice(firstTable)}`;
  });
}

describe("the document layer on Word on the web (web-stress profile)", () => {
  it("reads back on the web exactly what the desktop wrote, and writes what the host lets it write", async () => {
    const desktop = await openDocument(templateBytes());
    const blank = await desktop.document.readPlan();
    const year = blank.plan.schema.years[0]!;
    await desktop.document.applyChanges(blank.plan, [
      ...setMonth(blank.plan, "4.1", year, "mag", true),
      ...setText(
        blank.plan,
        formatTag({ kind: "descrizione", azione: "2.2", voce: "tutor" }),
        "Incontri mensili",
      ),
    ]);
    const written = await desktop.document.readPlan();
    const web = await openDocument(await desktop.word.save(), "web-stress");
    const read = await web.document.readPlan();
    expect(read.plan.values).toEqual(written.plan.values);
    const month = await web.document.applyChanges(read.plan, setMonth(read.plan, "4.1", year, "giu", true));
    expect(month.written).toEqual([]);
    expect(month.refused).toEqual([expect.objectContaining({ reason: "unreachable" })]);
    expect(refusalWords(month.refused[0]!).todo).toMatch(/Word per il desktop.*«X»/);
    const text = await web.document.applyChanges(read.plan, setText(read.plan, note, "Nota dal web"));
    expect(text.written).toEqual([note]);
    const after = await web.document.readPlan();
    expect(after.plan.values.get(note)).toEqual({ kind: "text", text: "Nota dal web" });
    expect(after.plan.values.get(formatTag({ kind: "mese", row: "4.1", year, month: "giu" }))).toEqual({
      kind: "mark",
      marked: false,
    });
  });

  it("refuses, on the web, to overwrite a text typed after the pane read it", async () => {
    const web = await openDocument(templateBytes(), "web-stress");
    const { plan } = await web.document.readPlan();
    await web.word.Word.run(async (context) => {
      context.document.contentControls.getByTag(note).getFirst().insertText("Scritta a mano", "Replace");
      await context.sync();
    });
    const result = await web.document.applyChanges(plan, setText(plan, note, "Dal pannello"));
    expect(result).toEqual({
      written: [],
      refused: [expect.objectContaining({ tag: note, reason: "changed" })],
      readBack: new Map(),
    });
  });

  it("reports which fields landed when the host refuses an inline control at sync (office-js #191), and the next read shows the truth", async () => {
    const web = await openDocument(await istitutoOutsideTables(), "web-stress");
    const { plan } = await web.document.readPlan();
    expect(plan.sources.get(istituto)).toBe("control");
    const changes = [...setText(plan, note, "Prima nota"), ...setText(plan, istituto, "IIS Fermi")];
    const { result, syncs } = await syncsOf(web.word, () => web.document.applyChanges(plan, changes));
    expect(syncs).toBe(3);
    expect(result.written).toEqual([note]);
    expect(result.refused).toEqual([expect.objectContaining({ tag: istituto, reason: "host-refused" })]);
    expect(result.refused[0]!.label).toBe("ISTITUTO");
    const after = await web.document.readPlan();
    expect(after.plan.values.get(note)).toEqual({ kind: "text", text: "Prima nota" });
    expect(after.plan.values.get(istituto)).toEqual({ kind: "line", text: "" });
  });
});
