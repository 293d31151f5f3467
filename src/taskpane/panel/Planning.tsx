/**
 * Pianificazione: one tab per school year, the year's months grid, and the copies from the previous
 * school year (the focused row, or the whole year), each one write.
 */
import { Button, Caption1, Tab, TabList, type SelectTabData } from "@fluentui/react-components";
import { useCallback, useState } from "react";

import { PLAN_ROWS, type PlanRow } from "../../plan/actions";
import { copyRowFromYear, copyYearFrom } from "../../plan/changes";
import { type SchoolYear, schoolYearLabel } from "../../plan/vocabulary";
import { usePanelActions, useStrings } from "../state";
import { MonthsGrid } from "./MonthsGrid";
import { rowLabel, useAltroName, yearKey } from "./rows";
import { usePlanningStyles } from "./Planning.styles";
import { useSharedStyles } from "./shared.styles";
import { useSchoolYears } from "./useSchoolYears";
import { useTablesWritable } from "./useTablesWritable";

function CopyFromPrevious({
  year,
  previous,
  row,
  altroName,
}: {
  readonly year: SchoolYear;
  readonly previous: SchoolYear;
  readonly row: PlanRow;
  readonly altroName: string;
}) {
  const styles = usePlanningStyles();
  const strings = useStrings();
  const { apply } = usePanelActions();
  const from = schoolYearLabel(previous);
  return (
    <div className={styles.copies} role="group" aria-label={strings.copyFrom(from)}>
      <Button
        size="small"
        onClick={() => void apply((plan) => copyRowFromYear(plan, row.id, previous, year))}
        aria-label={strings.copyRowLong(rowLabel(row, altroName), from)}
      >
        {strings.copyRow(from)}
      </Button>
      <Button size="small" onClick={() => void apply((plan) => copyYearFrom(plan, previous, year))}>
        {strings.copyYear(from)}
      </Button>
    </div>
  );
}

export function Planning() {
  const styles = usePlanningStyles();
  const shared = useSharedStyles();
  const strings = useStrings();
  const years = useSchoolYears();
  const altroName = useAltroName();
  const writable = useTablesWritable();
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [activeRow, setActiveRow] = useState<PlanRow>(PLAN_ROWS[0]!);
  const index = Math.max(
    0,
    years.findIndex((year) => yearKey(year) === chosen),
  );
  const selected = years[index];
  const previous = index > 0 ? years[index - 1] : undefined;

  const onTabSelect = useCallback(
    (_event: unknown, data: SelectTabData) => setChosen(String(data.value)),
    [],
  );

  if (!selected) return null;
  return (
    <div className={shared.sectionBody}>
      <TabList
        size="small"
        className={styles.tabs}
        selectedValue={yearKey(selected)}
        onTabSelect={onTabSelect}
        aria-label={strings.planningYears}
      >
        {years.map((year) => (
          <Tab key={yearKey(year)} value={yearKey(year)}>
            {schoolYearLabel(year)}
          </Tab>
        ))}
      </TabList>
      {writable ? (
        <Caption1 className={shared.hint}>{strings.gridHint}</Caption1>
      ) : (
        <Caption1 className={shared.hint} role="note">
          {strings.tablesReadOnly}
        </Caption1>
      )}
      {writable && previous && (
        <CopyFromPrevious year={selected} previous={previous} row={activeRow} altroName={altroName} />
      )}
      <div role="tabpanel" aria-label={schoolYearLabel(selected)}>
        <MonthsGrid
          key={yearKey(selected)}
          year={selected}
          altroName={altroName}
          onActiveRow={setActiveRow}
        />
      </div>
    </div>
  );
}
