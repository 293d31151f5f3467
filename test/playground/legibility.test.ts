/**
 * The plan readable where the pane cannot write it, and «Testi» clean under axe, in Chromium at
 * Word's three task-pane widths. Each test checks that the document (as the page draws it) holds
 * what was written before, and nothing more.
 */
import type { Page } from "playwright-core";

import { findRow } from "../../src/plan/actions";
import { levelControlName } from "../../src/taskpane/panel/rows";
import { describeWithProgram } from "../support/programs";
import type { Site } from "../support/server";
import {
  CHROMIUM,
  TEXT,
  axeViolations,
  chooseLevel,
  paneSettled,
  usePlayground,
  viewTexts,
  waitForViewText,
  pane,
  openSection,
  setPaneWidth,
} from "./browser";
import { FIRST_YEAR, WORD_WIDTHS, documentText, levelPicker, levelTag, monthTag } from "./pane-page";

/** The words every note giving the reason shares, in its long and its short form. */
const REASON = /non consente al pannello di scrivere nelle tabelle/;

/**
 * WCAG's contrast ratio of each element's text colour (`text`) or border colour (`border`) against
 * what is drawn behind it: the nearest backgrounds up the tree, each laid over the next.
 */
function contrasts(page: Page, selector: string, of: "text" | "border"): Promise<number[]> {
  return page.evaluate(
    ([css, what]) => {
      type Rgba = [number, number, number, number];
      const parse = (colour: string): Rgba => {
        const [r = 0, g = 0, b = 0, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
        return [r, g, b, colour.startsWith("rgba") ? a : 1];
      };
      const over = (top: Rgba, bottom: Rgba): Rgba => {
        const mix = (i: 0 | 1 | 2) => top[i] * top[3] + bottom[i] * (1 - top[3]);
        return [mix(0), mix(1), mix(2), 1];
      };
      const behind = (element: Element): Rgba => {
        const layers: Rgba[] = [];
        for (let e: Element | null = element; e; e = e.parentElement) {
          const layer = parse(getComputedStyle(e).backgroundColor);
          if (layer[3] > 0) layers.push(layer);
          if (layer[3] === 1) break;
        }
        return layers.reduceRight<Rgba>((base, layer) => over(layer, base), [255, 255, 255, 1]);
      };
      const luminance = ([r, g, b]: Rgba) => {
        const channel = (c: number) => {
          const s = c / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      };
      return Array.from(document.querySelectorAll(`.panel-slot ${css}`), (element) => {
        const style = getComputedStyle(element);
        const base = behind(element);
        const fore = over(parse(what === "text" ? style.color : style.borderTopColor), base);
        const [light, dark] = [luminance(fore), luminance(base)].sort((a, b) => b - a);
        return Math.round(((light! + 0.05) / (dark! + 0.05)) * 100) / 100;
      });
    },
    [selector, of] as const,
  );
}

/** For a picker scrolled to the middle of the pane: whether a note giving the reason is wholly in view beside it. */
function reasonInView(page: Page, pickerName: string): Promise<boolean> {
  return page.evaluate(
    ([name, reason]) => {
      const slot = document.querySelector(".panel-slot")!;
      const picker = Array.from(slot.querySelectorAll("[role=combobox]")).find(
        (element) => element.getAttribute("aria-label") === name,
      )!;
      picker.scrollIntoView({ block: "center" });
      const view = slot.getBoundingClientRect();
      const pickerBox = picker.getBoundingClientRect();
      return Array.from(slot.querySelectorAll("[role=note]")).some((note) => {
        const box = note.getBoundingClientRect();
        const apart = box.bottom <= pickerBox.top || box.top >= pickerBox.bottom;
        return (
          new RegExp(reason).test(note.textContent ?? "") &&
          box.top >= view.top &&
          box.bottom <= view.bottom &&
          apart
        );
      });
    },
    [pickerName, REASON.source] as const,
  );
}

describeWithProgram(CHROMIUM, "the pane's legibility at Word's task-pane widths", () => {
  let page: Page;
  let site: Site;
  usePlayground("?pane=320", (session) => ({ page, site } = session));

  test("on «Word sul web, prova da sforzo» the read-only levels and marks reach WCAG AA contrast, and the reason is in view beside any disabled picker", async () => {
    // Written on Word desktop, then read where the pane cannot write.
    await chooseLevel(page, levelControlName(findRow("1.1")!, FIRST_YEAR), "Consolidamento");
    await waitForViewText(page, levelTag("1.1", "consolidamento"), "X");
    await openSection(page, TEXT.planningTitle);
    await pane(page).locator('[data-cell="0-0"]').click();
    await waitForViewText(page, monthTag("1.1", "set"), "X");
    await page.locator("#host-profile").selectOption("web-stress");
    await page.locator("#root[data-profile=web-stress]").waitFor();
    await paneSettled(page);
    const written = await documentText(page);
    for (const width of WORD_WIDTHS) {
      await setPaneWidth(page, width);
      await openSection(page, TEXT.levelsTitle);
      await expect(levelPicker(page, "1.1").isDisabled()).resolves.toBe(true);
      await expect(levelPicker(page, "1.1").textContent()).resolves.toBe("Consolidamento");
      // Text: 4.5:1 (WCAG 1.4.3) for every level shown, chosen or «— nessuno».
      const levels = await contrasts(page, "[role=combobox]", "text");
      expect(levels.length).toBeGreaterThan(20);
      expect([width, levels.filter((ratio) => ratio < 4.5)]).toEqual([width, []]);
      for (const row of ["1.1", "2.3", "altro-attivazione"]) {
        const name = levelControlName(findRow(row)!, FIRST_YEAR);
        expect([width, row, await reasonInView(page, name)]).toEqual([width, row, true]);
      }
      await openSection(page, TEXT.planningTitle);
      await pane(page).getByRole("note").filter({ hasText: REASON }).first().waitFor();
      await pane(page).getByRole("grid").waitFor();
      // A mark is a graphical object: 3:1 (WCAG 1.4.11), its check and the box's border.
      const checks = await contrasts(page, "[role=grid] input:checked + div", "text");
      const borders = await contrasts(page, "[role=grid] input + div", "border");
      expect(checks.length).toBe(1);
      expect([width, checks.filter((ratio) => ratio < 3)]).toEqual([width, []]);
      expect([width, borders.filter((ratio) => ratio < 3)]).toEqual([width, []]);
      expect([width, await documentText(page)]).toEqual([width, written]);
    }
    await expect(
      viewTexts(page, [levelTag("1.1", "consolidamento"), monthTag("1.1", "set")]),
    ).resolves.toEqual(["X", "X"]);
  });

  test("axe finds nothing in «Testi», headings in order under the section's own", async () => {
    for (const width of WORD_WIDTHS) {
      await setPaneWidth(page, width);
      const before = await documentText(page);
      await openSection(page, TEXT.texts.textsTitle);
      // The section's code has arrived and drawn its list: axe looks at «Testi», not a spinner.
      await pane(page).getByRole("group", { name: TEXT.texts.textsTitle }).waitFor();
      await paneSettled(page);
      expect([width, await axeViolations(page, site, ".panel-column")]).toEqual([width, []]);
      expect([width, await documentText(page)]).toEqual([width, before]);
    }
  });
});
