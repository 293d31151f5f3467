/**
 * What the Chromium tests over the playground share: the browser and the page (test/support), and
 * the moves of the two people at the page: the dirigente typing in the document view, the tutor
 * in the pane. Every check reads the document as drawn (`data-tag` elements of the document view).
 */
import { copyFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";

import type { Tag } from "../../src/plan/tags";
import type { Gate } from "../../src/wiring/gate";
import { VERSIONING_COLUMNS } from "../../src/plan/layout";
import { CHROMIUM, launchChromium } from "../support/chromium";
import { TEXT, control, openPlayground, reopenTemplate, viewSettled } from "../support/playground-page";
import { type Site, buildAndServe } from "../support/server";

export { CHROMIUM, launchChromium };
export {
  FREE_TEXTS,
  TEXT,
  control,
  openFile,
  openPlayground,
  reopenTemplate,
  viewSettled,
} from "../support/playground-page";

/** The page every test of a file shares, the site it is served from, and the browser (for a page of its own). */
export type PlaygroundSession = { readonly page: Page; readonly site: Site; readonly browser: Browser };

/**
 * The set-up every test file over the playground shares, registered in the calling describe block:
 * the page built, served and opened once (`query` as "?pane=320"), the blank template opened again
 * before every test but the first, and no page error allowed in any test. `ready` receives the page
 * once it is open.
 */
export function usePlayground(query: string, ready: (session: PlaygroundSession) => void): void {
  let site: Site | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  const errors: string[] = [];
  let fresh = true;

  beforeAll(async () => {
    [site, browser] = await Promise.all([buildAndServe(), launchChromium()]);
    page = await openPlayground(browser, site, errors, query);
    ready({ page, site, browser });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await site?.dispose();
  });

  beforeEach(async () => {
    if (!fresh && page) await reopenTemplate(page);
    fresh = false;
  });

  afterEach(() => {
    // Each error fails the test it happened in, not every test after it.
    expect(errors.splice(0)).toEqual([]);
  });
}

/** The task pane, as a person finds it on the page. */
export const pane = (page: Page) => page.getByRole("complementary");

/** Until no finite animation runs in the page (Fluent animates sections open and closed). */
export async function animationsOver(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== "running" || animation.effect?.getComputedTiming().endTime === Infinity,
      ),
  );
}

/** Opens a section by its header (which closes the one open), and waits until it has drawn open. */
export async function openSection(page: Page, name: string): Promise<void> {
  const header = pane(page).getByRole("button", { name: new RegExp(`^${name}`) });
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
  await animationsOver(page);
}

/** Sets the pane's width with the page's own switch and waits until the pane is drawn that wide. */
export async function setPaneWidth(page: Page, width: number): Promise<void> {
  await page.locator("#pane-width").selectOption(String(width));
  await page.waitForFunction(
    (px) => document.querySelector(".panel-column")?.getBoundingClientRect().width === px,
    width,
  );
}

/** The rows under the header of the versioning table as drawn, each cell's text trimmed. */
export function versionRows(page: Page): Promise<string[][] | null> {
  return page.evaluate((header) => {
    const tables = document.querySelectorAll<HTMLTableElement>('[data-testid="document-view"] table');
    const text = (cell: HTMLTableCellElement) => (cell.textContent ?? "").replace(/\s+/g, " ").trim();
    for (const table of Array.from(tables)) {
      const rows = Array.from(table.rows, (row) => Array.from(row.cells, text));
      if (JSON.stringify(rows[0]) === JSON.stringify(header)) return rows.slice(1);
    }
    return null;
  }, VERSIONING_COLUMNS);
}

/** Until the versioning table as drawn has exactly `expected` under its header. */
export async function waitForVersionRows(
  page: Page,
  expected: readonly (readonly string[])[],
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const rows = await versionRows(page);
    if (JSON.stringify(rows) === JSON.stringify(expected) || attempt === 100) {
      expect(rows).toEqual(expected);
      return;
    }
    await page.waitForTimeout(100);
  }
}

/** The text of a control as drawn in the document view, paragraphs joined by "\n". */
export function viewText(page: Page, tag: Tag): Promise<string> {
  return page.$eval(control(tag), (el) => {
    const paragraphs = el.querySelectorAll(":scope > p");
    return paragraphs.length === 0
      ? (el.textContent ?? "")
      : Array.from(paragraphs, (p) => p.textContent ?? "").join("\n");
  });
}

/** The trimmed texts of several controls as drawn, in the order asked. */
export function viewTexts(page: Page, tags: readonly Tag[]): Promise<string[]> {
  return page.evaluate(
    (selectors) => selectors.map((selector) => document.querySelector(selector)?.textContent?.trim() ?? "?"),
    tags.map(control),
  );
}

export async function waitForViewText(page: Page, tag: Tag, text: string): Promise<void> {
  await page.waitForFunction(
    ([selector, expected]) => document.querySelector(selector)?.textContent?.trim() === expected,
    [control(tag), text] as const,
  );
}

/** Until the pane has no document operation in flight and the view has drawn the result. */
export async function paneSettled(page: Page): Promise<void> {
  const pane = page.getByRole("complementary");
  await pane.getByText(/^(Lettura|Scrittura) (del|nel) documento…$/).waitFor({ state: "hidden" });
  await viewSettled(page);
}

/** The page as the browser tests see it: the playground puts its gate on `window` (src/playground/index.ts). */
export type GateWindow = { readonly playgroundGate: Gate };

/** How many writes the pane has sent to Word since the page opened (the page's gate counts them). */
export function writesSent(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as GateWindow).playgroundGate.passed("write"));
}

/**
 * Until every document operation the pane had queued has run: the pane runs them one at a time and
 * in order, so a read asked for with «Rileggi» comes back only after all of them. The positive
 * signal that a gesture which should write nothing has had every chance to write.
 */
export async function afterQueuedOperations(page: Page): Promise<void> {
  const reads = await page.evaluate(() => (window as unknown as GateWindow).playgroundGate.passed("read"));
  await pane(page).getByRole("button", { name: TEXT.reread }).click();
  await page.waitForFunction(
    (before) => (window as unknown as GateWindow).playgroundGate.passed("read") > before,
    reads,
  );
  await paneSettled(page);
}

/** The dirigente clicks a field in the document, types, and presses Enter. */
export async function typeInDocument(page: Page, tag: Tag, text: string): Promise<void> {
  await viewSettled(page);
  const field = page.locator(control(tag));
  // click() scrolls the field into view itself and, unlike scrollIntoViewIfNeeded(), finds the field
  // again if a redraw of the document view replaced it in between.
  await field.click();
  const editor = field.locator(".cc-editor");
  await editor.fill(text);
  await editor.press("Enter");
  await viewSettled(page);
}

/**
 * The tutor opens a level dropdown and clicks a level. Under a loaded machine (the whole suite on
 * two cores) the list sometimes was not open after the first click, for a reason not found yet;
 * the tutor then clicks again, as a person would. The choice itself is still one click.
 */
export async function chooseLevel(page: Page, controlName: string, level: string): Promise<void> {
  await paneSettled(page);
  const picker = page.getByRole("complementary").getByRole("combobox", { name: controlName });
  const option = page.getByRole("option", { name: level, exact: true });
  for (let attempt = 1; ; attempt++) {
    if ((await picker.getAttribute("aria-expanded")) !== "true") await picker.click();
    try {
      await option.click({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/**
 * axe's violations inside `selector`, less one known exception: Fluent's focus management (tabster)
 * puts `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` around a TabList, a Dialog and other
 * arrow-key groups, on purpose: they only pass focus on and must stay hidden from screen readers.
 * axe reports them as aria-hidden-focus (microsoft/tabster#288, and for TabList
 * microsoft/fluentui#25133). Only those nodes are let through; any other is a failure.
 */
export async function axeViolations(page: Page, site: Site, selector: string): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) {
    // From the page's own origin: the playground's Content-Security-Policy refuses inline scripts.
    copyFileSync(require.resolve("axe-core/axe.min.js"), path.join(site.dir, "axe.min.js"));
    await page.addScriptTag({ url: `${site.url}axe.min.js` });
  }
  return page.evaluate(async (include) => {
    type Node = { readonly html: string; readonly target: unknown[] };
    type Violation = { readonly id: string; readonly nodes: readonly Node[] };
    const axe = (
      window as unknown as {
        axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Violation[] }> };
      }
    ).axe;
    // Fluent animates sections and dialogs in (Web Animations); mid-animation axe would measure
    // blended colours. Wait for every finite animation to end (a spinner's runs for ever).
    await Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    );
    const result = await axe.run({ include: [include] }, { resultTypes: ["violations"] });
    return result.violations.flatMap((violation) =>
      violation.nodes
        .filter((node) => !(violation.id === "aria-hidden-focus" && node.html.includes("data-tabster-dummy")))
        .map((node) => `${violation.id}: ${JSON.stringify(node.target)}`),
    );
  }, selector);
}
