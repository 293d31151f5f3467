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
 * An edit of one field: the typed text and the field's text in the reading it was typed over.
 * `armed` is true until the edit is sent: a blur or an Enter sends an armed edit once, never again.
 */
type Edit = { readonly text: string; readonly base: string; readonly armed: boolean };

/** Why the box shows the document's value and not what was typed. */
export type NotSaved = { readonly refusal?: WriteRefusal };

/**
 * The one mechanism for a value typed in the pane that is written on blur or Enter.
 *
 * - Typing (onChange) starts or continues an edit over the field's text in the newest reading.
 * - Blur or Enter sends the edit once. Its changes expect the text the edit was typed over, so if
 *   someone changed the field in the document meanwhile, the document layer refuses it.
 * - A refusal (or a failure) is final for that edit: it is dropped, the box shows what the document
 *   holds and is marked "not saved". Only a new keystroke starts a new edit, over the newest reading.
 */
export function useTypedField(spec: TypedFieldSpec) {
  const { apply, getState } = usePanelActions();
  const { tag, shown, changesFor } = spec;
  const stored = usePanelSelector((state) => (state.reading ? shown(state.reading.plan) : ""));
  const refusal = usePanelSelector((state) => state.unsaved.get(tag));
  const [edit, setEdit] = useState<Edit | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  /** The edit being sent, so Enter then blur sends once even before React re-renders. */
  const sending = useRef<Edit | undefined>(undefined);

  const onChange = useCallback(
    (event: ChangeEvent<HTMLInputElement>) => {
      const text = event.target.value;
      setError(undefined);
      setFailed(false);
      setEdit((current) => ({
        text,
        // A new edit (first keystroke, or after the last one was sent) is over the newest reading.
        base: current?.armed ? current.base : (getState().reading?.plan.texts.get(tag) ?? ""),
        armed: true,
      }));
    },
    [getState, tag],
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
      // Written or not, this edit is over; a new keystroke since then is a new edit and stays.
      setEdit((current) => (current?.armed ? current : undefined));
      setFailed(result === "failed");
    });
  }, [apply, changesFor, edit, getState, tag]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key === "Enter") commit();
    },
    [commit],
  );

  const notSaved: NotSaved | undefined =
    edit === undefined && (refusal !== undefined || failed) ? { refusal } : undefined;

  return {
    value: edit?.text ?? stored,
    error,
    notSaved,
    onChange,
    onBlur: commit,
    onKeyDown,
  };
}
