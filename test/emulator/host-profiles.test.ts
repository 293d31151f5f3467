/** The "web-stress" profile combines Word on the web's documented trouble of 2017–2021; "desktop" and "web" do not. */
/* eslint-disable office-addins/no-navigational-load -- false positives: the rules take "$none", scalar properties and *OrNullObject properties for navigation loads or unloaded reads (reference facts §5); some reads before sync are deliberate, to show they throw. */
import { EmulatedWord, type HostProfile, MESSAGES, PROFILES, WEB_REFUSAL_TODAY } from "../../src/emulator";
import { everyShapeDocx } from "../support/wordml";

async function open(profile: HostProfile): Promise<EmulatedWord> {
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

describe("web-stress: controls inside table cells are missing (office-js #2040)", () => {
  test("contentControls leaves out the controls in table cells, but lists a control that wraps a table", async () => {
    expect(await tags(await open("web-stress"))).toEqual([
      "body.block",
      "table.block",
      "locked.delete",
      "locked.edit",
      "dup",
      "dup",
    ]);
  });

  test("getByTag does not find a control in a table cell", async () => {
    const word = await open("web-stress");
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

  test("Table.values still work on web-stress", async () => {
    const word = await open("web-stress");
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

describe("web-stress: inline controls cannot be changed (office-js #191)", () => {
  const NOT_ALLOWED = {
    name: "RichApi.Error",
    code: "NotAllowed",
    message:
      "The action isn’t supported in Word Online. Check the OfficeExtension.Error.debugInfo for more information.",
  };

  test("insertText on an inline control fails at sync with NotAllowed", async () => {
    const word = await open("web-stress");
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
    const word = await open("web-stress");
    await expect(
      word.Word.run(async (context) => {
        context.document.contentControls.getByTag("dup").getFirst().title = "t";
        await context.sync();
      }),
    ).rejects.toMatchObject({ ...NOT_ALLOWED, debugInfo: { errorLocation: "ContentControl.title" } });
  });

  test("a block control can still be changed on web-stress", async () => {
    const word = await open("web-stress");
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

describe("web-stress: requirement sets", () => {
  test("web-stress supports WordApi 1.3 and not 1.4", async () => {
    const { isSetSupported } = (await open("web-stress")).Office.context.requirements;
    expect([isSetSupported("WordApi", "1.3"), isSetSupported("WordApi", 1.4)]).toEqual([true, false]);
  });

  test("a WordApi 1.5 member fails at sync with ApiNotFound on web-stress", async () => {
    const word = await open("web-stress");
    await expect(
      word.Word.run(async (context) => {
        context.document.body.getContentControls().load("items/tag");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("web: Word on the web as today's documentation describes it", () => {
  test("web supports WordApi 1.9, as the requirement-set tables list", async () => {
    const { isSetSupported } = (await open("web")).Office.context.requirements;
    expect([isSetSupported("WordApi", "1.9"), isSetSupported("WordApi", "1.10")]).toEqual([true, false]);
  });

  test("web lists the controls in table cells", async () => {
    expect(await tags(await open("web"))).toContain("cell.inline");
  });

  test("web refuses with today's text (office-js #2241, #5732, #6865)", () => {
    expect(PROFILES.web.quirks.notAllowedMessage).toBe(WEB_REFUSAL_TODAY);
    expect(WEB_REFUSAL_TODAY.text).toMatch(/^The action isn't supported by Word in a browser\./);
  });
});

describe("every error message says where its text comes from", () => {
  const messages = [
    ...Object.values(MESSAGES).map((m) => (typeof m === "function" ? m("x") : m)),
    ...Object.values(PROFILES).map((p) => p.quirks.notAllowedMessage),
  ];

  test.each(messages.map((m) => [m.text.slice(0, 40), m]))("%s…", (_, message) => {
    expect(message.source).toMatch(/^(office-js(-docs-reference)? #\d+|office\.js \d|invented)/);
  });

  test("a raised error carries its message's source", async () => {
    const word = await open("web-stress");
    await expect(
      word.Word.run(async (context) => {
        context.document.contentControls.getByTag("dup").getFirst().insertText("x", "Replace");
        await context.sync();
      }),
    ).rejects.toMatchObject({ messageSource: "office-js #191" });
  });
});
