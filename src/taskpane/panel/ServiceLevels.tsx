/**
 * Livelli di servizio: for each of the 22 rows and each school year, one of Attivazione,
 * Consolidamento, Non richiesto or none. One dropdown per year, labelled with its year, keyed as the
 * ARIA select-only combobox: a letter opens the list on the first level with that letter, arrows
 * browse it, and nothing is written until Enter, Space or a click chooses; that one choice is one
 * write (Tab away from an open list closes it and writes nothing). Full level names fit at 270 px.
 */
import {
  Caption1,
  Dropdown,
  Option,
  Subtitle2,
  Text,
  mergeClasses,
  type DropdownProps,
} from "@fluentui/react-components";
import { type KeyboardEvent, memo, useCallback, useMemo, useState } from "react";
import { flushSync } from "react-dom";

import type { PlanRow } from "../../plan/actions";
import { setServiceLevel } from "../../plan/changes";
import { formatTag } from "../../plan/tags";
import { SERVICE_LEVELS, type SchoolYear, type ServiceLevelId, schoolYearLabel } from "../../plan/vocabulary";
import { usePanelActions, useStrings } from "../state";
import { ROW_GROUPS, levelControlName, rowLabel, useAltroName } from "./rows";
import { useServiceLevelsStyles } from "./ServiceLevels.styles";
import { useSharedStyles } from "./shared.styles";
import { useEnteredReading } from "./useEnteredReading";
import { type MarkCell, useMarks } from "./useMarks";
import { usePending } from "./usePending";
import { useSchoolYears } from "./useSchoolYears";
import { useTablesWritable } from "./useTablesWritable";

const NONE = "none";

const isLevel = (value: string): value is ServiceLevelId =>
  SERVICE_LEVELS.some((level) => level.id === value);

/** A key that types a character, as the dropdown's own type-ahead takes it. */
const typesACharacter = (event: KeyboardEvent) =>
  event.key.length === 1 && event.key !== " " && !event.altKey && !event.ctrlKey && !event.metaKey;

/** What one year's three level marks amount to: the level marked, and text that is not a mark. */
function yearState(cells: readonly MarkCell[]) {
  const index = cells.findIndex((cell) => cell.marked);
  const unreadable = cells.find((cell) => cell.unreadable !== undefined)?.unreadable;
  return {
    level: index < 0 ? NONE : (SERVICE_LEVELS[index]?.id ?? NONE),
    unreadable,
    writable: cells.every((cell) => cell.writable),
    unsaved: cells.some((cell) => cell.unsaved),
  };
}

const LevelRow = memo(function LevelRow({
  row,
  years,
  altroName,
}: {
  readonly row: PlanRow;
  readonly years: readonly SchoolYear[];
  readonly altroName: string;
}) {
  const styles = useServiceLevelsStyles();
  const shared = useSharedStyles();
  const strings = useStrings();
  const { apply } = usePanelActions();
  const tags = useMemo(
    () =>
      years.flatMap((year) =>
        SERVICE_LEVELS.map((level) => formatTag({ kind: "livello", row: row.id, year, level: level.id })),
      ),
    [row.id, years],
  );
  const marks = useMarks(tags);
  const { pending, track } = usePending<string, string>();
  const entered = useEnteredReading();
  /** The year whose list is open, if any. */
  const [openYear, setOpenYear] = useState<string | undefined>(undefined);

  const choose = useCallback(
    (year: SchoolYear, value: string) => {
      const level = isLevel(value) ? value : null;
      const write = apply((plan) => entered.expecting(setServiceLevel(plan, row.id, year, level)));
      track(String(year.start), value, write);
      void write.then(entered.rebase);
    },
    [apply, entered, row.id, track],
  );

  const labelOf = (value: string) =>
    SERVICE_LEVELS.find((level) => level.id === value)?.label ?? strings.noLevelChosen;
  const states = years.map((_, index) =>
    yearState(marks.slice(index * SERVICE_LEVELS.length, (index + 1) * SERVICE_LEVELS.length)),
  );
  const unsaved = states.some((state) => state.unsaved);

  return (
    <div className={styles.row}>
      <Text
        size={200}
        className={unsaved ? undefined : shared.statusRoom}
        data-status={unsaved ? undefined : strings.rowNotSaved}
      >
        {rowLabel(row, altroName)}
        {unsaved && <span className={shared.rowStatus}>{strings.rowNotSaved}</span>}
      </Text>
      <div className={styles.years}>
        {years.map((year, index) => {
          const key = String(year.start);
          const state = states[index];
          if (!state) return null;
          const waiting = pending.get(key);
          const value = waiting ?? state.level;
          const onOptionSelect: DropdownProps["onOptionSelect"] = (event, data) => {
            // Leaving an open list with Tab is browsing, not choosing.
            if ("key" in event && event.key === "Tab") return;
            if (data.optionValue !== undefined && data.optionValue !== state.level)
              choose(year, data.optionValue);
          };
          const open = openYear === key;
          const onOpenChange: DropdownProps["onOpenChange"] = (_event, data) =>
            setOpenYear((current) => (data.open ? key : current === key ? undefined : current));
          const onKeyDownCapture = (event: KeyboardEvent<HTMLButtonElement>) => {
            // Closed, Fluent's dropdown opens on a letter but stays on the level chosen; opened
            // first (before its own handler runs), its type-ahead moves to the first match.
            if (!open && !event.defaultPrevented && typesACharacter(event)) flushSync(() => setOpenYear(key));
          };
          const name = levelControlName(row, year);
          const shown =
            state.unreadable !== undefined && waiting === undefined
              ? strings.unreadableLevel(state.unreadable)
              : labelOf(value);
          return (
            <div key={key} className={styles.year}>
              <Caption1 className={styles.yearLabel} aria-hidden>
                {schoolYearLabel(year)}
              </Caption1>
              <Dropdown
                size="small"
                className={mergeClasses(
                  styles.dropdown,
                  waiting !== undefined && styles.pending,
                  state.unreadable !== undefined && styles.unreadable,
                )}
                aria-label={
                  state.unreadable === undefined
                    ? name
                    : `${name}: ${strings.unreadableMark(state.unreadable)}`
                }
                title={state.unreadable === undefined ? undefined : strings.unreadableMark(state.unreadable)}
                value={shown}
                selectedOptions={[value]}
                open={open}
                onOpenChange={onOpenChange}
                onKeyDownCapture={onKeyDownCapture}
                onOptionSelect={onOptionSelect}
                onFocus={entered.onFocus}
                onBlur={entered.onBlur}
                button={{ className: state.writable ? undefined : styles.readOnlyValue }}
                disabled={!state.writable}
                aria-busy={waiting !== undefined}
              >
                <Option value={NONE}>{strings.noLevelChosen}</Option>
                {SERVICE_LEVELS.map((level) => (
                  <Option key={level.id} value={level.id}>
                    {level.label}
                  </Option>
                ))}
              </Dropdown>
            </div>
          );
        })}
      </div>
    </div>
  );
});

export function ServiceLevels() {
  const styles = useServiceLevelsStyles();
  const shared = useSharedStyles();
  const strings = useStrings();
  const years = useSchoolYears();
  const altroName = useAltroName();
  const writable = useTablesWritable();

  return (
    <div className={shared.sectionBody}>
      {!writable && (
        <>
          <Caption1 className={shared.hint} role="note">
            {strings.tablesReadOnly}
          </Caption1>
          {/* The reason again, kept in view over the disabled pickers while they scroll by. */}
          <Caption1 className={styles.readOnlyReminder} role="note">
            {strings.tablesReadOnlyHere}
          </Caption1>
        </>
      )}
      {ROW_GROUPS.map((group) => {
        const title = group.title(altroName);
        return (
          <section key={group.id} aria-label={title}>
            <Subtitle2 as="h3" block className={shared.groupTitle}>
              {title}
            </Subtitle2>
            {group.rows.map((row) => (
              <LevelRow key={row.id} row={row} years={years} altroName={altroName} />
            ))}
          </section>
        );
      })}
    </div>
  );
}
