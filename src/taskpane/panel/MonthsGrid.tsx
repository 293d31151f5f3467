/**
 * One school year's planning grid: 22 rows × 12 months, one tab stop (a roving tabindex, ARIA grid
 * pattern). Arrows, Home and End move; Space marks or clears one month; Shift+Space or Shift+click
 * gives every month from the last one marked (the anchor) to this one the anchor's state, as one
 * write. Each row selects its own twelve marks, so a change re-renders one row, not 264 boxes.
 */
import { Caption1, Checkbox, mergeClasses, type CheckboxOnChangeData } from "@fluentui/react-components";
import {
  type ChangeEvent,
  type KeyboardEvent,
  memo,
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";

import { PLAN_ROWS, type PlanRow } from "../../plan/actions";
import { setMonth, setMonthSpan } from "../../plan/changes";
import { formatTag } from "../../plan/tags";
import {
  PLANNING_MONTHS,
  type PlanningMonthId,
  type SchoolYear,
  schoolYearLabel,
} from "../../plan/vocabulary";
import { usePanelActions, useStrings } from "../state";
import { monthControlName, rowLabel } from "./rows";
import { usePlanningStyles } from "./Planning.styles";
import { useSharedStyles } from "./shared.styles";
import { usePending } from "./usePending";
import { useMarks } from "./useMarks";

type Anchor = { readonly row: string; readonly month: PlanningMonthId; readonly planned: boolean };
type Cell = { readonly row: number; readonly month: number };

const LAST_MONTH = PLANNING_MONTHS.length - 1;
const LAST_ROW = PLAN_ROWS.length - 1;

/** Where an arrow key takes the focus from `cell`, or undefined for keys the grid does not handle. */
function moveFrom(cell: Cell, key: string): Cell | undefined {
  switch (key) {
    case "ArrowLeft":
      return { ...cell, month: Math.max(0, cell.month - 1) };
    case "ArrowRight":
      return { ...cell, month: Math.min(LAST_MONTH, cell.month + 1) };
    case "ArrowUp":
      return { ...cell, row: Math.max(0, cell.row - 1) };
    case "ArrowDown":
      return { ...cell, row: Math.min(LAST_ROW, cell.row + 1) };
    case "Home":
      return { ...cell, month: 0 };
    case "End":
      return { ...cell, month: LAST_MONTH };
    default:
      return undefined;
  }
}

type RowProps = {
  readonly row: PlanRow;
  readonly rowIndex: number;
  readonly year: SchoolYear;
  readonly altroName: string;
  /** The month holding the grid's tab stop in this row, or -1. */
  readonly activeMonth: number;
  readonly anchorRef: React.RefObject<Anchor | undefined>;
  readonly onFocusCell: (cell: Cell) => void;
};

const MonthsRow = memo(function MonthsRow({
  row,
  rowIndex,
  year,
  altroName,
  activeMonth,
  anchorRef,
  onFocusCell,
}: RowProps) {
  const styles = usePlanningStyles();
  const shared = useSharedStyles();
  const strings = useStrings();
  const { apply } = usePanelActions();
  const tags = useMemo(
    () => PLANNING_MONTHS.map((month) => formatTag({ kind: "mese", row: row.id, year, month: month.id })),
    [row.id, year],
  );
  const marks = useMarks(tags);
  const { pending, track } = usePending<PlanningMonthId, boolean>();
  const labelId = useId();

  const toggle = useCallback(
    (month: PlanningMonthId, planned: boolean) => {
      anchorRef.current = { row: row.id, month, planned };
      track(
        month,
        planned,
        apply((plan) => setMonth(plan, row.id, year, month, planned)),
      );
    },
    [anchorRef, apply, row.id, track, year],
  );

  /** Shift: from the anchor to `month`, as the anchor is; without an anchor in this row, a plain toggle. */
  const extend = useCallback(
    (month: PlanningMonthId, planned: boolean) => {
      const from = anchorRef.current;
      if (!from || from.row !== row.id) return toggle(month, planned);
      const write = apply((plan) => setMonthSpan(plan, row.id, year, from.month, month, from.planned));
      const first = PLANNING_MONTHS.findIndex((m) => m.id === from.month);
      const last = PLANNING_MONTHS.findIndex((m) => m.id === month);
      for (const m of PLANNING_MONTHS.slice(Math.min(first, last), Math.max(first, last) + 1))
        track(m.id, from.planned, write);
    },
    [anchorRef, apply, row.id, toggle, track, year],
  );

  const unsaved = marks.some((mark) => mark.unsaved);
  return (
    <div className={styles.row} role="row">
      <div role="rowheader" id={labelId} className={styles.rowHeader}>
        <Caption1
          className={mergeClasses(styles.label, !unsaved && shared.statusRoom)}
          data-status={unsaved ? undefined : strings.rowNotSaved}
        >
          {rowLabel(row, altroName)}
          {unsaved && <span className={shared.rowStatus}>{strings.rowNotSaved}</span>}
        </Caption1>
      </div>
      {PLANNING_MONTHS.map((month, index) => {
        const mark = marks[index];
        const waiting = pending.get(month.id);
        const unreadable = mark?.unreadable;
        const name = monthControlName(row, month, year);
        const onChange = (event: ChangeEvent<HTMLInputElement>, data: CheckboxOnChangeData) => {
          const planned = data.checked === true;
          if ((event.nativeEvent as MouseEvent).shiftKey) extend(month.id, planned);
          else toggle(month.id, planned);
        };
        const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
          if (event.key !== " " || !event.shiftKey) return;
          // Shift+Space is the span gesture: the browser must not also toggle this box.
          event.preventDefault();
          extend(month.id, !(waiting ?? mark?.marked ?? false));
        };
        return (
          <div role="gridcell" key={month.id} className={styles.cell}>
            <Checkbox
              className={mergeClasses(
                styles.checkbox,
                waiting !== undefined && styles.pending,
                unreadable !== undefined && styles.unreadable,
              )}
              indicator={{
                className: mergeClasses(
                  styles.indicator,
                  mark !== undefined && !mark.writable && styles.readOnly,
                ),
              }}
              aria-label={unreadable === undefined ? name : `${name}: ${strings.unreadableMark(unreadable)}`}
              title={unreadable === undefined ? undefined : strings.unreadableMark(unreadable)}
              data-cell={`${rowIndex}-${index}`}
              tabIndex={activeMonth === index ? 0 : -1}
              disabled={mark !== undefined && !mark.writable}
              checked={waiting ?? (unreadable !== undefined ? "mixed" : mark?.marked === true)}
              onChange={onChange}
              onKeyDown={onKeyDown}
              onFocus={() => onFocusCell({ row: rowIndex, month: index })}
            />
          </div>
        );
      })}
    </div>
  );
});

/** The grid of one year; `activeRow` tells the section which row the copy button acts on. */
export function MonthsGrid({
  year,
  altroName,
  onActiveRow,
}: {
  readonly year: SchoolYear;
  readonly altroName: string;
  readonly onActiveRow: (row: PlanRow) => void;
}) {
  const styles = usePlanningStyles();
  const strings = useStrings();
  const [active, setActive] = useState<Cell>({ row: 0, month: 0 });
  const anchorRef = useRef<Anchor | undefined>(undefined);
  const grid = useRef<HTMLDivElement>(null);

  const onFocusCell = useCallback(
    (cell: Cell) => {
      setActive((current) => (current.row === cell.row && current.month === cell.month ? current : cell));
      const row = PLAN_ROWS[cell.row];
      if (row) onActiveRow(row);
    },
    [onActiveRow],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const next = moveFrom(active, event.key);
      if (!next) return;
      event.preventDefault();
      grid.current?.querySelector<HTMLInputElement>(`[data-cell="${next.row}-${next.month}"]`)?.focus();
      setActive(next);
    },
    [active],
  );

  return (
    <div
      ref={grid}
      role="grid"
      aria-label={`${strings.planningTitle} ${schoolYearLabel(year)}`}
      className={styles.grid}
      onKeyDown={onKeyDown}
    >
      <div role="row" className={mergeClasses(styles.months, styles.header)}>
        {PLANNING_MONTHS.map((month) => (
          <span role="columnheader" key={month.id} className={styles.monthHeading} title={month.name}>
            {month.label}
          </span>
        ))}
      </div>
      {PLAN_ROWS.map((row, index) => (
        <MonthsRow
          key={row.id}
          row={row}
          rowIndex={index}
          year={year}
          altroName={altroName}
          activeMonth={active.row === index ? active.month : -1}
          anchorRef={anchorRef}
          onFocusCell={onFocusCell}
        />
      ))}
    </div>
  );
}
