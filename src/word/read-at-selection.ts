import type { ControlsAtSelection } from "../plan/selection-read";
import type { WordHost } from "./host";

/**
 * Queues, in the batch being built, the loads that say which controls Word's selection touches:
 * the control holding it (WordApi 1.3) and the controls inside it (1.1). Read the result after
 * the batch's sync.
 */
export function selectionLoads(context: Word.RequestContext): () => ControlsAtSelection["selection"] {
  const holding = context.document.getSelection().parentContentControlOrNullObject.load("tag,text");
  const inside = context.document.getSelection().contentControls.load("items/tag,items/text");
  return () => [
    ...(holding.isNullObject ? [] : [{ tag: holding.tag, text: holding.text }]),
    ...inside.items.map((control) => ({ tag: control.tag, text: control.text })),
  ];
}

/**
 * What a change hint may have changed, in one sync: the controls at Word's selection now, and
 * every control carrying one of the `watched` tags (where the selection was at the last read, so
 * an edit made there before the selection moved is seen too).
 */
export async function readAtSelection(
  host: WordHost,
  watched: readonly string[],
): Promise<ControlsAtSelection> {
  return host.run(async (context) => {
    const selection = selectionLoads(context);
    const earlier = watched.map((tag) => ({
      tag,
      copies: context.document.contentControls.getByTag(tag).load("items/text"),
    }));
    await context.sync();
    return {
      selection: selection(),
      watched: earlier.map(({ tag, copies }) => ({ tag, texts: copies.items.map((copy) => copy.text) })),
    };
  });
}
