/**
 * Word as the tutor meets it, in Chromium over the playground: the ribbon's «Registra
 * versione», «Testi», the plan checks and the blank document. Each test sets the pane to one of
 * Word's widths and checks the document as the page draws it, never the pane's own state.
 */
import type { Page } from "playwright-core";

import { RIBBON_BUTTON_LABEL } from "../../src/playground/ribbon";
import { findRow, rowName } from "../../src/plan/actions";
import { describeCheck } from "../../src/plan/check-messages";
import { formatTag } from "../../src/plan/tags";
import { excerptOf, textEntries } from "../../src/plan/text-entries";
import { todayInItalian } from "../../src/plan/version-draft";
import { FIRST_VERSION_SUMMARY, revisionSummary } from "../../src/plan/versioning";
import { OFFICIAL_SCHOOL_YEARS, PLANNING_MONTHS } from "../../src/plan/vocabulary";
import { commandStrings } from "../../src/commands/strings";
import { levelControlName, monthControlName } from "../../src/taskpane/panel/rows";
import { openDocument, templateBytes } from "../support/documents";
import { foreignDocx } from "../support/plans";
import { describeWithProgram } from "../support/programs";
import {
  CHROMIUM,
  versionRows,
  waitForVersionRows,
  openSection,
  pane,
  setPaneWidth,
  TEXT,
  chooseLevel,
  control,
  paneSettled,
  typeInDocument,
  usePlayground,
  viewSettled,
  viewText,
  waitForViewText,
  axeViolations,
  openFile,
} from "./browser";
import type { Site } from "../support/server";

const DIALOG = commandStrings("it");
const TEXTS = TEXT.texts;
const BLANK = TEXT.blankDocument;
const Y1 = OFFICIAL_SCHOOL_YEARS[0]!;
const ROW = findRow("1.1")!;
const ATTIVAZIONE = formatTag({ kind: "livello", row: "1.1", year: Y1, level: "attivazione" });
const SETTEMBRE = formatTag({ kind: "mese", row: "1.1", year: Y1, month: "set" });
const CRITICITA = formatTag({ kind: "testo", testo: "criticita" });
const OBIETTIVO_41 = formatTag({ kind: "descrizione", azione: "4.1", voce: "obiettivo" });

const dialog = (page: Page) => page.getByRole("dialog", { name: DIALOG.title });

/** Counts the person's presses of the pointer from now on (a click is one press; typing is none). */
async function countPresses(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const counter = window as unknown as { presses: number };
    counter.presses = 0;
    document.addEventListener("pointerdown", (event) => {
      if (event.isTrusted) counter.presses += 1;
    });
  });
  return () => page.evaluate(() => (window as unknown as { presses: number }).presses);
}

/** Opens `bytes` with the page's «Apri .docx…», as a person picks a file. */
function openDocx(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  return openFile(page, {
    name,
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from(bytes),
  });
}

const documentText = (page: Page) => page.getByTestId("document-view").innerText();

describeWithProgram(CHROMIUM, "Word as the tutor meets it, in the playground", () => {
  let page: Page;
  let site: Site;
  usePlayground("?pane=320", (session) => ({ page, site } = session));

  test("item 2: the ribbon's «Registra versione» proposes today, the next number and what changed; an edited row lands in two clicks, a cancelled one not at all", async () => {
    await setPaneWidth(page, 270);
    const button = page.getByRole("button", { name: RIBBON_BUTTON_LABEL });
    const blank = await versionRows(page);
    const today = todayInItalian(new Date(await page.evaluate(() => Date.now())));

    // Cancelled: nothing is written.
    await button.click();
    await dialog(page).getByRole("button", { name: DIALOG.cancel }).click();
    await expect(dialog(page).count()).resolves.toBe(0);
    await viewSettled(page);
    await expect(versionRows(page)).resolves.toEqual(blank);

    // The first version, its summary edited by keyboard: the button and «Registra» are the only clicks.
    const presses = await countPresses(page);
    await button.click();
    await expect(dialog(page).getByLabel(DIALOG.date).inputValue()).resolves.toBe(today);
    await expect(dialog(page).getByLabel(DIALOG.number).inputValue()).resolves.toBe("1");
    await expect(dialog(page).getByLabel(DIALOG.summary).inputValue()).resolves.toBe(FIRST_VERSION_SUMMARY);
    expect(await axeViolations(page, site, "[role=dialog]")).toEqual([]);
    await dialog(page).getByLabel(DIALOG.summary).fill("Prima stesura, condivisa con il dirigente");
    await dialog(page).getByRole("button", { name: DIALOG.record }).click();
    const first = [today, "1", "Prima stesura, condivisa con il dirigente"];
    await waitForVersionRows(page, [first]);
    await expect(presses()).resolves.toBe(2);

    // The tutor changes a level in the pane; the next proposal names that action, with number 2.
    await paneSettled(page);
    await chooseLevel(page, levelControlName(ROW, Y1), "Attivazione");
    await waitForViewText(page, ATTIVAZIONE, "X");
    await paneSettled(page);
    await button.click();
    await expect(dialog(page).getByLabel(DIALOG.number).inputValue()).resolves.toBe("2");
    await expect(dialog(page).getByLabel(DIALOG.summary).inputValue()).resolves.toBe(
      revisionSummary([ATTIVAZIONE]),
    );
    await dialog(page).getByLabel(DIALOG.number).fill("5");
    await dialog(page).getByRole("button", { name: DIALOG.record }).click();
    await waitForVersionRows(page, [first, [today, "5", revisionSummary([ATTIVAZIONE])]]);
    // The pane heard of the ribbon's writes and read them: its Versioni lists both rows.
    await openSection(page, TEXT.versionsTitle);
    await pane(page)
      .getByRole("cell", { name: revisionSummary([ATTIVAZIONE]), exact: true })
      .waitFor();
    await expect(
      pane(page)
        .getByRole("cell", { name: "Prima stesura, condivisa con il dirigente", exact: true })
        .count(),
    ).resolves.toBe(1);
  });

  test("item 3: «Testi» lists every free text empty, shows one the dirigente typed as filled with its first words, and «Vai al testo» focuses that field in the document", async () => {
    await setPaneWidth(page, 320);
    const template = await openDocument(templateBytes());
    const entries = textEntries((await template.document.readPlan()).plan);
    await openSection(page, TEXTS.textsTitle);
    const list = pane(page).getByRole("group", { name: TEXTS.textsTitle });
    await list.locator("li[data-tag]").first().waitFor();
    await expect(
      list.locator("li[data-tag]").evaluateAll((items) => items.map((li) => li.getAttribute("data-tag"))),
    ).resolves.toEqual(entries.map((entry) => entry.tag));
    await expect(list.getByText(TEXTS.state.empty, { exact: true }).count()).resolves.toBe(entries.length);

    const words = "Le aziende del territorio accolgono pochi studenti delle classi terze e nessuno in estate";
    await typeInDocument(page, CRITICITA, words);
    const entry = list.locator(`li[data-tag="${CRITICITA}"]`);
    await entry.getByText(TEXTS.state.filled, { exact: true }).waitFor();
    await expect(entry.getByText(excerptOf(words), { exact: true }).isVisible()).resolves.toBe(true);
    await expect(viewText(page, CRITICITA)).resolves.toBe(words);

    const target = entries.find((candidate) => candidate.tag === OBIETTIVO_41)!;
    await list.getByRole("button", { name: TEXTS.goToTextOf(target.label), exact: true }).click();
    await page.waitForFunction(
      (tag) =>
        document.activeElement instanceof HTMLElement &&
        document.activeElement.dataset.tag === tag &&
        document.activeElement.closest('[data-testid="document-view"]') !== null,
      OBIETTIVO_41,
    );
    const inView = await page.locator(control(OBIETTIVO_41)).evaluate((field) => {
      const column = field.closest(".doc-column")!.getBoundingClientRect();
      const box = field.getBoundingClientRect();
      return box.top >= column.top && box.bottom <= column.bottom;
    });
    expect(inView).toBe(true);
  });

  test("item 4: «Attivazione» with no month planned is a warning naming the row and the year in Problemi, gone once a month is planned", async () => {
    await setPaneWidth(page, 330);
    const warning = describeCheck({
      code: "level-without-months",
      row: ROW.id,
      rowName: rowName(ROW),
      year: Y1,
      level: "attivazione",
    });
    await chooseLevel(page, levelControlName(ROW, Y1), "Attivazione");
    await waitForViewText(page, ATTIVAZIONE, "X");
    await paneSettled(page);
    await openSection(page, TEXT.problemsTitle);
    await pane(page).getByText(warning, { exact: true }).waitFor();

    await openSection(page, TEXT.planningTitle);
    const september = PLANNING_MONTHS.find((month) => month.id === "set")!;
    const box = pane(page).getByRole("checkbox", { name: monthControlName(ROW, september, Y1) });
    await box.scrollIntoViewIfNeeded();
    await box.click();
    await waitForViewText(page, SETTEMBRE, "X");
    await paneSettled(page);
    await openSection(page, TEXT.problemsTitle);
    await pane(page).getByText(warning, { exact: true }).waitFor({ state: "detached" });
    await expect(viewText(page, ATTIVAZIONE)).resolves.toBe("X");
  });

  test("item 6: a blank document gets the template's fields from «Inserisci il modello ufficiale»", async () => {
    await setPaneWidth(page, 320);
    await openDocx(page, "vuoto.docx", await foreignDocx("<w:p/>"));
    await expect(page.locator('[data-testid="document-view"] [data-tag]').count()).resolves.toBe(0);
    await pane(page).getByText(BLANK.notTemplateTitle, { exact: true }).waitFor();
    await pane(page)
      .getByRole("button", { name: new RegExp(`^${BLANK.insertOfficialTemplate}`) })
      .click();
    await page.locator(control(CRITICITA)).waitFor();
    await viewSettled(page);
    await expect(page.locator(control(ATTIVAZIONE)).count()).resolves.toBe(1);
    await expect(page.locator(control(OBIETTIVO_41)).count()).resolves.toBe(1);
    await pane(page).getByText(BLANK.notTemplateTitle, { exact: true }).waitFor({ state: "detached" });
  });

  test("item 6: the tutor picks 2024/2025 and two years, and the blank document gets the template for those years", async () => {
    await setPaneWidth(page, 330);
    await openDocx(page, "vuoto.docx", await foreignDocx("<w:p/>"));
    await pane(page).getByRole("textbox", { name: BLANK.firstSchoolYear }).waitFor();
    expect(await axeViolations(page, site, ".panel-column")).toEqual([]);
    const first = pane(page).getByRole("textbox", { name: BLANK.firstSchoolYear });
    await first.fill("2024/25");
    await pane(page).getByRole("combobox", { name: BLANK.schoolYearCount }).selectOption("2");
    await pane(page)
      .getByRole("button", { name: `${BLANK.insertOfficialTemplate} (2024/2025, 2025/2026)` })
      .click();
    const level = (start: number) =>
      formatTag({ kind: "livello", row: "1.1", year: { start }, level: "attivazione" });
    await page.locator(control(level(2024))).waitFor();
    await viewSettled(page);
    await expect(page.locator(control(level(2025))).count()).resolves.toBe(1);
    await expect(page.locator(control(level(2026))).count()).resolves.toBe(0);
    await expect(page.locator(control(ATTIVAZIONE)).count()).resolves.toBe(0);
  });

  test("item 6: a document that holds text is refused with a sentence saying why, and its text stays as it was", async () => {
    await setPaneWidth(page, 270);
    await openDocx(page, "verbale.docx", await foreignDocx());
    const before = await documentText(page);
    expect(before).toContain("Verbale del collegio docenti");
    await pane(page)
      .getByRole("button", { name: new RegExp(`^${BLANK.insertOfficialTemplate}`) })
      .click();
    // The message bar draws its title and this sentence in one element.
    await pane(page).getByText(TEXT.documentError["document-not-blank"]).waitFor();
    await paneSettled(page);
    await expect(documentText(page)).resolves.toBe(before);
    await expect(page.locator('[data-testid="document-view"] [data-tag]').count()).resolves.toBe(0);
  });
});
