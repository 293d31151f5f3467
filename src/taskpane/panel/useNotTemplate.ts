import { usePanelSelector } from "../state";

/** Whether the document last read has none of the template's fields. */
export function useNotTemplate(): boolean {
  return usePanelSelector(
    (state) => state.reading?.plan.problems.some((problem) => problem.code === "not-template") ?? false,
  );
}
