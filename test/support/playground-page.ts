/**
 * The playground page opened in Chromium and brought back to the blank template: what the
 * playground's Chromium tests, the benchmark and the screenshots share. Every check reads the
 * document as drawn (`data-tag` elements of the document view).
 */
import type { Browser, Page } from "playwright-core";

import { createSchema } from "../../src/plan/fields";
import type { Tag } from "../../src/plan/tags";
import { STRINGS } from "../../src/taskpane/strings";
import { TEMPLATE_PATH } from "./template";
import type { Site } from "./server";

export const TEXT = STRINGS.it;

export const FREE_TEXTS = createSchema().fields.filter((field) => field.value === "text").length;

export const control = (tag: Tag) => `[data-testid="document-view"] [data-tag="${tag}"]`;

/** Waits until the document view has drawn the document as it is now (no redraw pending). */
export async function viewSettled(page: Page): Promise<void> {
  await page.locator('[data-testid="document-view"]:not([data-busy])').waitFor();
}

/** Loads the page once (`query` as "?pane=270"); it opens the template by itself. */
export async function openPlayground(
  browser: Browser,
  site: Site,
  errors: string[],
  query = "",
  viewport = { width: 1400, height: 900 },
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${site.url}playground.html${query}`);
  await page.locator(control("pgs:testo:criticita" as Tag)).waitFor();
  await page.getByText(TEXT.freeTexts(0, FREE_TEXTS)).waitFor();
  await viewSettled(page);
  return page;
}

/** Opens the blank template again with the page's own "Apri .docx…", as Word desktop: a fresh start for each test. */
export async function reopenTemplate(page: Page): Promise<void> {
  if ((await page.locator("#host-profile").inputValue()) !== "desktop") {
    await page.locator("#host-profile").selectOption("desktop");
    await page.locator("#root[data-profile=desktop]").waitFor();
  }
  await page.locator("#co-author").setChecked(false);
  await openFile(page, TEMPLATE_PATH);
  await page.getByText(TEXT.freeTexts(0, FREE_TEXTS)).waitFor();
}

/**
 * Opens a file with the page's own «Apri .docx…», as a person picks one, and waits until the page
 * has mounted a new pane over it and drawn it. The pane that was there is marked first: a redraw
 * still pending from an earlier open (a host switch) must not pass for this one.
 */
export async function openFile(page: Page, file: Parameters<Page["setInputFiles"]>[1]): Promise<void> {
  await page.evaluate(() => document.querySelector(".panel-root")?.setAttribute("data-replaced", ""));
  await page.getByTestId("open-file").setInputFiles(file);
  await page.locator(".panel-root:not([data-replaced])").waitFor({ state: "attached" });
  await viewSettled(page);
}
