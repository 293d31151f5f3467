import { useMemo, useRef } from "react";

import { type FieldChange, expectingAsIn } from "../../plan/changes";
import type { Plan } from "../../plan/read";
import { usePanelActions } from "../state";

/**
 * The reading a picker was entered over, from the moment it gains focus until it loses it. A
 * choice made in it expects what the person saw when they started choosing: if a re-read brought
 * someone else's edit of the same fields meanwhile, the choice is refused, never laid over it.
 */
export function useEnteredReading() {
  const { getState } = usePanelActions();
  const entered = useRef<Plan | undefined>(undefined);
  return useMemo(
    () => ({
      onFocus: () => {
        entered.current ??= getState().reading?.plan;
      },
      onBlur: () => {
        entered.current = undefined;
      },
      /** After this picker's own write: a further choice is over the document as the write left it. */
      rebase: () => {
        if (entered.current) entered.current = getState().reading?.plan;
      },
      expecting: (changes: readonly FieldChange[]) => expectingAsIn(changes, entered.current),
    }),
    [getState],
  );
}
