/**
 * The reference: what the add-in's readPlan gets from our emulated desktop Word, with the same two
 * loads it queues (src/word/read-plan.ts).
 */
import type { DocxReading } from "../../../src/docx/read";
import { DEFAULT_TEXT_VIEW, type TextView } from "../../../src/docx/word-text";
import { EmulatedWord } from "../../../src/emulator";

/** The emulated desktop Word's reading, its texts as `view` shows them. */
export async function emulatedReading(
  bytes: Uint8Array,
  view: TextView = DEFAULT_TEXT_VIEW,
): Promise<DocxReading> {
  const word = await EmulatedWord.open(bytes, {
    profile: "desktop",
    quirks: { showsDeletedText: view.deletedText },
  });
  return word.Word.run(async (context) => {
    const controls = context.document.contentControls.load("items/tag,items/text");
    const tables = context.document.body.tables.load("items/values");
    await context.sync();
    return {
      controls: controls.items.map((control) => ({ tag: control.tag, text: control.text })),
      tables: tables.items.map((table) => table.values),
    };
  });
}

/** The emulator's settings bag for the names `names`, as `Office.context.document.settings.get` gives them. */
export async function emulatedSettings(
  bytes: Uint8Array,
  names: readonly string[],
): Promise<Record<string, unknown>> {
  const word = await EmulatedWord.open(bytes, { profile: "desktop" });
  const settings = word.Office.context.document.settings;
  return Object.fromEntries(names.map((name) => [name, settings.get(name)]));
}
