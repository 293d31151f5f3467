/**
 * The pane a tutor can trust (issue 7), in Chromium over the playground: each test is something a
 * tutor did in the pane, at Word's real task-pane widths, checked in the document as the page draws
 * it, never in the pane's own state.
 */
import type { Browser, Page } from "playwright-core";

import { formatTag } from "../../src/plan/tags";
import { describeWithProgram } from "../support/programs";
import {
  CHROMIUM,
  TEXT,
  launchChromium,
  openPlayground,
  paneSettled,
  reopenTemplate,
  typeInDocument,
  viewText,
  waitForViewText,
} from "./browser";
import { type Site, buildAndServe } from "./server";

const LICEO_III = formatTag({ kind: "alunni", indirizzo: "liceo", classe: "III" });
const LICEO_III_NAME = "Alunni coinvolti in ASL, Liceo, classe III";

const pane = (page: Page) => page.getByRole("complementary");

async function openSection(page: Page, name: string): Promise<void> {
  const header = pane(page).getByRole("button", { name: new RegExp(`^${name}`) });
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
}

describeWithProgram(CHROMIUM, "the pane at Word's task-pane widths", () => {
  let site: Site;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  let fresh = true;

  beforeAll(async () => {
    [site, browser] = await Promise.all([buildAndServe(), launchChromium()]);
    page = await openPlayground(browser, site, errors, "?pane=320");
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await site?.dispose();
  });

  beforeEach(async () => {
    if (!fresh) await reopenTemplate(page);
    fresh = false;
  });

  afterEach(() => {
    expect(errors).toEqual([]);
  });

  test("a count refused because the dirigente changed it is not written when the box loses focus afterwards", async () => {
    await openSection(page, TEXT.studentsTitle);
    // The dirigente types 40 from another computer: this pane hears nothing and still holds the blank.
    await page.locator("#co-author").setChecked(true);
    await typeInDocument(page, LICEO_III, "40");
    const box = pane(page).getByRole("textbox", { name: LICEO_III_NAME });
    await box.fill("26");
    await box.press("Enter");
    await pane(page)
      .getByText(/è cambiato dopo l'ultima lettura \(ora contiene «40»\)/)
      .waitFor();
    await paneSettled(page);
    // As the message suggests: read again. The box loses focus on the way.
    await pane(page).getByRole("button", { name: TEXT.reread }).click();
    await paneSettled(page);
    await pane(page).getByRole("button", { name: TEXT.dismiss }).click();
    await paneSettled(page);
    await expect(viewText(page, LICEO_III)).resolves.toBe("40");
    await expect(box.inputValue()).resolves.toBe("40");
    await expect(pane(page).getByText(TEXT.notSaved("40")).isVisible()).resolves.toBe(true);
    // Only a new edit writes again, over what the pane read last.
    await box.fill("27");
    await box.press("Enter");
    await waitForViewText(page, LICEO_III, "27");
  });
});
