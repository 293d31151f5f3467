import { type ChangeEvent, type KeyboardEvent, useCallback, useRef, useState } from "react";

import type { FieldChange } from "../../plan/changes";
import type { Plan } from "../../plan/read";
import type { WriteRefusal } from "../../plan/refusals";
import type { Tag } from "../../plan/tags";
import { usePanelActions, usePanelSelector } from "../state";

/** What typed text asks of the document, or why it cannot be written (shown under the box). */
export type TypedChanges =
  | { readonly ok: true; readonly changes: readonly FieldChange[] }
  | { readonly ok: false; readonly message: string };

export type TypedFieldSpec = {
  readonly tag: Tag;
  /** What the document holds, as the box shows it. */
  readonly shown: (plan: Plan) => string;
  readonly changesFor: (plan: Plan, text: string) => TypedChanges;
};

/**
 * The reading a box is over: what it showed and the field's text in the document then. A box being
 * edited keeps showing what it was entered over, whatever a re-read brings meanwhile.
 */
type Over = { readonly shown: string; readonly text: string };

/**
 * An edit of one field: the typed text and the field's text in the reading it was typed over.
 * `armed` is true until the edit is sent: a blur or an Enter sends an armed edit once, never again.
 * `after` is the edit that was being sent when this one began: if that one lands, this one is over
 * what it wrote.
 */
type Edit = { readonly text: string; readonly base: string; readonly armed: boolean; readonly after?: Edit };

/** Why the box shows the document's value and not what was typed. */
export type NotSaved = { readonly refusal?: WriteRefusal };

/**
 * The one mechanism for a value typed in the pane that is written on blur or Enter.
 *
 * - Focus enters the box over the reading it shows. From then until the box loses focus, a re-read
 *   never changes what the box shows: the tutor's keystrokes land on what they saw. A newer
 *   document value is shown beside the box instead (`documentNow`).
 * - Typing starts or continues an edit over the reading the box was entered over.
 * - Blur or Enter sends the edit once. Its change expects the field's text in that reading, so if
 *   someone changed the field in the document since, the document layer refuses it.
 * - A refusal (or a failure) is final for that edit: it is dropped, the box shows what the document
 *   holds and is marked "not saved". Only a new keystroke starts a new edit, over that reading.
 */
export function useTypedField(spec: TypedFieldSpec) {
  const { apply, getState } = usePanelActions();
  const { tag, shown, changesFor } = spec;
  const stored = usePanelSelector((state) => (state.reading ? shown(state.reading.plan) : ""));
  const storedText = usePanelSelector((state) => state.reading?.plan.texts.get(tag) ?? "");
  const refusal = usePanelSelector((state) => state.unsaved.get(tag));
  const [over, setOver] = useState<Over | undefined>(undefined);
  const [edit, setEdit] = useState<Edit | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  /** The edit being sent, so Enter then blur sends once even before React re-renders. */
  const sending = useRef<Edit | undefined>(undefined);
  const focused = useRef(false);

  /** The newest reading, as a box entered now would be over it. */
  const newest = useCallback((): Over => {
    const plan = getState().reading?.plan;
    return plan ? { shown: shown(plan), text: plan.texts.get(tag) ?? "" } : { shown: "", text: "" };
  }, [getState, shown, tag]);

  // The values of the render the person is looking at: focus enters over exactly what was shown.
  const onFocus = useCallback(() => {
    focused.current = true;
    setOver((current) => current ?? { shown: stored, text: storedText });
  }, [stored, storedText]);

  const onChange = useCallback(
    (event: ChangeEvent<HTMLInputElement>) => {
      const text = event.target.value;
      setError(undefined);
      setFailed(false);
      setEdit((current) => {
        if (current?.armed) return { ...current, text };
        // A new edit: over the reading the box was entered over (a keystroke without focus, as a
        // script may send, is over the newest reading).
        const base = over?.text ?? storedText;
        const after = sending.current;
        return after ? { text, base, armed: true, after } : { text, base, armed: true };
      });
    },
    [over, storedText],
  );

  const commit = useCallback(() => {
    const plan = getState().reading?.plan;
    if (!edit?.armed || !plan || sending.current === edit) return;
    const checked = changesFor(plan, edit.text);
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    const sent = edit;
    sending.current = sent;
    setEdit({ ...sent, armed: false });
    void apply((latest) => {
      const latestCheck = changesFor(latest, sent.text);
      if (!latestCheck.ok) return [];
      // Checked against the reading the person typed over, not the newest one.
      return latestCheck.changes.map((change) =>
        change.tag === tag ? { ...change, expected: sent.base } : change,
      );
    }).then((result) => {
      sending.current = undefined;
      const now = newest();
      // Written or not, this edit is over; one typed since is a new edit and stays. If this one
      // landed, the newer one is over what it wrote; if not, it is over what this one was, and will
      // be refused in turn: it was typed over a value the document did not take.
      setEdit((current) => {
        if (!current?.armed) return undefined;
        return result === "written" && current.after === sent ? { ...current, base: now.text } : current;
      });
      // A box still being edited is now over the document as this write left it.
      setOver((current) => (current && focused.current ? now : current));
      setFailed(result === "failed");
    });
  }, [apply, changesFor, edit, getState, newest, tag]);

  const onBlur = useCallback(() => {
    focused.current = false;
    commit();
    setOver(undefined);
  }, [commit]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key === "Enter") commit();
    },
    [commit],
  );

  const notSaved: NotSaved | undefined =
    edit === undefined && (refusal !== undefined || failed) ? { refusal } : undefined;
  // While an edit is on its way the document is about to hold it: nothing to point out.
  const base = edit?.armed === false ? undefined : (edit?.base ?? over?.text);

  return {
    value: edit?.text ?? over?.shown ?? stored,
    error,
    notSaved,
    /** The document's value, when it changed since the box was entered: shown beside it, never in it. */
    documentNow: base !== undefined && base !== storedText ? stored : undefined,
    onChange,
    onFocus,
    onBlur,
    onKeyDown,
  };
}
