/**
 * The pane in Office's theme, in Chromium over the playground at 320 px (Word for Windows): the
 * «Tema di Office» switch changes the emulated Office's theme and raises its theme-changed event,
 * the path Word takes; the pane's computed colours are checked, not its state.
 */
import type { Page } from "playwright-core";

import { OFFICE_THEMES, type OfficeThemeId } from "../../src/emulator";
import { contrast, parseHex, type Rgb } from "../../src/taskpane/contrast";
import { describeWithProgram } from "../support/programs";
import { CHROMIUM, TEXT, openSection, pane, usePlayground } from "./browser";

/** "#RRGGBB" as Chromium computes it: "rgb(r, g, b)". */
const computed = (hex: string) => {
  const [r, g, b] = parseHex(hex) ?? [NaN, NaN, NaN];
  return `rgb(${r}, ${g}, ${b})`;
};

const rgbOf = (css: string): Rgb => {
  const [r = NaN, g = NaN, b = NaN] = (css.match(/\d+/g) ?? []).map(Number);
  return [r, g, b];
};

const themed = (page: Page) => pane(page).locator("[data-theme]");

/** The computed background and text colour of the pane's themed element. */
function paneColours(page: Page): Promise<{ readonly background: string; readonly color: string }> {
  return themed(page).evaluate((element) => {
    const style = getComputedStyle(element);
    return { background: style.backgroundColor, color: style.color };
  });
}

/** The computed colour of the text of every section heading, which the pane draws on its surface. */
function headingColours(page: Page): Promise<string[]> {
  return pane(page)
    .locator("h2 button")
    .evaluateAll((buttons) => buttons.map((button) => getComputedStyle(button).color));
}

async function chooseOfficeTheme(page: Page, id: OfficeThemeId): Promise<void> {
  await page.locator("#pane-theme").selectOption(id);
  const background = computed(OFFICE_THEMES[id].bodyBackgroundColor);
  await page.waitForFunction((expected) => {
    const element = document.querySelector("#pane [data-theme]");
    return element !== null && getComputedStyle(element).backgroundColor === expected;
  }, background);
}

describeWithProgram(CHROMIUM, "the pane in Office's theme at 320 px", () => {
  let page: Page;
  usePlayground("?pane=320", (session) => ({ page } = session));

  test("each of Office's four themes chosen in «Tema di Office» gives the pane Office's body colours, its text at 4.5:1 or more", async () => {
    for (const id of ["black", "white", "darkGray", "colorful"] as const) {
      await chooseOfficeTheme(page, id);
      const { background, color } = await paneColours(page);
      expect({ id, background, color }).toEqual({
        id,
        background: computed(OFFICE_THEMES[id].bodyBackgroundColor),
        color: computed(OFFICE_THEMES[id].bodyForegroundColor),
      });
      const kind = id === "black" || id === "darkGray" ? "dark" : "light";
      await expect(themed(page).getAttribute("data-theme")).resolves.toBe(kind);
      const headings = await headingColours(page);
      expect(headings.length).toBeGreaterThan(0);
      for (const heading of headings)
        expect(contrast(rgbOf(heading), rgbOf(background))).toBeGreaterThanOrEqual(4.5);
    }
  });

  test("the version dialog, drawn in a portal outside the pane, wears the pane's theme", async () => {
    await chooseOfficeTheme(page, "black");
    const { color } = await paneColours(page);
    await openSection(page, TEXT.versionsTitle);
    await pane(page).getByRole("button", { name: TEXT.recordVersion }).click();
    await page.getByRole("dialog").getByText(TEXT.recordVersionHint).waitFor();
    const hintColor = await page.evaluate((text) => {
      const hint = [...document.querySelectorAll("[role=dialog] *")].find((e) => e.textContent === text);
      return hint ? getComputedStyle(hint).color : "no hint";
    }, TEXT.recordVersionHint);
    expect(hintColor).toBe(color);
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await chooseOfficeTheme(page, "colorful");
  });

  test("forced colours give the high-contrast theme over any Office theme, and their end gives Office's back", async () => {
    await chooseOfficeTheme(page, "darkGray");
    await page.emulateMedia({ forcedColors: "active" });
    try {
      await page.locator('#pane [data-theme="high-contrast"]').waitFor();
    } finally {
      await page.emulateMedia({ forcedColors: "none" });
    }
    await page.locator('#pane [data-theme="dark"]').waitFor();
    await page.locator("#pane-theme").selectOption("high-contrast");
    await page.locator('#pane [data-theme="high-contrast"]').waitFor();
    await chooseOfficeTheme(page, "colorful");
    await expect(themed(page).getAttribute("data-theme")).resolves.toBe("light");
  });
});
