/**
 * The pane a tutor can trust, in Chromium over the playground: each test is something a
 * tutor did in the pane, at Word's real task-pane widths, checked in the document as the page draws
 * it, never in the pane's own state.
 */
import type { Browser, Page } from "playwright-core";

import { findRow } from "../../src/plan/actions";
import { type Tag, formatTag } from "../../src/plan/tags";
import { OFFICIAL_SCHOOL_YEARS, PLANNING_MONTHS, type PlanningMonthId } from "../../src/plan/vocabulary";
import { schoolYearLabel as schoolYear } from "../../src/plan/vocabulary";
import { levelControlName, monthControlName } from "../../src/taskpane/panel/rows";
import { describeWithProgram } from "../support/programs";
import {
  CHROMIUM,
  afterQueuedOperations,
  writesSent,
  openSection,
  pane,
  chooseLevel,
  TEXT,
  openPlayground,
  paneSettled,
  typeInDocument,
  viewSettled,
  viewText,
  viewTexts,
  waitForViewText,
  usePlayground,
  axeViolations,
} from "./browser";
import type { Site } from "../support/server";

const LICEO_III = formatTag({ kind: "alunni", indirizzo: "liceo", classe: "III" });
const LICEO_III_NAME = "Alunni coinvolti in ASL, Liceo, classe III";

const [Y1, Y2] = OFFICIAL_SCHOOL_YEARS;
const MONTH_IDS = PLANNING_MONTHS.map((month) => month.id);
const monthTag = (row: string, month: PlanningMonthId, year = Y1!) =>
  formatTag({ kind: "mese", row, year, month });
const rowMonths = (row: string, year = Y1!) => MONTH_IDS.map((month) => monthTag(row, month, year));
const levelTags = (row: string, year = Y1!) =>
  (["attivazione", "consolidamento", "non-richiesto"] as const).map((level) =>
    formatTag({ kind: "livello", row, year, level }),
  );
/** "X" for the months listed, "" for the others: a row as the document should draw it. */
const expectedRow = (marked: readonly PlanningMonthId[]) =>
  MONTH_IDS.map((month) => (marked.includes(month) ? "X" : ""));

function monthBox(page: Page, row: string, month: PlanningMonthId, year = Y1!) {
  const planRow = findRow(row)!;
  const planningMonth = PLANNING_MONTHS.find((m) => m.id === month)!;
  return pane(page).getByRole("checkbox", { name: monthControlName(planRow, planningMonth, year) });
}

function levelPicker(page: Page, row: string, year = Y1!) {
  return pane(page).getByRole("combobox", { name: levelControlName(findRow(row)!, year) });
}

/** The sync count the page shows: every Word.js round trip, the pane's and the dirigente's. */
async function syncs(page: Page): Promise<number> {
  await paneSettled(page);
  return Number(await page.getByTestId("sync-count").getAttribute("data-syncs"));
}

/** The boxes of the pane's pickers that are in the pane's view, rounded to the pixel. */
function visiblePickerBoxes(page: Page): Promise<number[][]> {
  return page.evaluate(() => {
    const slot = document.querySelector(".panel-slot")!.getBoundingClientRect();
    return Array.from(
      document.querySelectorAll(
        ".panel-slot input[type=checkbox], .panel-slot [role=combobox], .panel-slot input",
      ),
      (element) => element.getBoundingClientRect(),
    )
      .filter((box) => box.bottom > slot.top && box.top < slot.bottom && box.width > 0)
      .map((box) => [box.x, box.y, box.width, box.height].map(Math.round));
  });
}

/** Whether an element is wholly inside the pane's visible area. */
function inPaneView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((css) => {
    const slot = document.querySelector(".panel-slot")!.getBoundingClientRect();
    const element = document.querySelector(css);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    return box.height > 0 && box.top >= slot.top && box.bottom <= slot.bottom;
  }, selector);
}

describeWithProgram(CHROMIUM, "the pane at Word's task-pane widths", () => {
  let site: Site;
  let page: Page;
  let browser: Browser;
  usePlayground("?pane=320", (session) => ({ page, site, browser } = session));

  test("a count refused because the dirigente changed it is not written when the box loses focus afterwards", async () => {
    await openSection(page, TEXT.studentsTitle);
    // The dirigente types 40 from another computer: this pane hears nothing and still holds the blank.
    await page.locator("#co-author").setChecked(true);
    await typeInDocument(page, LICEO_III, "40");
    const box = pane(page).getByRole("textbox", { name: LICEO_III_NAME });
    await box.fill("26");
    await box.press("Enter");
    await pane(page)
      .getByText(/è cambiato dopo l'ultima lettura e ora contiene «40»/)
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

  test("clicking SET, OTT and NOV of one row 0.45 s apart marks those months of that row, and no picker moves while «Salvato» shows", async () => {
    await openSection(page, TEXT.planningTitle);
    const target = monthBox(page, "1.4", "set");
    await target.scrollIntoViewIfNeeded();
    const before = await visiblePickerBoxes(page);
    // Where the tutor's pointer goes: the three boxes as they are before the first click.
    const points = await Promise.all(
      (["set", "ott", "nov"] as const).map(async (month) => {
        const box = (await monthBox(page, "1.4", month).boundingBox())!;
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }),
    );
    for (const [index, point] of points.entries()) {
      if (index > 0) await page.waitForTimeout(450);
      await page.mouse.click(point.x, point.y);
    }
    await pane(page).getByText(TEXT.saved).waitFor();
    const during = await visiblePickerBoxes(page);
    await pane(page).getByText(TEXT.saved).waitFor({ state: "hidden", timeout: 10_000 });
    await paneSettled(page);
    const after = await visiblePickerBoxes(page);
    // Enough pickers to mean something: the grid's rows around the target, in view.
    expect(before.length).toBeGreaterThan(50);
    expect(during).toEqual(before);
    expect(after).toEqual(before);
    await expect(viewTexts(page, rowMonths("1.4"))).resolves.toEqual(expectedRow(["set", "ott", "nov"]));
    await expect(viewTexts(page, rowMonths("1.3"))).resolves.toEqual(expectedRow([]));
  });

  test("a refusal caused by the last misura row is shown beside that row and in the summary, both in view", async () => {
    await typeInDocument(page, monthTag("altro-attivazione", "ago"), "sì");
    await openSection(page, TEXT.planningTitle);
    const box = monthBox(page, "altro-attivazione", "ago");
    await box.scrollIntoViewIfNeeded();
    await box.click();
    await pane(page)
      .getByText(/Contiene «sì», che non è un segno riconosciuto/)
      .waitFor();
    await paneSettled(page);
    await expect(viewText(page, monthTag("altro-attivazione", "ago"))).resolves.toBe("sì");
    await expect(inPaneView(page, '[data-testid="result-bar"]')).resolves.toBe(true);
    const status = pane(page)
      .getByRole("row")
      .filter({ has: page.locator('[data-cell="21-11"]') })
      .getByText(TEXT.rowNotSaved);
    await expect(status.isVisible()).resolves.toBe(true);
    const [statusBox, slot] = await Promise.all([
      status.boundingBox(),
      page.locator(".panel-slot").boundingBox(),
    ]);
    expect(statusBox!.y).toBeGreaterThanOrEqual(slot!.y);
    expect(statusBox!.y + statusBox!.height).toBeLessThanOrEqual(slot!.y + slot!.height);
  });

  test("focus goes back to «Registra nuova versione» after Escape, Annulla and Registra", async () => {
    await openSection(page, TEXT.versionsTitle);
    const opener = pane(page).getByRole("button", { name: TEXT.recordVersion });
    const focusedIsOpener = () =>
      page.waitForFunction((name) => document.activeElement?.textContent === name, TEXT.recordVersion);
    await opener.click();
    await page.getByRole("dialog").waitFor();
    await page.keyboard.press("Escape");
    await focusedIsOpener();
    await opener.click();
    await page.getByRole("dialog").getByRole("button", { name: TEXT.cancel }).click();
    await focusedIsOpener();
    await opener.click();
    await page
      .getByRole("dialog")
      .getByRole("textbox", { name: /AMBITI E AZIONI/ })
      .fill("Prima stesura");
    await page.getByRole("dialog").getByRole("button", { name: TEXT.confirmRecord }).click();
    await focusedIsOpener();
    await paneSettled(page);
    await expect(viewText(page, "pgs:versioning" as Tag)).resolves.toContain("Prima stesura");
  });

  test("browsing the levels with the arrows writes nothing; Enter writes the one level chosen", async () => {
    const picker = levelPicker(page, "1.1");
    const writes = await writesSent(page);
    await picker.focus();
    await page.keyboard.press("ArrowDown");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Escape");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    await afterQueuedOperations(page);
    await expect(writesSent(page)).resolves.toBe(writes);
    await expect(viewTexts(page, levelTags("1.1"))).resolves.toEqual(["", "", ""]);
    const start = await syncs(page);
    await picker.focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await waitForViewText(page, levelTags("1.1")[1]!, "X");
    await expect(viewTexts(page, levelTags("1.1"))).resolves.toEqual(["", "X", ""]);
    // One choice, one write: applyChanges' 2 syncs; the pane takes the write's own read-back, no full read.
    await expect(syncs(page)).resolves.toBe(start + 2);
  });

  test("at 270, 320, 330 and 450 px every level reads in full beside its year, and each misura has its own heading, the third by its name", async () => {
    await typeInDocument(page, formatTag({ kind: "campo", campo: "altro-nome" }), "Orientamento");
    await chooseLevel(page, levelControlName(findRow("altro-attivazione")!, Y1!), "Consolidamento");
    await waitForViewText(page, levelTags("altro-attivazione")[1]!, "X");
    await chooseLevel(page, levelControlName(findRow("1.1")!, Y1!), "Non richiesto");
    await waitForViewText(page, levelTags("1.1")[2]!, "X");
    for (const width of ["270", "320", "330", "450"]) {
      await page.locator("#pane-width").selectOption(width);
      const clipped = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>(".panel-slot [role=combobox]"))
          .filter((element) => element.scrollWidth > element.clientWidth + 1)
          .map((element) => element.getAttribute("aria-label")),
      );
      expect([width, clipped]).toEqual([width, []]);
      // Every picker has its year written on its own line, left of it.
      const unlabelled = await page.evaluate(
        () =>
          Array.from(document.querySelectorAll<HTMLElement>(".panel-slot [role=combobox]")).filter(
            (element) => {
              const label = element.parentElement?.previousElementSibling;
              const box = element.getBoundingClientRect();
              const labelBox = label?.getBoundingClientRect();
              return (
                !labelBox ||
                !/^\d{4}\/\d{4}$/.test(label?.textContent ?? "") ||
                labelBox.right > box.left ||
                Math.abs(labelBox.top + labelBox.height / 2 - (box.top + box.height / 2)) > box.height / 2
              );
            },
          ).length,
      );
      expect([width, unlabelled]).toEqual([width, 0]);
    }
    const headings = await pane(page).getByRole("heading", { level: 3 }).allTextContents();
    expect(headings.slice(-4)).toEqual([
      "Supporto per l'accreditamento al sistema regionale dei servizi per il lavoro",
      "TRANSIZIONE · Tirocinio extracurricolare",
      "TRANSIZIONE · Apprendistato di I livello",
      "TRANSIZIONE · Orientamento",
    ]);
    await expect(
      pane(page)
        .getByRole("region", { name: "TRANSIZIONE · Orientamento" })
        .getByText("Orientamento Attivazione")
        .isVisible(),
    ).resolves.toBe(true);
  });

  test("a mark holding «sì» shows, with its text, in the months grid and in the level picker", async () => {
    await typeInDocument(page, monthTag("2.1", "gen"), "sì");
    await typeInDocument(page, levelTags("2.1")[0]!, "sì");
    await paneSettled(page);
    // The pane reads again when Word's hint reaches it, which may be after the view has settled.
    const picker = levelPicker(page, "2.1").filter({ hasText: "«sì»" });
    await picker.waitFor();
    await expect(picker.getAttribute("title")).resolves.toContain("«sì»");
    await openSection(page, TEXT.planningTitle);
    const cell = pane(page).locator('[data-cell="6-4"][title*="«sì»"]');
    await cell.waitFor();
    await expect(cell.evaluate((input) => (input as HTMLInputElement).indeterminate)).resolves.toBe(true);
    await expect(viewText(page, monthTag("2.1", "gen"))).resolves.toBe("sì");
  });

  test("the months grid is one tab stop with arrows inside; Shift+click marks a span and a year is copied, each in one write", async () => {
    await openSection(page, TEXT.planningTitle);
    const grid = pane(page).getByRole("grid");
    await expect(grid.locator('input[tabindex="0"]').count()).resolves.toBe(1);
    await grid.locator('input[tabindex="0"]').focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowRight");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-cell"))).resolves.toBe("2-1");
    await expect(grid.locator('input[tabindex="0"]').count()).resolves.toBe(1);
    await page.keyboard.press("Space");
    await waitForViewText(page, monthTag("1.3", "ott"), "X");
    const start = await syncs(page);
    await monthBox(page, "1.3", "mar").click({ modifiers: ["Shift"] });
    await waitForViewText(page, monthTag("1.3", "mar"), "X");
    await expect(viewTexts(page, rowMonths("1.3"))).resolves.toEqual(
      expectedRow(["ott", "nov", "dic", "gen", "feb", "mar"]),
    );
    // Each gesture is one applyChanges (2 syncs), and the pane updates from its read-back.
    await expect(syncs(page)).resolves.toBe(start + 2);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Shift+Space");
    await waitForViewText(page, monthTag("1.3", "mag"), "X");
    await expect(syncs(page)).resolves.toBe(start + 4);
    await pane(page)
      .getByRole("tab", { name: schoolYear(Y2!) })
      .click();
    await pane(page)
      .getByRole("button", { name: TEXT.copyYear(schoolYear(Y1!)) })
      .click();
    await waitForViewText(page, monthTag("1.3", "mag", Y2!), "X");
    await expect(viewTexts(page, rowMonths("1.3", Y2!))).resolves.toEqual(
      expectedRow(["ott", "nov", "dic", "gen", "feb", "mar", "apr", "mag"]),
    );
    await expect(syncs(page)).resolves.toBe(start + 6);
  });

  test("on Word on the web, where table fields cannot be written, every picker is disabled up front and says why", async () => {
    await page.locator("#host-profile").selectOption("web-stress");
    await page.locator("#root[data-profile=web-stress]").waitFor();
    await paneSettled(page);
    await openSection(page, TEXT.levelsTitle);
    await pane(page).getByRole("note").filter({ hasText: TEXT.tablesReadOnly }).last().waitFor();
    await expect(levelPicker(page, "1.1").isDisabled()).resolves.toBe(true);
    await openSection(page, TEXT.planningTitle);
    await pane(page).getByRole("note").filter({ hasText: TEXT.tablesReadOnly }).last().waitFor();
    const enabled = await pane(page).locator("[role=grid] input:not([disabled])").count();
    expect(enabled).toBe(0);
    const writes = await writesSent(page);
    await monthBox(page, "1.1", "set").click({ force: true });
    await afterQueuedOperations(page);
    await expect(writesSent(page)).resolves.toBe(writes);
    await viewSettled(page);
    await expect(viewTexts(page, [monthTag("1.1", "set")])).resolves.toEqual([""]);
  });

  test("a section whose code cannot be downloaded says so, leaves the rest of the pane working, and «Riprova» brings it; what is then typed reaches the document", async () => {
    const offline: string[] = [];
    const fresh = await openPlayground(browser, site, offline, "?pane=320");
    try {
      const chunk = "**/section-students*.js";
      await fresh.route(chunk, (route) => route.abort("internetdisconnected"));
      await openSection(fresh, TEXT.studentsTitle);
      await pane(fresh).getByRole("alert").filter({ hasText: TEXT.sectionNotLoaded }).waitFor();
      await expect(pane(fresh).getByRole("button", { name: TEXT.reread }).isEnabled()).resolves.toBe(true);

      await fresh.unroute(chunk);
      await pane(fresh).getByRole("button", { name: TEXT.retry }).click();
      const box = pane(fresh).getByRole("textbox", { name: LICEO_III_NAME });
      await box.fill("26");
      await box.press("Enter");
      await waitForViewText(fresh, LICEO_III, "26");
      await expect(pane(fresh).getByRole("alert").count()).resolves.toBe(0);
      expect(offline).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  test("axe finds no accessibility violation in any section of the pane at 320 px, nor in the version dialog", async () => {
    const audit = (selector: string) => axeViolations(page, site, selector);
    const sections = [
      TEXT.levelsTitle,
      TEXT.planningTitle,
      TEXT.studentsTitle,
      TEXT.versionsTitle,
      TEXT.texts.textsTitle,
      TEXT.problemsTitle,
    ];
    for (const section of sections) {
      await openSection(page, section);
      await paneSettled(page);
      expect([section, await audit(".panel-column")]).toEqual([section, []]);
    }
    await openSection(page, TEXT.versionsTitle);
    await pane(page).getByRole("button", { name: TEXT.recordVersion }).click();
    await page.getByRole("dialog").waitFor();
    expect(["dialog", await audit("[role=dialog]")]).toEqual(["dialog", []]);
    await page.keyboard.press("Escape");
  });
});
