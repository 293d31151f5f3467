import { EmulatedWord } from "../../src/emulator";
import { refusalWords } from "../../src/plan/messages";
import { wordPlanDocument } from "../../src/word/port";
import { setCount, setMonth, setServiceLevel, setText, type FieldChange } from "../../src/plan/changes";
import type { FieldDef } from "../../src/plan/fields";
import type { Plan } from "../../src/plan/read";
import { formatTag } from "../../src/plan/tags";
import { planAfterWrite } from "../../src/plan/read-back";
import { PLANNING_MONTHS, SERVICE_LEVELS } from "../../src/plan/vocabulary";
import {
  inlineControlXml,
  openDocument,
  syncsOf,
  templateBytes,
  withDocumentXml,
  wordHostThrough,
} from "../support/documents";
import { zipText } from "../support/zip";

/** A value for every field: marks alternate, counts grow, texts have two paragraphs. */
function fillEverything(plan: Plan): FieldChange[] {
  return plan.schema.fields.flatMap((def: FieldDef, index) => {
    switch (def.key.kind) {
      case "livello": {
        const { row, year } = def.key;
        const level = SERVICE_LEVELS[((index / 3) % 3) | 0]!.id;
        return def.key.level === SERVICE_LEVELS[0]!.id ? setServiceLevel(plan, row, year, level) : [];
      }
      case "mese":
        return setMonth(plan, def.key.row, def.key.year, def.key.month, index % 2 === 0);
      case "alunni": {
        const result = setCount(plan, def.key.indirizzo, def.key.classe, String(index));
        return result.ok ? result.changes : [];
      }
      default:
        if (def.value === "date") return setText(plan, def.tag, "28/11/2026");
        if (def.value === "text") return setText(plan, def.tag, `Prima riga di ${def.label}\nSeconda riga`);
        return setText(plan, def.tag, `Valore di ${def.label}`);
    }
  });
}

async function documentXml(bytes: Uint8Array): Promise<string> {
  return zipText(bytes, "word/document.xml")!;
}

/** document.xml with the content of the controls of these tags cut out. */
function outsideControls(xml: string, tags: readonly string[]): string {
  return tags.reduce((text, tag) => {
    const at = text.indexOf(`w:val="${tag}"`);
    const start = text.indexOf("<w:sdtContent>", at);
    const end = text.indexOf("</w:sdtContent>", start);
    return `${text.slice(0, start)}<CUT/>${text.slice(end)}`;
  }, xml);
}

describe("applyChanges", () => {
  it("answers Word's GeneralException on the write (office-js #4251, #2815) with a host-failed error, not a refusal", async () => {
    const word = await EmulatedWord.open(templateBytes(), {
      quirks: { failingOperations: ["ContentControl.insertText"] },
    });
    const document = wordPlanDocument(wordHostThrough(word));
    const { plan } = await document.readPlan();
    const changes = setText(plan, formatTag({ kind: "campo", campo: "istituto" }), "Liceo Galilei");
    await expect(document.applyChanges(plan, changes)).rejects.toMatchObject({
      name: "DocumentError",
      code: "host-failed",
      cause: { code: "GeneralException" },
    });
  });

  it("fills every target in two syncs, and a reopened document reads back exactly what was written", async () => {
    const { word, document } = await openDocument(templateBytes());
    const blank = await document.readPlan();
    const changes = fillEverything(blank.plan);
    expect(changes.length).toBeGreaterThan(500);
    const { result, syncs } = await syncsOf(word, () => document.applyChanges(blank.plan, changes));
    expect(syncs).toBe(2);
    expect(result.refused).toEqual([]);
    expect(result.written).toHaveLength(changes.length);
    const filled = await document.readPlan();
    const reopened = await openDocument(await word.save());
    const reread = await reopened.document.readPlan();
    expect(reread.plan.problems).toEqual([]);
    expect(reread.plan.values).toEqual(filled.plan.values);
    for (const change of changes)
      expect(reread.plan.texts.get(change.tag)?.replace(/\r/g, "\n")).toBe(change.next);
  });

  it("leaves the XML outside the changed controls as it was", async () => {
    const before = templateBytes();
    const { word, document } = await openDocument(before);
    const { plan } = await document.readPlan();
    const year = plan.schema.years[0]!;
    const count = setCount(plan, "liceo", "V", "31");
    const changes = [...setMonth(plan, "3.2", year, "mar", true), ...(count.ok ? count.changes : [])];
    await document.applyChanges(plan, changes);
    const tags = changes.map((change) => change.tag);
    const after = outsideControls(await documentXml(await word.save()), tags);
    const original = outsideControls(await documentXml(before), tags);
    const at = [...after].findIndex((char, index) => char !== original[index]);
    expect(after === original ? "identical" : `differs at ${at}: ${after.slice(at - 60, at + 60)}`).toBe(
      "identical",
    );
  });
});

it("does nothing and syncs nothing when there is nothing to change", async () => {
  const { word, document } = await openDocument(templateBytes());
  const { plan } = await document.readPlan();
  const { result, syncs } = await syncsOf(word, () =>
    document.applyChanges(plan, setServiceLevel(plan, "1.1", plan.schema.years[0]!, null)),
  );
  expect(syncs).toBe(0);
  expect(result).toEqual({ written: [], refused: [], readBack: new Map() });
});

it("refuses to overwrite a field typed in after the pane read it, and withholds the rest of the gesture", async () => {
  const { word, document } = await openDocument(templateBytes());
  const { plan } = await document.readPlan();
  const obiettivo = formatTag({ kind: "descrizione", azione: "1.1", voce: "obiettivo" });
  const year = plan.schema.years[2]!;
  const changes = [...setText(plan, obiettivo, "Dal pannello"), ...setMonth(plan, "1.1", year, "gen", true)];
  await word.Word.run(async (context) => {
    context.document.contentControls
      .getByTag(obiettivo)
      .getFirst()
      .insertText("Scritto dal dirigente", "Replace");
    await context.sync();
  });
  const gennaio = formatTag({ kind: "mese", row: "1.1", year, month: "gen" });
  const result = await document.applyChanges(plan, changes);
  expect(result.written).toEqual([]);
  expect(result.refused).toEqual([
    expect.objectContaining({ tag: obiettivo, reason: "changed", current: "Scritto dal dirigente" }),
    expect.objectContaining({ tag: gennaio, reason: "withheld" }),
  ]);
  const after = await document.readPlan();
  expect(after.plan.values.get(obiettivo)).toEqual({ kind: "text", text: "Scritto dal dirigente" });
  expect(after.plan.values.get(gennaio)).toEqual({ kind: "mark", marked: false });
});

it("refuses to write a field whose control was deleted, and writes nothing else of the gesture", async () => {
  const { word, document } = await openDocument(templateBytes());
  const { plan } = await document.readPlan();
  const istituto = formatTag({ kind: "campo", campo: "istituto" });
  const pec = formatTag({ kind: "campo", campo: "pec" });
  await word.Word.run(async (context) => {
    const control = context.document.contentControls.getByTag(pec).getFirst();
    control.cannotDelete = false;
    control.delete(false);
    await context.sync();
  });
  const result = await document.applyChanges(plan, [
    ...setText(plan, pec, "scuola@pec.istruzione.it"),
    ...setText(plan, istituto, "IIS Galilei"),
  ]);
  expect(result.refused).toEqual([
    expect.objectContaining({ tag: pec, reason: "missing" }),
    expect.objectContaining({ tag: istituto, reason: "withheld" }),
  ]);
  expect(result.written).toEqual([]);
  expect((await document.readPlan()).plan.texts.get(istituto)).toBe(plan.texts.get(istituto));
});

it("refuses to write a field whose control was copied, so neither copy is overwritten", async () => {
  const email = formatTag({ kind: "campo", campo: "email" });
  const bytes = await withDocumentXml(templateBytes(), (xml) => {
    const control = inlineControlXml(xml, email);
    return xml.replace(
      control,
      control + control.replace(`<w:t xml:space="preserve"> </w:t>`, "<w:t>copia</w:t>"),
    );
  });
  const { document } = await openDocument(bytes);
  const { plan } = await document.readPlan();
  expect(plan.problems).toEqual([expect.objectContaining({ code: "duplicate-field", tag: email })]);
  const result = await document.applyChanges(plan, setText(plan, email, "info@scuola.it"));
  expect(result).toEqual({
    written: [],
    refused: [expect.objectContaining({ tag: email, reason: "duplicate" })],
    readBack: new Map(),
  });
  const after = await document.readPlan();
  expect(after.plan.texts.get(email)).toBe(" ");
});

describe("applyChanges and what a person typed in a mark", () => {
  it("never overwrites text that is not a mark, even after reading it, and says what to do", async () => {
    const { word, document } = await openDocument(templateBytes());
    const year = (await document.readPlan()).plan.schema.years[0]!;
    const attivazione = formatTag({ kind: "livello", row: "1.4", year, level: "attivazione" });
    await word.Word.run(async (context) => {
      context.document.contentControls.getByTag(attivazione).getFirst().insertText("sì", "Replace");
      await context.sync();
    });
    const { plan } = await document.readPlan();
    expect(plan.problems).toEqual([expect.objectContaining({ code: "unreadable-mark", tag: attivazione })]);
    const chosen = await document.applyChanges(plan, setServiceLevel(plan, "1.4", year, "attivazione"));
    expect(chosen).toEqual({
      written: [],
      refused: [expect.objectContaining({ tag: attivazione, reason: "unreadable", current: "sì" })],
      readBack: new Map(),
    });
    const other = await document.applyChanges(plan, setServiceLevel(plan, "1.4", year, "consolidamento"));
    const consolidamento = formatTag({ kind: "livello", row: "1.4", year, level: "consolidamento" });
    expect(other).toEqual({
      written: [consolidamento],
      refused: [],
      readBack: new Map([[consolidamento, "X"]]),
    });
    expect(refusalWords({ tag: attivazione, label: "L", reason: "unreadable", current: "sì" }).why).toContain(
      "«sì»",
    );
    const after = await document.readPlan();
    expect(after.plan.texts.get(attivazione)).toBe("sì");
  });
});

describe("a gesture lands whole or not at all", () => {
  it("leaves a year's Non richiesto marked when the Attivazione chosen instead holds «sì»", async () => {
    const { word, document } = await openDocument(templateBytes());
    const first = await document.readPlan();
    const year = first.plan.schema.years[1]!;
    const tagOf = (level: "attivazione" | "non-richiesto") =>
      formatTag({ kind: "livello", row: "2.1", year, level });
    await document.applyChanges(first.plan, setServiceLevel(first.plan, "2.1", year, "non-richiesto"));
    await word.Word.run(async (context) => {
      context.document.contentControls.getByTag(tagOf("attivazione")).getFirst().insertText("sì", "Replace");
      await context.sync();
    });
    const { plan } = await document.readPlan();
    const changes = setServiceLevel(plan, "2.1", year, "attivazione");
    expect(changes.map((change) => change.tag)).toEqual([tagOf("attivazione"), tagOf("non-richiesto")]);
    const result = await document.applyChanges(plan, changes);
    expect(result.written).toEqual([]);
    expect(result.refused).toEqual([
      expect.objectContaining({ tag: tagOf("attivazione"), reason: "unreadable", current: "sì" }),
      expect.objectContaining({ tag: tagOf("non-richiesto"), reason: "withheld" }),
    ]);
    const after = await document.readPlan();
    expect(after.plan.texts.get(tagOf("non-richiesto"))).toBe("X");
    expect(after.plan.texts.get(tagOf("attivazione"))).toBe("sì");
  });
});

describe("lean writes: a click loads only the controls it writes", () => {
  it("loads at most 3 controls in at most 2 syncs for one mark: the one it writes, before and after", async () => {
    const { word, document } = await openDocument(templateBytes());
    const { plan } = await document.readPlan();
    const year = plan.schema.years[0]!;
    word.resetStats();
    const result = await document.applyChanges(plan, setMonth(plan, "1.1", year, "set", true));
    expect(result.written).toHaveLength(1);
    expect(word.stats.syncs).toBeLessThanOrEqual(2);
    expect(word.stats.loaded.controls).toBeLessThanOrEqual(3);
    expect(word.stats.loads.map((load) => load.controls)).toEqual([1, 1]);
  });

  it("loads at most 36 controls for a 12-month span, whatever the size of the document", async () => {
    const { word, document } = await openDocument(templateBytes());
    const { plan } = await document.readPlan();
    const year = plan.schema.years[1]!;
    const span = PLANNING_MONTHS.flatMap((month) => setMonth(plan, "2.3", year, month.id, true));
    expect(span).toHaveLength(12);
    word.resetStats();
    const result = await document.applyChanges(plan, span);
    expect(result.written).toHaveLength(12);
    expect(word.stats.syncs).toBe(2);
    expect(word.stats.loaded.controls).toBeLessThanOrEqual(36);
  });

  it("returns what each written field holds after the write, and the plan updated from it matches a full read", async () => {
    const { document } = await openDocument(templateBytes());
    const { plan } = await document.readPlan();
    const year = plan.schema.years[0]!;
    const obiettivo = formatTag({ kind: "descrizione", azione: "3.1", voce: "obiettivo" });
    const count = setCount(plan, "tecnico", "IV", "1.250");
    const changes = [
      ...setText(plan, obiettivo, "Prima riga\nSeconda riga"),
      ...setServiceLevel(plan, "3.1", year, "attivazione"),
      ...(count.ok ? count.changes : []),
    ];
    const result = await document.applyChanges(plan, changes);
    expect([...result.readBack.keys()]).toEqual(result.written);
    expect(result.readBack.get(obiettivo)).toBe("Prima riga\rSeconda riga");
    const full = await document.readPlan();
    for (const tag of result.written) expect(result.readBack.get(tag)).toBe(full.plan.texts.get(tag));
    const updated = planAfterWrite(plan, result.readBack);
    expect(updated.values).toEqual(full.plan.values);
    expect(updated.texts).toEqual(full.plan.texts);
  });

  it("still refuses an edit the dirigente made to the same field after the last full read, when the pane updated from a read-back", async () => {
    const { word, document } = await openDocument(templateBytes());
    const { plan } = await document.readPlan();
    const year = plan.schema.years[0]!;
    const month = formatTag({ kind: "mese", row: "1.2", year, month: "ott" });
    const marked = await document.applyChanges(plan, setMonth(plan, "1.2", year, "ott", true));
    const afterClick = planAfterWrite(plan, marked.readBack);
    await word.Word.run(async (context) => {
      context.document.contentControls.getByTag(month).getFirst().insertText("sì, da ottobre", "Replace");
      await context.sync();
    });
    const result = await document.applyChanges(afterClick, setMonth(afterClick, "1.2", year, "ott", false));
    expect(result.written).toEqual([]);
    expect(result.refused).toEqual([
      expect.objectContaining({ tag: month, reason: "changed", current: "sì, da ottobre" }),
    ]);
    const after = await document.readPlan();
    expect(after.plan.texts.get(month)).toBe("sì, da ottobre");
  });
});
