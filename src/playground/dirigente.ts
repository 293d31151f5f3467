/**
 * What the dirigente's typing does to the document, written as Word.js so that the emulator treats
 * it exactly like an edit in Word: the control's text is replaced and the control selected, which
 * fires DocumentSelectionChanged and makes the panel re-read. Under "web-stress", controls inside
 * tables are not listed, so the lookup fails at sync with the host's own error (ItemNotFound).
 */
import type { EmulatedWord } from "../emulator";

export async function typeIntoControl(word: EmulatedWord, tag: string, text: string): Promise<void> {
  await word.Word.run(async (context) => {
    const control = context.document.contentControls.getByTag(tag).getFirst();
    control.insertText(text, "Replace");
    control.select();
    await context.sync();
  });
}
