import type { FieldChange } from "../plan/changes";
import type { Plan } from "../plan/read";
import type { ApplyResult, WriteRefusal } from "../plan/refusals";
import type { Tag } from "../plan/tags";
import { isUnreadable, normaliseText } from "../plan/values";
import { DocumentError, officeErrorCode } from "./errors";
import type { WordHost } from "./host";

type Attempt = { readonly change: FieldChange; readonly control: Word.ContentControl };

function byTag(controls: readonly Word.ContentControl[]): Map<string, Word.ContentControl[]> {
  const map = new Map<string, Word.ContentControl[]>();
  for (const control of controls) map.set(control.tag, [...(map.get(control.tag) ?? []), control]);
  return map;
}

/** Decides, in plain code after the first sync, which changes may be written. */
function triage(plan: Plan, changes: readonly FieldChange[], controls: Map<string, Word.ContentControl[]>) {
  const attempts: Attempt[] = [];
  const refused: WriteRefusal[] = [];
  for (const change of changes) {
    const found = controls.get(change.tag) ?? [];
    const refuse = (reason: WriteRefusal["reason"], current?: string) =>
      refused.push({
        tag: change.tag,
        label: change.label,
        reason,
        ...(current === undefined ? {} : { current }),
      });
    const [control] = found;
    if (!control) refuse(plan.sources.get(change.tag) === "table-cell" ? "unreachable" : "missing");
    else if (found.length > 1) refuse("duplicate");
    else if (normaliseText(control.text) !== normaliseText(change.expected)) refuse("changed", control.text);
    else if (isUnreadable(change.kind, control.text)) refuse("unreadable", control.text);
    else attempts.push({ change, control });
  }
  return { attempts, refused };
}

/**
 * Writes a batch of picker edits. Sync 1 reads every control; plain code keeps only the changes
 * whose control still holds what the panel read and no text a person typed that is not a value (a
 * "sì" in a mark); sync 2 writes them. If the host refuses the write (Word on the web and inline
 * controls, office-js #191), a third sync re-reads the targets, because Word stops a batch at the
 * failing operation and the ones before it have landed: the result then says exactly which fields
 * were written.
 */
export async function applyChanges(
  host: WordHost,
  plan: Plan,
  changes: readonly FieldChange[],
): Promise<ApplyResult> {
  if (changes.length === 0) return { written: [], refused: [] };
  return host.run(async (context) => {
    const controls = context.document.contentControls.load("items/tag,items/text");
    await context.sync();
    const { attempts, refused } = triage(plan, changes, byTag(controls.items));
    for (const { change, control } of attempts) control.insertText(change.next, "Replace");
    if (attempts.length === 0) return { written: [], refused };
    try {
      await context.sync();
      return { written: attempts.map(({ change }) => change.tag), refused };
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

/** After a refused batch: which of the attempted writes did land. */
async function reconcile(
  context: Word.RequestContext,
  attempts: readonly Attempt[],
  refused: readonly WriteRefusal[],
): Promise<ApplyResult> {
  const after = context.document.contentControls.load("items/tag,items/text");
  try {
    await context.sync();
  } catch (reread) {
    throw new DocumentError("host-failed", "Word refused the write and then the re-read", reread);
  }
  const now = byTag(after.items);
  const written: Tag[] = [];
  const notWritten: WriteRefusal[] = [...refused];
  for (const { change } of attempts) {
    const current = now.get(change.tag)?.[0]?.text;
    if (current !== undefined && normaliseText(current) === normaliseText(change.next))
      written.push(change.tag);
    else
      notWritten.push({
        tag: change.tag,
        label: change.label,
        reason: "host-refused",
        ...(current === undefined ? {} : { current }),
      });
  }
  return { written, refused: notWritten };
}
