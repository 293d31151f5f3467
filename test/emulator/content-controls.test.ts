/**
 * Finding content controls the way Word does: rich-text-only collections, typed lookup,
 * getFirst/getFirstOrNullObject, types and subtypes.
 */
/* eslint-disable office-addins/no-navigational-load, office-addins/call-sync-before-read, office-addins/load-object-before-read -- false positives: the rules take "$none", scalar properties and *OrNullObject properties for navigation loads or unloaded reads (reference facts §5); some reads before sync are deliberate, to show they throw. */
import { EmulatedWord } from "../../src/emulator";
import { control, docx, everyShapeDocx, paragraph, run } from "../support/wordml";

async function open(): Promise<EmulatedWord> {
  return EmulatedWord.open(await everyShapeDocx());
}

async function tagsOf(
  word: EmulatedWord,
  pick: (context: Word.RequestContext) => Word.ContentControlCollection,
): Promise<string[]> {
  return word.Word.run(async (context) => {
    const controls = pick(context);
    controls.load("items/tag");
    await context.sync();
    return controls.items.map((c) => c.tag);
  });
}

describe("rich-text-only collections (office-js #2160, #6144; typings: 'collection of rich text content control objects')", () => {
  test("document.contentControls lists rich-text controls only, in document order, nested and in tables included", async () => {
    const tags = await tagsOf(await open(), (c) => c.document.contentControls);
    expect(tags).toEqual([
      "body.block",
      "cell.inline",
      "cell.block",
      "table.block",
      "locked.delete",
      "locked.edit",
      "dup",
      "dup",
    ]);
  });

  test("a plain-text control is NOT found by contentControls.getByTag (office-js #2160, #6144)", async () => {
    const tags = await tagsOf(await open(), (c) => c.document.contentControls.getByTag("plain"));
    expect(tags).toEqual([]);
  });

  test("a checkbox control is not in body.contentControls either (office-js #2160)", async () => {
    const tags = await tagsOf(await open(), (c) => c.document.body.contentControls.getByTag("check"));
    expect(tags).toEqual([]);
  });

  test("getContentControls({ types }) sees plain-text and checkbox controls (WordApi 1.5)", async () => {
    const tags = await tagsOf(await open(), (c) =>
      c.document.body.getContentControls({ types: ["PlainText", "CheckBox"] as Word.ContentControlType[] }),
    );
    expect(tags).toEqual(["plain", "check"]);
  });

  test("getByTag returns every control with a duplicated tag", async () => {
    const word = await open();
    const texts = await word.Word.run(async (context) => {
      const dups = context.document.contentControls.getByTag("dup");
      dups.load("items/text");
      await context.sync();
      return dups.items.map((c) => c.text);
    });
    expect(texts).toEqual(["primo", "secondo"]);
  });

  test("getByTitle matches w:alias", async () => {
    const tags = await tagsOf(await open(), (c) => c.document.contentControls.getByTitle("Criticità"));
    expect(tags).toEqual(["body.block"]);
  });

  test("duplicate w:id values are renumbered, as Word does on open, so ids are unique", async () => {
    const word = await open();
    const ids = await word.Word.run(async (context) => {
      const dups = context.document.contentControls.getByTag("dup");
      dups.load("items/id");
      await context.sync();
      return dups.items.map((c) => c.id);
    });
    expect(new Set(ids).size).toBe(2);
    expect(ids[0]).toBe(18);
  });
});

describe("getFirst and null objects (learn.microsoft.com: *OrNullObject methods and properties)", () => {
  test("getFirst on an empty collection fails at sync with ItemNotFound", async () => {
    const word = await open();
    let queued = false;
    const outcome = word.Word.run(async (context) => {
      const first = context.document.contentControls.getByTag("assente").getFirst();
      first.load("text");
      queued = true;
      await context.sync();
    });
    await expect(outcome).rejects.toMatchObject({
      code: "ItemNotFound",
      debugInfo: { errorLocation: "ContentControlCollection.getFirst" },
    });
    expect(queued).toBe(true);
  });

  test("getFirstOrNullObject gives isNullObject true for a missing control", async () => {
    const word = await open();
    const isNull = await word.Word.run(async (context) => {
      const first = context.document.contentControls.getByTag("assente").getFirstOrNullObject();
      first.load("$none");
      await context.sync();
      return first.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  test("getFirstOrNullObject gives isNullObject false and the loaded values for a present control", async () => {
    const word = await open();
    const result = await word.Word.run(async (context) => {
      const first = context.document.contentControls.getByTag("cell.inline").getFirstOrNullObject();
      first.load("text");
      await context.sync();
      return { isNull: first.isNullObject, text: first.text };
    });
    expect(result).toEqual({ isNull: false, text: "X" });
  });

  test("reading isNullObject needs a load and a sync, as in Office.js", async () => {
    const word = await open();
    await word.Word.run(async (context) => {
      const first = context.document.contentControls.getByTag("assente").getFirstOrNullObject();
      expect(() => first.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      first.load("$none");
      expect(() => first.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(first.isNullObject).toBe(true);
    });
  });

  test("changing a null object fails at sync with ItemNotFound", async () => {
    const word = await open();
    await expect(
      word.Word.run(async (context) => {
        context.document.contentControls
          .getByTag("assente")
          .getFirstOrNullObject()
          .insertText("x", "Replace");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("type and subtype (Word.ContentControlType, WordApi 1.3 subtype)", () => {
  test.each([
    ["body.block", "RichText", "RichTextParagraphs"],
    ["cell.inline", "RichText", "RichTextInline"],
    ["cell.block", "RichText", "RichTextParagraphs"],
    ["table.block", "RichText", "RichTextTable"],
    ["plain", "PlainText", "PlainTextInline"],
    ["check", "CheckBox", "CheckBox"],
  ])("control %s has type %s and subtype %s", async (tag, type, subtype) => {
    const word = await open();
    const got = await word.Word.run(async (context) => {
      const all = context.document.body.getContentControls();
      all.load("items/tag,items/type,items/subtype");
      await context.sync();
      const cc = all.items.find((c) => c.tag === tag);
      return cc ? [cc.type, cc.subtype] : null;
    });
    expect(got).toEqual([type, subtype]);
  });

  test("a control in a table cell reports its parent cell (parentTableCellOrNullObject)", async () => {
    const word = await open();
    const cell = await word.Word.run(async (context) => {
      const cc = context.document.contentControls.getByTag("cell.inline").getFirst();
      const parent = cc.parentTableCellOrNullObject;
      parent.load("rowIndex,cellIndex,value");
      await context.sync();
      return {
        isNull: parent.isNullObject,
        rowIndex: parent.rowIndex,
        cellIndex: parent.cellIndex,
        value: parent.value,
      };
    });
    expect(cell).toEqual({ isNull: false, rowIndex: 0, cellIndex: 1, value: "Anno: X" });
  });

  test("a control outside tables has a null parent cell", async () => {
    const word = await EmulatedWord.open(await docx(control({ tag: "t" }, paragraph(run("x")))));
    const isNull = await word.Word.run(async (context) => {
      const parent = context.document.contentControls.getFirst().parentTableCellOrNullObject;
      parent.load("$none");
      await context.sync();
      return parent.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  test("placeholderText is Word's default placeholder when the control has no docPart (office-js #1515)", async () => {
    const word = await open();
    const text = await word.Word.run(async (context) => {
      const cc = context.document.contentControls.getFirst();
      cc.load("placeholderText");
      await context.sync();
      return cc.placeholderText;
    });
    expect(text).toBe("Fare clic o toccare qui per immettere il testo.");
  });
});
