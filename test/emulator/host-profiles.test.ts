/** The "web-legacy" profile reproduces Word on the web's documented trouble; "desktop" does not. */
/* eslint-disable office-addins/no-navigational-load -- false positives: the rules take "$none", scalar properties and *OrNullObject properties for navigation loads or unloaded reads (reference facts §5); some reads before sync are deliberate, to show they throw. */
import { EmulatedWord } from "../../src/emulator";
import { everyShapeDocx } from "./fixtures";

async function open(profile: "desktop" | "web-legacy"): Promise<EmulatedWord> {
  return EmulatedWord.open(await everyShapeDocx(), { profile });
}

async function tags(word: EmulatedWord): Promise<string[]> {
  return word.Word.run(async (context) => {
    const controls = context.document.contentControls;
    controls.load("items/tag");
    await context.sync();
    return controls.items.map((c) => c.tag);
  });
}

describe("web-legacy: controls inside table cells are missing (office-js #2040)", () => {
  test("contentControls leaves out the controls in table cells, but lists a control that wraps a table", async () => {
    expect(await tags(await open("web-legacy"))).toEqual([
      "body.block",
      "table.block",
      "locked.delete",
      "locked.edit",
      "dup",
      "dup",
    ]);
  });

  test("getByTag does not find a control in a table cell", async () => {
    const word = await open("web-legacy");
    const isNull = await word.Word.run(async (context) => {
      const cc = context.document.contentControls.getByTag("cell.block").getFirstOrNullObject();
      cc.load("$none");
      await context.sync();
      return cc.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  test("desktop lists the controls in table cells", async () => {
    expect(await tags(await open("desktop"))).toContain("cell.inline");
  });

  test("Table.values still work on web-legacy", async () => {
    const word = await open("web-legacy");
    const values = await word.Word.run(async (context) => {
      const t = context.document.body.tables.getFirst();
      t.load("values");
      await context.sync();
      return t.values;
    });
    expect(values).toEqual([
      ["Azione 1.1", "Anno: X"],
      ["Azione 1.2", "Testo in cella"],
    ]);
  });
});

describe("web-legacy: inline controls cannot be changed (office-js #191)", () => {
  const NOT_ALLOWED = {
    name: "RichApi.Error",
    code: "NotAllowed",
    message:
      "The action isn’t supported in Word Online. Check the OfficeExtension.Error.debugInfo for more information.",
  };

  test("insertText on an inline control fails at sync with NotAllowed", async () => {
    const word = await open("web-legacy");
    await expect(
      word.Word.run(async (context) => {
        context.document.contentControls.getByTag("dup").getFirst().insertText("x", "Replace");
        await context.sync();
      }),
    ).rejects.toMatchObject({
      ...NOT_ALLOWED,
      debugInfo: { code: "NotAllowed", errorLocation: "ContentControl.insertText" },
    });
  });

  test("setting a property of an inline control fails at sync with NotAllowed", async () => {
    const word = await open("web-legacy");
    await expect(
      word.Word.run(async (context) => {
        context.document.contentControls.getByTag("dup").getFirst().title = "t";
        await context.sync();
      }),
    ).rejects.toMatchObject({ ...NOT_ALLOWED, debugInfo: { errorLocation: "ContentControl.title" } });
  });

  test("a block control can still be changed on web-legacy", async () => {
    const word = await open("web-legacy");
    const text = await word.Word.run(async (context) => {
      const cc = context.document.contentControls.getByTag("body.block").getFirst();
      cc.insertText("ok", "Replace");
      cc.load("text");
      await context.sync();
      return cc.text;
    });
    expect(text).toBe("ok");
  });

  test("the same inline edit succeeds on desktop", async () => {
    const word = await open("desktop");
    await word.Word.run(async (context) => {
      context.document.contentControls.getByTag("dup").getFirst().insertText("x", "Replace");
      await context.sync();
    });
  });
});

describe("web-legacy: requirement sets", () => {
  test("web-legacy supports WordApi 1.3 and not 1.4", async () => {
    const { isSetSupported } = (await open("web-legacy")).Office.context.requirements;
    expect([isSetSupported("WordApi", "1.3"), isSetSupported("WordApi", 1.4)]).toEqual([true, false]);
  });

  test("a WordApi 1.5 member fails at sync with ApiNotFound on web-legacy", async () => {
    const word = await open("web-legacy");
    await expect(
      word.Word.run(async (context) => {
        context.document.body.getContentControls().load("items/tag");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
