/**
 * The emulator's own Word client and Microsoft's office.js client (in front of the emulator's
 * RichApi host) must behave alike wherever the add-in could tell them apart. Each case here is one
 * of the places where they once differed; both clients run it.
 */
/* eslint-disable office-addins/no-navigational-load -- the rule takes any name it does not know for a navigation property: "tag" (a false positive) and "noSuchProperty" (unknown on purpose) */
import vm from "node:vm";
import { EmulatedWord } from "../../../src/emulator";
import type { WordNamespace } from "../../../src/word/host";
import { officeJsClient } from "../../support/office-js";
import { control, docx, paragraph, run } from "../../support/wordml";

const CLIENTS: Readonly<Record<string, (word: EmulatedWord) => WordNamespace>> = {
  "the emulator's client": (word) => word.Word,
  "office.js 1.1.110": (word) => officeJsClient(word).Word,
};

async function open(): Promise<EmulatedWord> {
  return EmulatedWord.open(await docx(control({ tag: "uno" }, paragraph(run("Alfa")))));
}

function thrown(action: () => unknown): unknown {
  try {
    action();
    return undefined;
  } catch (error) {
    return error;
  }
}

/** Compiled outside any module, so in sloppy mode, as a script in a page may be. */
const sloppyAssignText = vm.runInThisContext("(function (control) { control.text = 'Beta'; })") as (
  control: Word.ContentControl,
) => void;

describe.each(Object.keys(CLIENTS))("%s", (client) => {
  const wordOf = CLIENTS[client]!;

  test("a batch that returns no promise fails with RunMustReturnPromise (office.js ResourceStrings)", async () => {
    const Word = wordOf(await open());
    const batch = ((context: Word.RequestContext) => {
      context.document.contentControls.load("items/tag");
    }) as unknown as (context: Word.RequestContext) => Promise<void>;
    await expect(Word.run(batch)).rejects.toMatchObject({ code: "RunMustReturnPromise" });
  });

  test("an object used after its Word.run still works: its path is sent again and evaluated again", async () => {
    const Word = wordOf(await open());
    const first = await Word.run(async (context) => {
      const found = context.document.contentControls.getFirst();
      found.load("tag");
      await context.sync();
      return found;
    });
    first.load("text");
    await first.context.sync();
    expect([first.tag, first.text]).toEqual(["uno", "Alfa"]);
  });

  test("an unknown property fails at sync, not at load: office.js sends the names it is given unchecked", async () => {
    const Word = wordOf(await open());
    await Word.run(async (context) => {
      const first = context.document.contentControls.getFirst();
      expect(thrown(() => first.load("noSuchProperty"))).toBeUndefined();
      await expect(context.sync()).rejects.toThrow(/noSuchProperty/);
    });
  });

  test("assigning a read-only property is a TypeError in strict code and ignored in sloppy code", async () => {
    const Word = wordOf(await open());
    await Word.run(async (context) => {
      const first = context.document.contentControls.getFirst();
      const strict = thrown(() => {
        (first as { text: string }).text = "Beta";
      });
      expect(strict).toMatchObject({ name: "TypeError" });
      expect(thrown(() => sloppyAssignText(first))).toBeUndefined();
      first.load("text");
      await context.sync();
      expect(first.text).toBe("Alfa");
    });
  });
});

describe.each(Object.keys(CLIENTS))("%s, against the host as Word is documented", (client) => {
  const wordOf = CLIENTS[client]!;

  test("a bad argument fails at sync, after the batch's earlier commands have landed (OfficeExtension.Error docs, traceMessages example)", async () => {
    const word = await open();
    const Word = wordOf(word);
    await expect(
      Word.run(async (context) => {
        const first = context.document.contentControls.getFirst();
        first.title = "prima";
        first.insertText(42 as unknown as string, "Replace");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    const title = await word.Word.run(async (context) => {
      const first = context.document.contentControls.getFirst().load("title");
      await context.sync();
      return first.title;
    });
    expect(title).toBe("prima");
  });

  test("an injected GeneralException fails the sync with Word's code and the operation's location", async () => {
    const word = await EmulatedWord.open(await docx(control({ tag: "uno" }, paragraph(run("Alfa")))), {
      quirks: { failingOperations: ["ContentControl.insertText"] },
    });
    const Word = wordOf(word);
    await expect(
      Word.run(async (context) => {
        context.document.contentControls.getFirst().insertText("Beta", "Replace");
        await context.sync();
      }),
    ).rejects.toMatchObject({
      code: "GeneralException",
      debugInfo: { errorLocation: "ContentControl.insertText" },
    });
  });
});
