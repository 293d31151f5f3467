/**
 * Word's selection as the emulator keeps it: `Document.getSelection()` (WordApi 1.1), the controls
 * in a range and the control holding it (1.1, 1.3). The emulator assumes a selection is held by
 * the element around it, so a span of several controls reads as their nearest common container;
 * the conformance kit's selection cases are where real Word answers.
 */
import { EmulatedWord, type HostProfile } from "../../src/emulator";
import { officeJsClient } from "../support/office-js";
import { docx, everyShapeBody } from "../support/wordml";

type Client = "emulator" | "office-js";

async function open(profile: HostProfile = "desktop") {
  return EmulatedWord.open(await docx(everyShapeBody()), { profile });
}

function wordOf(word: EmulatedWord, client: Client) {
  return client === "emulator" ? word.Word : officeJsClient(word).Word;
}

/** What the selection holds: the tag of the control around it and the tags of the controls in it. */
async function selectionOf(word: EmulatedWord, client: Client) {
  return wordOf(word, client).run(async (context) => {
    const parent = context.document.getSelection().parentContentControlOrNullObject.load("tag");
    const inside = context.document.getSelection().contentControls.load("items/tag");
    await context.sync();
    return { parent: parent.isNullObject ? null : parent.tag, inside: inside.items.map((c) => c.tag) };
  });
}

async function selectControl(word: EmulatedWord, client: Client, tag: string) {
  await wordOf(word, client).run(async (context) => {
    context.document.contentControls.getByTag(tag).getFirst().select();
    await context.sync();
  });
}

describe.each(["emulator", "office-js"] as const)("the selection, through the %s client", (client) => {
  it("starts in the first paragraph, where Word puts the cursor when it opens a document", async () => {
    const word = await open();
    expect(await selectionOf(word, client)).toEqual({ parent: "body.block", inside: [] });
  });

  it("is the control a batch selected, inside a table cell too, and lists no control in it", async () => {
    const word = await open();
    await selectControl(word, client, "cell.inline");
    expect(await selectionOf(word, client)).toEqual({ parent: "cell.inline", inside: [] });
  });

  it("spanning two controls lists both among the controls in it", async () => {
    const word = await open();
    await wordOf(word, client).run(async (context) => {
      const first = context.document.contentControls.getByTag("locked.delete").getFirst().getRange();
      const last = context.document.contentControls.getByTag("locked.edit").getFirst().getRange();
      first.expandTo(last).select();
      await context.sync();
    });
    const { parent, inside } = await selectionOf(word, client);
    expect(parent).toBeNull();
    expect(inside).toEqual(expect.arrayContaining(["locked.delete", "locked.edit"]));
  });

  it.each([
    ["desktop", "cell.block"],
    ["web-stress", null],
  ] as const)(
    "on %s, names as the control around a paragraph in a table cell's block control %s (the stress profile hides it, office-js #2040)",
    async (profile, parent) => {
      const word = await open(profile);
      await wordOf(word, client).run(async (context) => {
        const paragraphs = context.document.body.paragraphs.load("items/text");
        await context.sync();
        paragraphs.items.find((paragraph) => paragraph.text === "Testo in cella")?.select();
        await context.sync();
      });
      expect(await selectionOf(word, client)).toEqual({ parent, inside: [] });
    },
  );

  it("goes back to the first paragraph when what held it is deleted", async () => {
    const word = await open();
    await selectControl(word, client, "dup");
    await word.Word.run(async (context) => {
      context.document.contentControls.getByTag("dup").getFirst().delete(false);
      await context.sync();
    });
    expect(await selectionOf(word, client)).toEqual({ parent: "body.block", inside: [] });
  });
});
