import { useMemo } from "react";

import type { Plan } from "../../plan/read";
import type { Tag } from "../../plan/tags";
import { normaliseText, readValue } from "../../plan/values";
import { usePanelSelector } from "../state";

/** A mark as a control shows it: marked or not, what it holds when that is not a mark, and whether it can be written. */
export type MarkCell = {
  readonly marked: boolean;
  /** The text a person typed that is not a mark («sì»): shown in place, never overwritten. */
  readonly unreadable: string | undefined;
  /**
   * False when this host only lets the pane read the field from its table cell (Word on the web
   * hides the controls inside tables): the control is disabled up front.
   */
  readonly writable: boolean;
  /** The last write of this mark was refused. */
  readonly unsaved: boolean;
};

function cellOf(plan: Plan, tag: Tag, unsaved: boolean): MarkCell {
  const value = plan.values.get(tag);
  const text = plan.texts.get(tag) ?? "";
  const problem = readValue("mark", text).problem;
  return {
    marked: value?.kind === "mark" && value.marked,
    unreadable: problem ? normaliseText(text) : undefined,
    writable: plan.sources.get(tag) === "control",
    unsaved,
  };
}

/**
 * The marks of `tags` in the document last read. The selector returns one string, so a component
 * re-renders only when one of its own marks changes (22 rows × 12 months re-render row by row).
 */
export function useMarks(tags: readonly Tag[]): readonly MarkCell[] {
  const encoded = usePanelSelector((state) => {
    const plan = state.reading?.plan;
    if (!plan) return "[]";
    return JSON.stringify(tags.map((tag) => cellOf(plan, tag, state.unsaved.has(tag))));
  });
  return useMemo(() => JSON.parse(encoded) as MarkCell[], [encoded]);
}
