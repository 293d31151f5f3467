import { type ChangeEvent, type KeyboardEvent, useCallback, useRef, useState } from "react";

import { countOf, setCount } from "../../plan/changes";
import { formatTag } from "../../plan/tags";
import type { ClasseId, IndirizzoId } from "../../plan/vocabulary";
import { usePanelActions, usePanelSelector, useStrings } from "../state";

/**
 * One "alunni coinvolti" count: what the document holds, or what the user is typing. Invalid text
 * shows a validation message and writes nothing; valid text is written on blur or Enter. What the user
 * typed stays in the box until the document has it: a refused write keeps it, and never retries.
 */
export function useCountField(indirizzo: IndirizzoId, classe: ClasseId) {
  const strings = useStrings();
  const { apply, getState } = usePanelActions();
  const tag = formatTag({ kind: "alunni", indirizzo, classe });
  const label = usePanelSelector((state) => state.reading?.plan.schema.byTag.get(tag)?.label ?? tag);
  const stored = usePanelSelector((state) =>
    state.reading ? countOf(state.reading.plan, indirizzo, classe) : null,
  );
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  /** The text whose write is on its way, so Enter then blur writes once. */
  const committing = useRef<string | undefined>(undefined);

  const commit = useCallback(() => {
    const plan = getState().reading?.plan;
    if (draft === undefined || !plan || committing.current === draft) return;
    const checked = setCount(plan, indirizzo, classe, draft);
    if (!checked.ok) {
      setError(strings.notAWholeNumber(draft.trim()));
      return;
    }
    const text = draft;
    committing.current = text;
    void apply((latest) => {
      const change = setCount(latest, indirizzo, classe, text);
      return change.ok ? change.changes : [];
    }).then((result) => {
      committing.current = undefined;
      // Written or already there: the document now shows it. Refused or failed: keep what was typed.
      if (result === "written" || result === "unchanged")
        setDraft((current) => (current === text ? undefined : current));
    });
  }, [apply, classe, draft, getState, indirizzo, strings]);

  const onChange = useCallback((event: ChangeEvent<HTMLInputElement>) => {
    setDraft(event.target.value);
    setError(undefined);
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key === "Enter") commit();
    },
    [commit],
  );

  return {
    label,
    value: draft ?? (stored === null ? "" : String(stored)),
    error,
    onChange,
    onBlur: commit,
    onKeyDown,
  };
}
