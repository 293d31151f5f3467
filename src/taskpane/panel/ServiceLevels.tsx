/**
 * Livelli di servizio: for each of the 22 rows and each school year, one of Attivazione,
 * Consolidamento, Non richiesto or none. A native select in a Field: keyboard-accessible everywhere
 * and light enough for 66 of them.
 */
import {
  Caption1,
  Field,
  Select,
  Subtitle2,
  Text,
  mergeClasses,
  type SelectProps,
} from "@fluentui/react-components";
import { memo, useCallback, useMemo } from "react";

import type { PlanRow } from "../../plan/actions";
import { serviceLevelOf, setServiceLevel } from "../../plan/changes";
import { SERVICE_LEVELS, type SchoolYear, type ServiceLevelId, schoolYearLabel } from "../../plan/vocabulary";
import { usePanelActions, usePanelSelector, useStrings } from "../state";
import { ROW_GROUPS, levelControlName, rowLabel } from "./rows";
import { useServiceLevelsStyles } from "./ServiceLevels.styles";
import { useSharedStyles } from "./shared.styles";
import { usePending } from "./usePending";
import { useSchoolYears } from "./useSchoolYears";

const NONE = "";

const isLevel = (value: string): value is ServiceLevelId =>
  SERVICE_LEVELS.some((level) => level.id === value);

/** The level of each year for one row, as one string ("attivazione||non-richiesto"), so rows re-render only when it changes. */
function useRowLevels(row: PlanRow, years: readonly SchoolYear[]): readonly string[] {
  const joined = usePanelSelector((state) => {
    const plan = state.reading?.plan;
    return years.map((year) => (plan ? (serviceLevelOf(plan, row.id, year) ?? NONE) : NONE)).join("|");
  });
  return useMemo(() => joined.split("|"), [joined]);
}

const LevelRow = memo(function LevelRow({
  row,
  years,
}: {
  readonly row: PlanRow;
  readonly years: readonly SchoolYear[];
}) {
  const styles = useServiceLevelsStyles();
  const shared = useSharedStyles();
  const strings = useStrings();
  const { apply } = usePanelActions();
  const levels = useRowLevels(row, years);
  const { pending, track } = usePending<string, string>();

  const choose = useCallback(
    (year: SchoolYear, value: string) => {
      const level = isLevel(value) ? value : null;
      track(
        String(year.start),
        value,
        apply((plan) => setServiceLevel(plan, row.id, year, level)),
      );
    },
    [apply, row.id, track],
  );

  return (
    <div className={styles.row}>
      <Text size={200}>{rowLabel(row)}</Text>
      <div className={styles.grid}>
        {years.map((year, index) => {
          const key = String(year.start);
          const waiting = pending.get(key);
          const onChange: SelectProps["onChange"] = (_event, data) => choose(year, data.value);
          return (
            <Field
              key={key}
              size="small"
              label={{ children: levelControlName(row, year), className: shared.visuallyHidden }}
            >
              <Select
                size="small"
                className={mergeClasses(styles.select, waiting !== undefined && styles.pending)}
                value={waiting ?? levels[index] ?? NONE}
                onChange={onChange}
                aria-busy={waiting !== undefined}
              >
                <option value={NONE}>{strings.noLevel}</option>
                {SERVICE_LEVELS.map((level) => (
                  <option key={level.id} value={level.id}>
                    {level.label}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      </div>
    </div>
  );
});

export function ServiceLevels() {
  const styles = useServiceLevelsStyles();
  const shared = useSharedStyles();
  const years = useSchoolYears();

  return (
    <div className={shared.sectionBody}>
      <div className={styles.grid} aria-hidden>
        {years.map((year) => (
          <Caption1 key={year.start} className={styles.yearHeading}>
            {schoolYearLabel(year)}
          </Caption1>
        ))}
      </div>
      {ROW_GROUPS.map((group) => (
        <section key={group.id} aria-label={group.title ?? undefined}>
          {group.title && (
            <Subtitle2 as="h3" block className={shared.groupTitle}>
              {group.title}
            </Subtitle2>
          )}
          {group.rows.map((row) => (
            <LevelRow key={row.id} row={row} years={years} />
          ))}
        </section>
      ))}
    </div>
  );
}
