/**
 * The playground in a real browser: built as `npm start` builds it, served over HTTP, driven with
 * Debian's Chromium through playwright-core. The document view and the real panel share one
 * emulated Word, so each test is one person's action on one side and its effect on the other.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

import { findRow } from "../../src/plan/actions";
import { type Tag, formatTag } from "../../src/plan/tags";
import { TESTI } from "../../src/plan/texts";
import { normaliseText } from "../../src/plan/values";
import { OFFICIAL_SCHOOL_YEARS } from "../../src/plan/vocabulary";
import { levelControlName } from "../../src/taskpane/panel/rows";
import { openDocument } from "../support/documents";
import { describeWithProgram } from "../support/programs";
import {
  CHROMIUM,
  chooseLevel,
  FREE_TEXTS,
  TEXT,
  control,
  typeInDocument,
  viewSettled,
  viewText,
  waitForViewText,
  usePlayground,
} from "./browser";

const YEAR = OFFICIAL_SCHOOL_YEARS[0]!;
const ROW = findRow("1.1")!;
const LEVEL_CONTROL = levelControlName(ROW, YEAR);
const ATTIVAZIONE = formatTag({ kind: "livello", row: "1.1", year: YEAR, level: "attivazione" });
const CONSOLIDAMENTO = formatTag({ kind: "livello", row: "1.1", year: YEAR, level: "consolidamento" });
const OBIETTIVO = formatTag({ kind: "descrizione", azione: "1.1", voce: "obiettivo" });
const CRITICITA = formatTag({ kind: "testo", testo: "criticita" });

describeWithProgram(CHROMIUM, "the playground", () => {
  let page: Page;
  usePlayground("", (session) => ({ page } = session));

  test("the playground shows the template and the panel side by side", async () => {
    const view = page.getByRole("region", { name: "Documento" });
    await expect(
      view.getByRole("heading", { name: "Piano Generale di Supporto", exact: true }).isVisible(),
    ).resolves.toBe(true);
    const heading = view.getByRole("heading", { name: TESTI[0].label });
    await heading.scrollIntoViewIfNeeded();
    await expect(heading.isVisible()).resolves.toBe(true);
    const pane = page.getByRole("complementary");
    await expect(pane.getByText(TEXT.panelLabel, { exact: true }).first().isVisible()).resolves.toBe(true);
    await expect(pane.getByRole("region", { name: TEXT.panelLabel }).isVisible()).resolves.toBe(true);
    // Side by side: the panel starts right of where the document ends.
    const [doc, panel] = await Promise.all([view.boundingBox(), pane.boundingBox()]);
    expect(doc && panel && doc.x + doc.width <= panel.x).toBe(true);
    await expect(page.locator("[data-testid=sync-count]").textContent()).resolves.toMatch(
      /Sincronizzazioni con Word: \d+/,
    );
    // The playground is the emulator's page: office.js is never loaded.
    await expect(page.locator("script[src*='office.js']").count()).resolves.toBe(0);
    await expect(page.evaluate(() => "Office" in window || "Word" in window)).resolves.toBe(false);
  });

  test("choosing a service level in the panel puts an X in that cell of the document view", async () => {
    await chooseLevel(page, LEVEL_CONTROL, "Attivazione");
    await waitForViewText(page, ATTIVAZIONE, "X");
    await chooseLevel(page, LEVEL_CONTROL, "Consolidamento");
    await waitForViewText(page, CONSOLIDAMENTO, "X");
    await waitForViewText(page, ATTIVAZIONE, "");
  });

  test("typing a text into a description in the document view makes the panel re-read it", async () => {
    await typeInDocument(page, OBIETTIVO, "Conoscere il mercato del lavoro locale");
    await page.getByText(TEXT.freeTexts(1, FREE_TEXTS)).waitFor();
    await expect(viewText(page, OBIETTIVO)).resolves.toBe("Conoscere il mercato del lavoro locale");
  });

  test("a block text takes several paragraphs: Shift+Enter starts a new one", async () => {
    const field = page.locator(control(CRITICITA));
    await field.scrollIntoViewIfNeeded();
    await field.click();
    const editor = field.locator("textarea");
    await editor.type("Poche imprese coinvolte");
    await editor.press("Shift+Enter");
    await editor.type("Tutor scolastici senza ore dedicate");
    await editor.press("Enter");
    await viewSettled(page);
    await page.waitForFunction(
      (selector) => document.querySelectorAll(`${selector} > p`).length === 2,
      control(CRITICITA),
    );
    await expect(viewText(page, CRITICITA)).resolves.toBe(
      "Poche imprese coinvolte\nTutor scolastici senza ore dedicate",
    );
  });

  test("typing «sì» into a level mark in the document, then choosing that level in the panel, shows the Italian refusal and keeps «sì»", async () => {
    await typeInDocument(page, ATTIVAZIONE, "sì");
    await waitForViewText(page, ATTIVAZIONE, "sì");
    await chooseLevel(page, LEVEL_CONTROL, "Attivazione");
    const refusal = page.getByTestId("result-bar").filter({ hasText: /non è stato scritto/ });
    // Whichever comes first: the refusal, or the panel's "X" over what the dirigente typed.
    await Promise.race([
      refusal.waitFor().catch(() => undefined),
      waitForViewText(page, ATTIVAZIONE, "X").catch(() => undefined),
    ]);
    await viewSettled(page);
    await expect(viewText(page, ATTIVAZIONE)).resolves.toBe("sì");
    await expect(refusal.textContent()).resolves.toContain("«sì»");
  });

  test("downloading gives a .docx that the emulator reads in Node with the same values", async () => {
    await chooseLevel(page, LEVEL_CONTROL, "Non richiesto");
    await typeInDocument(page, OBIETTIVO, "Mappare le imprese del territorio");
    await page.getByText(TEXT.freeTexts(1, FREE_TEXTS)).waitFor();
    await waitForViewText(
      page,
      formatTag({ kind: "livello", row: "1.1", year: YEAR, level: "non-richiesto" }),
      "X",
    );
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Scarica .docx" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("piano-generale-di-supporto.docx");
    const bytes = new Uint8Array(readFileSync(await download.path()));

    const { document } = await openDocument(bytes);
    const { plan } = await document.readPlan();
    expect(
      plan.values.get(formatTag({ kind: "livello", row: "1.1", year: YEAR, level: "non-richiesto" })),
    ).toEqual({ kind: "mark", marked: true });
    expect(plan.values.get(OBIETTIVO)).toEqual({ kind: "text", text: "Mappare le imprese del territorio" });
    // Every field, as the page draws it, is what Node reads from the downloaded file.
    const drawn = await page.$$eval('[data-testid="document-view"] [data-tag^="pgs:"]', (elements) =>
      elements.map((el) => {
        const paragraphs = el.querySelectorAll(":scope > p");
        const text =
          paragraphs.length === 0
            ? (el.textContent ?? "")
            : Array.from(paragraphs, (p) => p.textContent ?? "").join("\n");
        return [el.getAttribute("data-tag") ?? "", text] as const;
      }),
    );
    const fields = drawn.filter(([tag]) => plan.texts.has(tag as Tag));
    expect(fields.length).toBe(plan.schema.fields.length);
    for (const [tag, text] of fields)
      expect([tag, normaliseText(text)]).toEqual([tag, normaliseText(plan.texts.get(tag as Tag) ?? "")]);
  });

  test("switching to «Word sul web» shows the panel's notice, and a typed cell fails with the host's error", async () => {
    await page.locator("#host-profile").selectOption("web-stress");
    await page.getByRole("note", { name: TEXT.webNoticeTitle }).waitFor();
    await expect(page.locator("[data-testid=sync-count]").textContent()).resolves.toMatch(
      /Sincronizzazioni con Word: [1-9]/,
    );
    await typeInDocument(page, ATTIVAZIONE, "X");
    const message = page.locator(".message[role=alert]");
    await message.waitFor();
    await expect(message.textContent()).resolves.toContain("ItemNotFound");
    await waitForViewText(page, ATTIVAZIONE, "");
  });

  test("a file that is not a .docx is refused with a message and the open document stays", async () => {
    await typeInDocument(page, OBIETTIVO, "Resta");
    await waitForViewText(page, OBIETTIVO, "Resta");
    await page.locator("[data-testid=open-file]").setInputFiles({
      name: "appunti.docx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from("non sono un documento"),
    });
    const message = page.locator(".message[role=alert]");
    await message.waitFor();
    await expect(message.textContent()).resolves.toContain("appunti.docx");
    await expect(viewText(page, OBIETTIVO)).resolves.toBe("Resta");
  });
});
