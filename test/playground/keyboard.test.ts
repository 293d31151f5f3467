/**
 * The pane and the playground by keyboard alone, in Chromium at Word's three task-pane widths: a
 * letter on a level picker, Tab while a section animates, F6 and the skip link. Each test checks in
 * the document (as the page draws it) what was written, or that nothing was.
 */
import type { Browser, Page } from "playwright-core";

import { describeWithProgram } from "../support/programs";
import {
  CHROMIUM,
  TEXT,
  openPlayground,
  usePlayground,
  viewSettled,
  viewTexts,
  waitForViewText,
  pane,
  animationsOver,
  openSection,
  setPaneWidth,
} from "./browser";
import type { Site } from "../support/server";
import { WORD_WIDTHS, documentText, levelPicker, levelTag } from "./pane-page";

/** The text of the option a picker's open list has active (aria-activedescendant), or "" when closed. */
function activeOption(page: Page, row: string): Promise<string> {
  return levelPicker(page, row).evaluate((picker) => {
    const id = picker.getAttribute("aria-activedescendant");
    if (picker.getAttribute("aria-expanded") !== "true" || !id) return "";
    return picker.ownerDocument.getElementById(id)?.textContent ?? "";
  });
}

/** Where the focused element is: in the document view, the pane, the toolbar, or elsewhere. */
function focusRegion(page: Page): Promise<string> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return "none";
    if (focused.closest(".panel-column")) return "pane";
    if (focused.closest(".doc-column")) return "document";
    if (focused.closest(".toolbar")) return "toolbar";
    return "elsewhere";
  });
}

/** Whether the focused element is inside the pane and wholly inside the pane's visible area. */
function focusInPaneView(page: Page): Promise<{ name: string; top: number; bottom: number; view: number[] }> {
  return page.evaluate(() => {
    const slot = document.querySelector(".panel-slot")!.getBoundingClientRect();
    const focused = document.activeElement as HTMLElement;
    const box = focused.getBoundingClientRect();
    return {
      name: focused.getAttribute("aria-label") ?? focused.textContent?.slice(0, 40) ?? "",
      top: Math.round(box.top),
      bottom: Math.round(box.bottom),
      view: [Math.round(slot.top), Math.round(slot.bottom)],
    };
  });
}

const ROWS = ["1.1", "1.2", "1.3"] as const;

describeWithProgram(CHROMIUM, "the pane and the playground by keyboard", () => {
  let page: Page;
  let browser: Browser;
  let site: Site;
  usePlayground("?pane=320", (session) => ({ page, browser, site } = session));

  test("on a closed level picker the first letter opens the list on the first level with that letter and writes nothing; Enter writes that level", async () => {
    for (const [index, width] of WORD_WIDTHS.entries()) {
      const row = ROWS[index]!;
      await setPaneWidth(page, width);
      const before = await documentText(page);
      await levelPicker(page, row).focus();
      await page.keyboard.press("c");
      await expect(activeOption(page, row)).resolves.toBe("Consolidamento");
      // Browsing by letter chose nothing: the document is as it was.
      await viewSettled(page);
      expect([width, await documentText(page)]).toEqual([width, before]);
      await page.keyboard.press("Enter");
      await waitForViewText(page, levelTag(row, "consolidamento"), "X");
      await expect(
        viewTexts(page, [
          levelTag(row, "attivazione"),
          levelTag(row, "consolidamento"),
          levelTag(row, "non-richiesto"),
        ]),
      ).resolves.toEqual(["", "X", ""]);
    }
  });

  test("Tab pressed while a section animates closed lands on a control the pane scrolls into view", async () => {
    for (const width of WORD_WIDTHS) {
      await setPaneWidth(page, width);
      await openSection(page, TEXT.levelsTitle);
      await page.locator(".panel-slot").evaluate((slot) => slot.scrollTo(0, 0));
      const before = await documentText(page);
      await pane(page)
        .getByRole("button", { name: new RegExp(`^${TEXT.planningTitle}`) })
        .focus();
      await page.keyboard.press("Enter");
      await page.keyboard.press("Tab");
      await animationsOver(page);
      await pane(page).getByRole("grid").waitFor();
      await animationsOver(page);
      const focus = await focusInPaneView(page);
      expect(focus.top).toBeGreaterThanOrEqual(focus.view[0]!);
      expect(focus.bottom).toBeLessThanOrEqual(focus.view[1]!);
      expect([width, await documentText(page)]).toEqual([width, before]);
    }
  });

  test("F6 and Shift+F6 move between the toolbar, the document and the pane, as in Word, back where focus was", async () => {
    for (const width of WORD_WIDTHS) {
      await setPaneWidth(page, width);
      const before = await documentText(page);
      await page.getByRole("button", { name: "Apri .docx…" }).focus();
      await page.keyboard.press("F6");
      await expect(focusRegion(page)).resolves.toBe("document");
      await page.keyboard.press("F6");
      await expect(focusRegion(page)).resolves.toBe("pane");
      // Tab from there reaches a control of the pane itself.
      await page.keyboard.press("Tab");
      await expect(page.evaluate(() => !!document.activeElement?.closest(".panel-slot"))).resolves.toBe(true);
      await page.keyboard.press("Shift+F6");
      await expect(focusRegion(page)).resolves.toBe("document");
      await page.keyboard.press("Shift+F6");
      await expect(focusRegion(page)).resolves.toBe("toolbar");
      await page.keyboard.press("Shift+F6");
      await expect(focusRegion(page)).resolves.toBe("pane");

      expect([width, await documentText(page)]).toEqual([width, before]);
    }
  });

  test("on a page just opened, the first Tab shows «Vai al riquadro», and Enter on it leads to the pane's first control", async () => {
    for (const width of WORD_WIDTHS) {
      const errors: string[] = [];
      const fresh = await openPlayground(browser, site, errors, `?pane=${width}`);
      try {
        const before = await documentText(fresh);
        await fresh.keyboard.press("Tab");
        const link = fresh.getByRole("link", { name: "Vai al riquadro" });
        await expect(link.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
        const box = await link.boundingBox();
        expect(box!.width).toBeGreaterThan(0);
        expect(box!.y).toBeGreaterThanOrEqual(0);
        await fresh.keyboard.press("Enter");
        await expect(focusRegion(fresh)).resolves.toBe("pane");
        await fresh.keyboard.press("Tab");
        await expect(fresh.evaluate(() => !!document.activeElement?.closest(".panel-slot"))).resolves.toBe(
          true,
        );
        expect([width, await documentText(fresh)]).toEqual([width, before]);
        expect(errors).toEqual([]);
      } finally {
        await fresh.close();
      }
    }
  });
});
