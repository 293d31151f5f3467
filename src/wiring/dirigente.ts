/**
 * Where the dirigente types: at this computer, in the Word the pane runs in (the selection moves,
 * Word fires DocumentSelectionChanged, the pane re-reads); or at another computer co-authoring the
 * same document, whose edits reach this Word without moving its selection, so the pane hears nothing
 * and holds an older reading until something makes it read (an assumption about co-authoring: the
 * event is documented for the user's own selection only).
 */
export type Typist = "here" | "co-author";

/**
 * What the dirigente's typing does to the document, written as Word.js so that the emulator treats
 * it exactly like an edit in Word: the control's text is replaced and the control selected, which
 * fires DocumentSelectionChanged and makes the panel re-read. Under "web-stress", controls inside
 * tables are not listed, so the lookup fails at sync with the host's own error (ItemNotFound).
 */
import type { EmulatedWord } from "../emulator";

export async function typeIntoControl(
  word: EmulatedWord,
  tag: string,
  text: string,
  typist: Typist = "here",
): Promise<void> {
  await word.Word.run(async (context) => {
    const control = context.document.contentControls.getByTag(tag).getFirst();
    control.insertText(text, "Replace");
    if (typist === "here") control.select();
    await context.sync();
  });
}
