import { useMemo } from "react";

import type { SchoolYear } from "../../plan/vocabulary";
import { usePanelSelector } from "../state";

/** The school years of the document last read; the same array for as long as they stay the same. */
export function useSchoolYears(): readonly SchoolYear[] {
  const starts = usePanelSelector(
    (state) => state.reading?.plan.schema.years.map((year) => year.start).join(",") ?? "",
  );
  return useMemo(
    () => (starts === "" ? [] : starts.split(",").map((start) => ({ start: Number(start) }))),
    [starts],
  );
}
