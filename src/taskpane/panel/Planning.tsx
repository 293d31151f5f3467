/**
 * Pianificazione: one tab per school year, and a grid of the 22 rows × 12 months (SET…AGO). Each row
 * selects its own twelve marks as one string, so toggling a month re-renders one row, not 264 boxes.
 */
import {
  Caption1,
  Checkbox,
  Tab,
  TabList,
  mergeClasses,
  type CheckboxProps,
  type SelectTabData,
} from "@fluentui/react-components";
import { memo, useCallback, useId, useState } from "react";

import { PLAN_ROWS, type PlanRow } from "../../plan/actions";
import { isMonthPlanned, setMonth } from "../../plan/changes";
import {
  PLANNING_MONTHS,
  type PlanningMonthId,
  type SchoolYear,
  schoolYearLabel,
} from "../../plan/vocabulary";
import { usePanelActions, usePanelSelector, useStrings } from "../state";
import { monthControlName, rowLabel, yearKey } from "./rows";
import { usePlanningStyles } from "./Planning.styles";
import { useSharedStyles } from "./shared.styles";
import { usePending } from "./usePending";
import { useSchoolYears } from "./useSchoolYears";

/** "010000000001": the row's months in order, 1 where planned. */
function useRowMonths(row: PlanRow, year: SchoolYear): string {
  return usePanelSelector((state) => {
    const plan = state.reading?.plan;
    return PLANNING_MONTHS.map((month) =>
      plan && isMonthPlanned(plan, row.id, year, month.id) ? "1" : "0",
    ).join("");
  });
}

const PlanningRow = memo(function PlanningRow({
  row,
  year,
}: {
  readonly row: PlanRow;
  readonly year: SchoolYear;
}) {
  const styles = usePlanningStyles();
  const { apply } = usePanelActions();
  const months = useRowMonths(row, year);
  const { pending, track } = usePending<PlanningMonthId, boolean>();
  const labelId = useId();

  const toggle = useCallback(
    (month: PlanningMonthId, planned: boolean) =>
      track(
        month,
        planned,
        apply((plan) => setMonth(plan, row.id, year, month, planned)),
      ),
    [apply, row.id, year, track],
  );

  return (
    <div className={styles.row} role="group" aria-labelledby={labelId}>
      <Caption1 id={labelId} className={styles.label}>
        {rowLabel(row)}
      </Caption1>
      <div className={styles.months}>
        {PLANNING_MONTHS.map((month, index) => {
          const waiting = pending.get(month.id);
          const onChange: CheckboxProps["onChange"] = (_event, data) =>
            toggle(month.id, data.checked === true);
          return (
            <Checkbox
              key={month.id}
              className={mergeClasses(styles.checkbox, waiting !== undefined && styles.pending)}
              indicator={{ className: styles.indicator }}
              aria-label={monthControlName(row, month, year)}
              checked={waiting ?? months[index] === "1"}
              onChange={onChange}
            />
          );
        })}
      </div>
    </div>
  );
});

function PlanningGrid({ year }: { readonly year: SchoolYear }) {
  const styles = usePlanningStyles();
  return (
    <div>
      <div className={mergeClasses(styles.months, styles.header)} aria-hidden>
        {PLANNING_MONTHS.map((month) => (
          <span key={month.id} className={styles.monthHeading} title={month.name}>
            {month.label}
          </span>
        ))}
      </div>
      {PLAN_ROWS.map((row) => (
        <PlanningRow key={row.id} row={row} year={year} />
      ))}
    </div>
  );
}

export function Planning() {
  const styles = usePlanningStyles();
  const shared = useSharedStyles();
  const strings = useStrings();
  const years = useSchoolYears();
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const selected = years.find((year) => yearKey(year) === chosen) ?? years[0];

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
      <div role="tabpanel" aria-label={schoolYearLabel(selected)}>
        <PlanningGrid key={yearKey(selected)} year={selected} />
      </div>
    </div>
  );
}
