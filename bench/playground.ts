/**
 * The playground in Chromium: how long from the tutor's click in the pane to the mark drawn in the
 * document view, for one mark, a 12-month span (Shift+click) and a copy of a whole year. Timed in
 * the page (pointerdown to the mutation that draws the last "X"), so the figures include the
 * pane's write, its read after it, the emulator's save() and the view's redraw. Figures, not
 * assertions. Needs Debian's chromium; without it the table says so.
 */
import type { Page } from "playwright-core";

import { findRow } from "../src/plan/actions";
import { type Tag, formatTag } from "../src/plan/tags";
import { OFFICIAL_SCHOOL_YEARS, PLANNING_MONTHS, type SchoolYear } from "../src/plan/vocabulary";
import { monthControlName } from "../src/taskpane/panel/rows";
import { STRINGS } from "../src/taskpane/strings";
import { CHROMIUM, launchChromium } from "../test/support/chromium";
import { openPlayground, reopenTemplate } from "../test/support/playground-page";
import { buildAndServe } from "../test/support/server";
import { formatMs, median } from "./measure";
import type { Table } from "./table";

const TEXT = STRINGS.it;
const [Y1, Y2] = OFFICIAL_SCHOOL_YEARS as readonly [SchoolYear, SchoolYear, SchoolYear];

export type ClickToMark = {
  readonly gesture: string;
  readonly marks: number;
  readonly ms: readonly number[];
};

/** Arms a timer in the page: pointerdown starts it; it stops when every tag in `tags` is drawn as "X". */
/**
 * In-page code as a string: tsx (esbuild, keepNames) would wrap named functions in a helper the
 * page does not have.
 */
const ARM_TIMER = `(selectors) => {
  const view = document.querySelector('[data-testid="document-view"]');
  const timing = { start: 0, end: 0 };
  window.pgsTiming = timing;
  document.addEventListener("pointerdown", () => { timing.start = performance.now(); }, { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (timing.start > 0 && selectors.every((s) => view.querySelector(s)?.textContent?.trim() === "X")) {
      timing.end = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(view, { childList: true, subtree: true, characterData: true });
}`;

/** Arms a timer in the page: pointerdown starts it; it stops when every tag in `tags` is drawn as "X". */
async function armTimer(page: Page, tags: readonly Tag[]): Promise<void> {
  await page.evaluate(([script, selectors]) => (0, eval)(script)(selectors), [
    ARM_TIMER,
    tags.map((tag) => `[data-tag="${tag}"]`),
  ] as const);
}

async function elapsed(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    "window.pgsTiming.end > 0 ? window.pgsTiming.end - window.pgsTiming.start : 0",
  );
  return (await handle.jsonValue()) as number;
}

const month = (row: string, year: SchoolYear, id: (typeof PLANNING_MONTHS)[number]["id"]) =>
  formatTag({ kind: "mese", row, year, month: id });

function box(page: Page, row: string, index: number, year: SchoolYear) {
  const name = monthControlName(findRow(row)!, PLANNING_MONTHS[index]!, year);
  return page.getByRole("complementary").getByRole("checkbox", { name, exact: true });
}

async function openPlanning(page: Page): Promise<void> {
  await page.getByRole("complementary").getByRole("button", { name: TEXT.planningTitle }).click();
  await box(page, "1.1", 0, Y1).waitFor();
}

export async function measureClickToMark(runs: number): Promise<readonly ClickToMark[] | string> {
  if (!CHROMIUM.path) return "not measured: no chromium on this machine";
  const [site, browser] = await Promise.all([buildAndServe(), launchChromium()]);
  try {
    const errors: string[] = [];
    const page = await openPlayground(browser, site, errors, "?pane=320");
    const results = { one: [] as number[], span: [] as number[], year: [] as number[] };
    for (let run = 0; run < runs; run++) {
      if (run > 0) await reopenTemplate(page);
      await openPlanning(page);
      await armTimer(page, [month("1.2", Y1, "set")]);
      await box(page, "1.2", 0, Y1).click();
      results.one.push(await elapsed(page));

      await box(page, "1.3", 0, Y1).click();
      const all = PLANNING_MONTHS.map((m) => month("1.3", Y1, m.id));
      await page.waitForFunction(
        (s) => document.querySelector(s)?.textContent?.trim() === "X",
        `[data-testid="document-view"] [data-tag="${all[0]}"]`,
      );
      await armTimer(page, all);
      await box(page, "1.3", 11, Y1).click({ modifiers: ["Shift"] });
      results.span.push(await elapsed(page));

      await page.getByRole("complementary").getByRole("tab", { name: "2018/2019" }).click();
      await armTimer(page, [
        ...all.map((_, i) => month("1.3", Y2, PLANNING_MONTHS[i]!.id)),
        month("1.2", Y2, "set"),
      ]);
      await page
        .getByRole("complementary")
        .getByRole("button", { name: TEXT.copyYear("2017/2018") })
        .click();
      results.year.push(await elapsed(page));
    }
    if (errors.length > 0) throw new Error(errors.join("; "));
    return [
      { gesture: "one mark (click)", marks: 1, ms: results.one },
      { gesture: "12-month span (Shift+click)", marks: 12, ms: results.span },
      { gesture: "year copy (13 marks written)", marks: 13, ms: results.year },
    ];
  } finally {
    await browser.close();
    await site.dispose();
  }
}

export function clickToMarkTable(results: readonly ClickToMark[] | string, runs: number): Table {
  const title = `Playground, Chromium, pane 320 px: click to the mark drawn in the document (median of ${runs})`;
  if (typeof results === "string") return { title, headers: ["gesture", "ms"], rows: [[results, ""]] };
  return {
    title,
    headers: ["gesture", "median ms", "min ms", "max ms"],
    numeric: [1, 2, 3],
    rows: results.map((row) => [
      row.gesture,
      formatMs(median(row.ms)),
      formatMs(Math.min(...row.ms)),
      formatMs(Math.max(...row.ms)),
    ]),
  };
}
