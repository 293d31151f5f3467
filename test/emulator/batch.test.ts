/**
 * The Office.js batch model: proxies, a queue, and sync. References: "Call Office JavaScript APIs"
 * (load/sync, learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model) and
 * OfficeExtension.Error (code PropertyNotLoaded).
 */
/* eslint-disable office-addins/no-empty-load, office-addins/no-navigational-load, office-addins/call-sync-before-read, office-addins/load-object-before-read -- these tests commit on purpose what the rules forbid (empty and navigational loads, reads before load/sync) to show the emulator answers like Office.js; the rest are the rules' false positives on scalar names (reference facts §5). */
import { EmulatedWord, ERROR_CODES, NotEmulatedError, OfficeExtensionError } from "../../src/emulator";
import { control, docx, everyShapeDocx, paragraph, run } from "../support/wordml";

async function open(): Promise<EmulatedWord> {
  return EmulatedWord.open(await everyShapeDocx());
}

describe("load and sync", () => {
  test("reading a property that was not loaded throws PropertyNotLoaded shaped like OfficeExtension.Error", async () => {
    const word = await open();
    const error = await word.Word.run(async (context) => {
      const controls = context.document.contentControls;
      controls.load("items/tag");
      await context.sync();
      try {
        void controls.items[0]?.text;
        return null;
      } catch (e) {
        return e;
      }
    });
    expect(error).toBeInstanceOf(OfficeExtensionError);
    expect(error).toMatchObject({
      name: "RichApi.Error",
      code: ERROR_CODES.propertyNotLoaded,
      debugInfo: { code: "PropertyNotLoaded", errorLocation: "ContentControl.text" },
    });
  });

  test("a loaded property is not readable before sync, as in Office.js", async () => {
    const word = await open();
    await word.Word.run(async (context) => {
      const controls = context.document.contentControls;
      controls.load("items/tag");
      expect(() => controls.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(controls.items.length).toBeGreaterThan(0);
    });
  });

  test.each([
    ["a comma-separated string", "items/tag,items/text"],
    ["an array", ["tag", "text"]],
    ["a select object", { select: "tag,text" }],
    ["a property bag", { tag: true, text: true }],
  ])("load accepts %s (Office.js load options)", async (_label, option) => {
    const word = await open();
    const first = await word.Word.run(async (context) => {
      const controls = context.document.contentControls;
      controls.load(option as string);
      await context.sync();
      const cc = controls.items[0];
      return cc ? { tag: cc.tag, text: cc.text } : null;
    });
    expect(first).toEqual({ tag: "body.block", text: "Prima riga\rSeconda riga" });
  });

  test("context.load(object, select) is the same as object.load(select)", async () => {
    const word = await open();
    const tags = await word.Word.run(async (context) => {
      const controls = context.document.contentControls;
      context.load(controls, "items/tag");
      await context.sync();
      return controls.items.map((c) => c.tag);
    });
    expect(tags).toContain("body.block");
  });

  test("an empty load() loads the scalar properties", async () => {
    const word = await open();
    const cc = await word.Word.run(async (context) => {
      const first = context.document.contentControls.getFirst();
      first.load();
      await context.sync();
      return { tag: first.tag, title: first.title, type: first.type, cannotEdit: first.cannotEdit };
    });
    expect(cc).toEqual({ tag: "body.block", title: "Criticità", type: "RichText", cannotEdit: false });
  });

  test("loading a navigation path loads the child collection (paragraphs/items/text)", async () => {
    const word = await open();
    const texts = await word.Word.run(async (context) => {
      const cc = context.document.contentControls.getFirst();
      cc.load("paragraphs/items/text");
      await context.sync();
      return cc.paragraphs.items.map((p) => p.text);
    });
    expect(texts).toEqual(["Prima riga", "Seconda riga"]);
  });

  test("writes through property setters are queued and change later reads", async () => {
    const word = await open();
    await word.Word.run(async (context) => {
      const cc = context.document.contentControls.getFirst();
      cc.title = "Nuovo titolo";
      expect(cc.title).toBe("Nuovo titolo"); // Office.js keeps the written value on the proxy
      await context.sync();
    });
    const title = await word.Word.run(async (context) => {
      const cc = context.document.contentControls.getFirst();
      cc.load("title");
      await context.sync();
      return cc.title;
    });
    expect(title).toBe("Nuovo titolo");
  });

  test("insertText followed by a load in the same batch reads the new text", async () => {
    const word = await open();
    const text = await word.Word.run(async (context) => {
      const cc = context.document.contentControls.getByTag("body.block").getFirst();
      cc.insertText("Nuovo", "Replace");
      cc.load("text");
      await context.sync();
      return cc.text;
    });
    expect(text).toBe("Nuovo");
  });

  test("assigning a read-only property throws TypeError, as Office.js getters do", async () => {
    const word = await open();
    await word.Word.run(async (context) => {
      const cc = context.document.contentControls.getFirst() as unknown as Record<string, unknown>;
      expect(() => {
        cc["text"] = "x";
      }).toThrow(TypeError);
    });
  });
});

describe("sync counting (DESIGN invariant 4: round trips are counted)", () => {
  test("one Word.run with one explicit sync and no trailing operations counts one sync", async () => {
    const word = await open();
    word.resetStats();
    await word.Word.run(async (context) => {
      context.document.contentControls.load("items/tag");
      await context.sync();
    });
    expect(word.stats.syncs).toBe(1);
  });

  test("Word.run syncs once more when operations are still queued at the end", async () => {
    const word = await open();
    word.resetStats();
    await word.Word.run(async (context) => {
      const controls = context.document.contentControls;
      controls.load("items/tag");
      await context.sync();
      controls.getFirst().title = "x";
    });
    expect(word.stats.syncs).toBe(2);
  });

  test("an empty sync still counts as a round trip", async () => {
    const word = await open();
    word.resetStats();
    await word.Word.run(async (context) => {
      await context.sync();
    });
    expect(word.stats.syncs).toBe(1);
  });

  test("applying operations counts the XML nodes touched", async () => {
    const word = await open();
    word.resetStats();
    await word.Word.run(async (context) => {
      context.document.contentControls.load("items/tag");
      await context.sync();
    });
    expect(word.stats.nodesTouched).toBeGreaterThan(0);
  });
});

describe("strictness beyond office-addin-mock", () => {
  test("a member the emulator does not implement throws 'not emulated: Type.member'", async () => {
    const word = await open();
    await word.Word.run(async (context) => {
      const cc = context.document.contentControls.getFirst();
      expect(() => cc.font).toThrow(new NotEmulatedError("ContentControl.font"));
      expect(() => context.document.sections).toThrow("not emulated: Document.sections");
    });
  });

  test("a failing operation rejects sync, keeps earlier operations and drops later ones", async () => {
    const word = await open();
    await expect(
      word.Word.run(async (context) => {
        const controls = context.document.contentControls;
        controls.getByTag("body.block").getFirst().title = "prima";
        controls.getByTag("nessuno").getFirst().title = "mai";
        controls.getByTag("dup").getFirst().title = "dopo";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    const titles = await word.Word.run(async (context) => {
      const controls = context.document.contentControls;
      controls.load("items/tag,items/title");
      await context.sync();
      return Object.fromEntries(controls.items.map((c) => [c.tag, c.title]));
    });
    expect(titles["body.block"]).toBe("prima");
    expect(titles["dup"]).toBe("");
  });

  test("a batch that throws does not apply its queued operations", async () => {
    const word = await EmulatedWord.open(await docx(control({ tag: "t" }, paragraph(run("prima")))));
    await expect(
      word.Word.run(async (context) => {
        context.document.contentControls.getFirst().insertText("dopo", "Replace");
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    const text = await word.Word.run(async (context) => {
      const cc = context.document.contentControls.getFirst();
      cc.load("text");
      await context.sync();
      return cc.text;
    });
    expect(text).toBe("prima");
  });
});
