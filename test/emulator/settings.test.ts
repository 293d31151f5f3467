/**
 * Office.context.document.settings, persisted where Word keeps them: the web-extension part.
 * Microsoft's Office.Settings docs: "The developer is responsible for calling the saveAsync method
 * after adding or deleting settings to save the settings in the document."
 */
import { EmulatedWord, type AsyncResult, DEFAULT_ADDIN_REFERENCE } from "../../src/emulator";
import { ADDIN_ID } from "../../src/plan/addin";
import { everyShapeDocx, partBytes, partText } from "../support/wordml";

const OTHER_ADDIN = { ...DEFAULT_ADDIN_REFERENCE, id: "11111111-2222-3333-4444-555555555555" };

/** A document where another add-in saved a setting of its own. */
async function withForeignPart(): Promise<Uint8Array> {
  const other = await EmulatedWord.open(await everyShapeDocx(), { addin: OTHER_ADDIN });
  other.Office.context.document.settings.set("altro.dato", "suo");
  await saveSettings(other);
  return other.save();
}

function saveSettings(word: EmulatedWord): Promise<AsyncResult<void>> {
  return new Promise((resolve) => word.Office.context.document.settings.saveAsync(resolve));
}

describe("Office.context.document.settings", () => {
  test("get returns null for a setting that was never set", async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    expect(word.Office.context.document.settings.get("assente")).toBeNull();
  });

  test("settings saved with saveAsync survive save() and open() again", async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    const settings = word.Office.context.document.settings;
    settings.set("pgs.anni", ["2017/2018", "2018/2019"]);
    settings.set("pgs.versione", 3);
    const result = await saveSettings(word);
    expect(result.status).toBe(word.Office.AsyncResultStatus.Succeeded);

    const reopened = await EmulatedWord.open(await word.save());
    expect(reopened.Office.context.document.settings.get("pgs.anni")).toEqual(["2017/2018", "2018/2019"]);
    expect(reopened.Office.context.document.settings.get("pgs.versione")).toBe(3);
  });

  test("a set without saveAsync is lost on save and reopen (Office.Settings docs)", async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    word.Office.context.document.settings.set("pgs.bozza", true);
    const reopened = await EmulatedWord.open(await word.save());
    expect(reopened.Office.context.document.settings.get("pgs.bozza")).toBeNull();
  });

  test("remove followed by saveAsync deletes the setting from the document", async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    const settings = word.Office.context.document.settings;
    settings.set("a", 1);
    settings.set("b", 2);
    await saveSettings(word);
    settings.remove("a");
    await saveSettings(word);
    const reopened = await EmulatedWord.open(await word.save());
    expect(reopened.Office.context.document.settings.get("a")).toBeNull();
    expect(reopened.Office.context.document.settings.get("b")).toBe(2);
  });

  test("settings are stored as JSON we:property values in word/webextensions/webextension1.xml, reachable from the package", async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    word.Office.context.document.settings.set("pgs.scuola", "RMIS00100X");
    await saveSettings(word);
    const saved = await word.save();
    expect(await partText(saved, "word/webextensions/webextension1.xml")).toContain(
      '<we:property name="pgs.scuola" value="&quot;RMIS00100X&quot;"/>',
    );
    expect(await partText(saved, "_rels/.rels")).toContain(
      'Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="word/webextensions/taskpanes.xml"',
    );
    expect(await partText(saved, "word/webextensions/_rels/taskpanes.xml.rels")).toContain(
      'Target="webextension1.xml"',
    );
    const types = await partText(saved, "[Content_Types].xml");
    expect(types).toContain(
      'PartName="/word/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"',
    );
    expect(types).toContain(
      'PartName="/word/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"',
    );
  });

  test("saving twice reuses the existing web-extension part", async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    word.Office.context.document.settings.set("x", 1);
    await saveSettings(word);
    const reopened = await EmulatedWord.open(await word.save());
    reopened.Office.context.document.settings.set("y", 2);
    await saveSettings(reopened);
    const saved = await reopened.save();
    expect((await partText(saved, "_rels/.rels")).match(/webextensiontaskpanes/g)).toHaveLength(1);
    const again = await EmulatedWord.open(saved);
    expect([
      again.Office.context.document.settings.get("x"),
      again.Office.context.document.settings.get("y"),
    ]).toEqual([1, 2]);
  });
});

describe("settings belong to the add-in whose manifest Id the part names", () => {
  test("the emulator's default add-in is this add-in's manifest Id", () => {
    expect(DEFAULT_ADDIN_REFERENCE.id).toBe(ADDIN_ID);
  });

  test("another add-in's only part is not read as this add-in's settings", async () => {
    const word = await EmulatedWord.open(await withForeignPart());
    expect(word.Office.context.document.settings.get("altro.dato")).toBeNull();
  });

  test("saving this add-in's settings leaves another add-in's part byte for byte and docks a part of its own", async () => {
    const foreign = await withForeignPart();
    const before = await partBytes(foreign);
    const word = await EmulatedWord.open(foreign);
    word.Office.context.document.settings.set("pgs.mio", 1);
    await saveSettings(word);
    const saved = await word.save();
    const after = await partBytes(saved);
    expect(after.get("word/webextensions/webextension1.xml")).toEqual(
      before.get("word/webextensions/webextension1.xml"),
    );
    expect(await partText(saved, "word/webextensions/webextension2.xml")).toContain(`id="${ADDIN_ID}"`);
    const taskpanes = await partText(saved, "word/webextensions/taskpanes.xml");
    expect(taskpanes.match(/<wetp:taskpane /g)).toHaveLength(2);
    expect((await partText(saved, "_rels/.rels")).match(/webextensiontaskpanes/g)).toHaveLength(1);

    const reopenedByOther = await EmulatedWord.open(saved, { addin: OTHER_ADDIN });
    expect(reopenedByOther.Office.context.document.settings.get("altro.dato")).toBe("suo");
    expect(reopenedByOther.Office.context.document.settings.get("pgs.mio")).toBeNull();
    const reopened = await EmulatedWord.open(saved);
    expect(reopened.Office.context.document.settings.get("pgs.mio")).toBe(1);
  });
});

describe("Office.context.document events and requirements", () => {
  test("select() fires DocumentSelectionChanged handlers added with addHandlerAsync", async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    const fired: string[] = [];
    await new Promise<void>((resolve) =>
      word.Office.context.document.addHandlerAsync(
        word.Office.EventType.DocumentSelectionChanged,
        (e) => fired.push(e.type),
        () => resolve(),
      ),
    );
    await word.Word.run(async (context) => {
      context.document.contentControls.getByTag("cell.inline").getFirst().select();
      await context.sync();
    });
    await Promise.resolve();
    expect(fired).toEqual(["documentSelectionChanged"]);
  });

  test("removeHandlerAsync stops the notifications", async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    const fired: string[] = [];
    const doc = word.Office.context.document;
    doc.addHandlerAsync(word.Office.EventType.DocumentSelectionChanged, (e) => fired.push(e.type));
    doc.removeHandlerAsync(word.Office.EventType.DocumentSelectionChanged);
    await word.Word.run(async (context) => {
      context.document.contentControls.getFirst().select();
      await context.sync();
    });
    await Promise.resolve();
    expect(fired).toEqual([]);
  });

  test("desktop supports WordApi up to 1.9", async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    const { isSetSupported } = word.Office.context.requirements;
    expect([
      isSetSupported("WordApi", "1.3"),
      isSetSupported("WordApi", "1.9"),
      isSetSupported("WordApi", "1.10"),
    ]).toEqual([true, true, false]);
  });

  test("Office members the emulator does not implement throw 'not emulated'", async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    const doc = word.Office.context.document as unknown as Record<string, unknown>;
    expect(() => doc["customXmlParts"]).toThrow("not emulated: Office.Document.customXmlParts");
  });
});
