import type { Plan } from "./read";
import { planAfterWrite } from "./read-back";
import { type Tag, VERSIONING_TAG, isOwnTag } from "./tags";

/** What the document layer read at Word's selection after a change hint. */
export type ControlsAtSelection = {
  /** The control holding the selection, then the controls inside it, with their text. */
  readonly selection: readonly { readonly tag: string; readonly text: string }[];
  /** Each tag watched since the last read, with the text of every control that carries it now. */
  readonly watched: readonly { readonly tag: string; readonly texts: readonly string[] }[];
};

/** The plan after a small read, and the tags to watch at the next hint. */
export type SelectionUpdate = { readonly plan: Plan; readonly watch: readonly string[] };

/**
 * The plan with the fields a small read saw, or undefined when only a whole read can tell: a
 * watched field gone or copied, the selection in the versioning table, a control of the
 * template's own kind that the plan does not know, or a field the last read did not find. A control that is not the template's is
 * ignored, as a whole read ignores it. Fields the small read did not see keep the text last read,
 * so a write still checks them against it and refuses what changed there unseen.
 */
export function planAtSelection(plan: Plan, read: ControlsAtSelection): SelectionUpdate | undefined {
  const texts = new Map<Tag, string>();
  for (const { tag, texts: copies } of read.watched) {
    const [text, ...others] = copies;
    if (text === undefined || others.length > 0 || !plan.texts.has(tag as Tag)) return undefined;
    texts.set(tag as Tag, text);
  }
  const watch: string[] = [];
  for (const { tag, text } of read.selection) {
    if (!isOwnTag(tag)) continue;
    if (tag === VERSIONING_TAG || !plan.texts.has(tag as Tag)) return undefined;
    texts.set(tag as Tag, text);
    watch.push(tag);
  }
  const changed = new Map([...texts].filter(([tag, text]) => plan.texts.get(tag) !== text));
  return { plan: changed.size === 0 ? plan : planAfterWrite(plan, changed), watch };
}
