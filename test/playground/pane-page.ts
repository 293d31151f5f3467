/**
 * The pane as the keyboard, layout and legibility tests look at it: Word's three default task-pane
 * widths, the pane's sections, and the facts those tests measure in the page (boxes from
 * getBoundingClientRect, colours from getComputedStyle), never with a timer.
 */
import type { Page } from "playwright-core";

import { findRow } from "../../src/plan/actions";
import { type Tag, formatTag } from "../../src/plan/tags";
import {
  type ClasseId,
  type IndirizzoId,
  OFFICIAL_SCHOOL_YEARS,
  type PlanningMonthId,
  type ServiceLevelId,
} from "../../src/plan/vocabulary";
import { levelControlName } from "../../src/taskpane/panel/rows";
import { pane } from "./browser";

/** Word's default task-pane widths: Mac, Windows, the web (Office.TaskPane). */
export const WORD_WIDTHS = [270, 320, 330] as const;

export const FIRST_YEAR = OFFICIAL_SCHOOL_YEARS[0]!;

export const levelTag = (row: string, level: ServiceLevelId) =>
  formatTag({ kind: "livello", row, year: FIRST_YEAR, level });

export const monthTag = (row: string, month: PlanningMonthId) =>
  formatTag({ kind: "mese", row, year: FIRST_YEAR, month });

export const countTag = (indirizzo: IndirizzoId, classe: ClasseId): Tag =>
  formatTag({ kind: "alunni", indirizzo, classe });

export function levelPicker(page: Page, row: string) {
  return pane(page).getByRole("combobox", { name: levelControlName(findRow(row)!, FIRST_YEAR) });
}

/** The whole document as the page draws it: what a test that writes nothing expects unchanged. */
export function documentText(page: Page): Promise<string> {
  return page.locator('[data-testid="document-view"]').innerText();
}

export type Box = {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
};

/** The boxes of every element matching `selector` inside the pane, rounded to a tenth of a pixel. */
export function boxes(page: Page, selector: string): Promise<Box[]> {
  return page.evaluate(
    (css) =>
      Array.from(document.querySelectorAll(`.panel-slot :is(${css})`), (element) => {
        const box = element.getBoundingClientRect();
        const round = (n: number) => Math.round(n * 10) / 10;
        return {
          top: round(box.top),
          left: round(box.left),
          width: round(box.width),
          height: round(box.height),
        };
      }),
    selector,
  );
}
