import type { FieldChange } from "../plan/changes";
import type { Plan } from "../plan/read";
import type { ApplyResult, WriteRefusal } from "../plan/refusals";
import type { Tag } from "../plan/tags";
import { isUnreadable, normaliseText } from "../plan/values";
import { DocumentError, officeErrorCode } from "./errors";
import type { WordHost } from "./host";

/** A change and the controls carrying its tag, queued before the first sync. */
type Target = { readonly change: FieldChange; readonly found: Word.ContentControlCollection };
type Attempt = { readonly change: FieldChange; readonly control: Word.ContentControl };

/**
 * The controls of the changed tags only, one `getByTag` each, all queued for one sync. A click
 * then costs what it changes, not the document's 1,077 controls. `getByTag` and loading `text` on
 * its items are WordApi 1.1; Microsoft's ContentControlCollection reference shows this very
 * pattern (learn.microsoft.com/javascript/api/word/word.contentcontrolcollection). On a host that
 * does not list the controls inside tables (office-js #2040), `getByTag` finds none of them either,
 * so the web fallback below sees what the full listing saw.
 */
function queueTargets(context: Word.RequestContext, changes: readonly FieldChange[]): Target[] {
  return changes.map((change) => ({
    change,
    found: context.document.contentControls.getByTag(change.tag).load("items/text"),
  }));
}

/**
 * Decides, in plain code after the first sync, which changes may be written: all of them, or none
 * when any is refused, because the changes of one call are one gesture of the user and a gesture
 * applied in part leaves the plan in a state nobody chose (a year with no level at all).
 */
function triage(plan: Plan, targets: readonly Target[]) {
  const attempts: Attempt[] = [];
  const refused: WriteRefusal[] = [];
  for (const { change, found } of targets) {
    const refuse = (reason: WriteRefusal["reason"], current?: string) =>
      refused.push({
        tag: change.tag,
        label: change.label,
        reason,
        ...(current === undefined ? {} : { current }),
      });
    const [control] = found.items;
    if (!control) refuse(plan.sources.get(change.tag) === "table-cell" ? "unreachable" : "missing");
    else if (found.items.length > 1) refuse("duplicate");
    else if (normaliseText(control.text) !== normaliseText(change.expected)) refuse("changed", control.text);
    else if (isUnreadable(change.kind, control.text)) refuse("unreadable", control.text);
    else attempts.push({ change, control });
  }
  if (refused.length === 0) return { attempts, refused };
  const withheld = attempts.map(({ change }): WriteRefusal => ({
    tag: change.tag,
    label: change.label,
    reason: "withheld",
  }));
  return { attempts: [], refused: [...refused, ...withheld] };
}

/**
 * Writes the changes of one gesture. Sync 1 reads only the controls of the changed tags; plain
 * code checks that every control still holds what the panel read (`change.expected`, taken from the
 * last full read) and no text a person typed that is not a value (a "sì" in a mark), and writes
 * nothing unless all do; sync 2 writes them and, in the same batch, loads each written control's text after the write, so the
 * result says what the document now holds without reading the plan again. If the host refuses the
 * write (Word on the web and inline controls, office-js #191), a third sync re-reads the targets,
 * because Word stops a batch at the failing operation and the ones before it have landed: the
 * result then says exactly which fields were written.
 */
export async function applyChanges(
  host: WordHost,
  plan: Plan,
  changes: readonly FieldChange[],
): Promise<ApplyResult> {
  if (changes.length === 0) return { written: [], refused: [], readBack: new Map() };
  return host.run(async (context) => {
    const targets = queueTargets(context, changes);
    await context.sync();
    const { attempts, refused } = triage(plan, targets);
    if (attempts.length === 0) return { written: [], refused, readBack: new Map() };
    for (const { change, control } of attempts) {
      control.insertText(change.next, "Replace");
      // Operations run in order within a batch, so this load sees the text just written.
      control.load("text");
    }
    try {
      await context.sync();
      return {
        written: attempts.map(({ change }) => change.tag),
        refused,
        readBack: new Map(attempts.map(({ change, control }) => [change.tag, control.text])),
      };
    } catch (error) {
      const result = await reconcile(context, attempts, refused);
      if (result.written.length === 0 && !REFUSAL_CODES.has(officeErrorCode(error) ?? "")) {
        throw new DocumentError("host-failed", "Word failed while writing the plan", error);
      }
      return result;
    }
  });
}

/** Codes with which Word refuses an edit, as opposed to failing itself. */
const REFUSAL_CODES: ReadonlySet<string> = new Set(["NotAllowed", "AccessDenied", "InvalidArgument"]);

/** After a refused batch: which of the attempted writes did land, read back from the attempted tags only. */
async function reconcile(
  context: Word.RequestContext,
  attempts: readonly Attempt[],
  refused: readonly WriteRefusal[],
): Promise<ApplyResult> {
  const after = queueTargets(
    context,
    attempts.map(({ change }) => change),
  );
  try {
    await context.sync();
  } catch (reread) {
    throw new DocumentError("host-failed", "Word refused the write and then the re-read", reread);
  }
  const written: Tag[] = [];
  const readBack = new Map<Tag, string>();
  const notWritten: WriteRefusal[] = [...refused];
  for (const { change, found } of after) {
    const current = found.items[0]?.text;
    if (current !== undefined && normaliseText(current) === normaliseText(change.next)) {
      written.push(change.tag);
      readBack.set(change.tag, current);
    } else
      notWritten.push({
        tag: change.tag,
        label: change.label,
        reason: "host-refused",
        ...(current === undefined ? {} : { current }),
      });
  }
  return { written, refused: notWritten, readBack };
}
