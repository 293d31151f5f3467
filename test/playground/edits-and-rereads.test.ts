/**
 * What the tutor types is what lands, or nothing: in Chromium over the playground, at Word's pane
 * widths, the dirigente types in the document while the tutor works in the pane, and the page's
 * gate (src/wiring/gate.ts) delivers the pane's change hint and its re-read at one chosen moment
 * of the tutor's gesture: before they enter the control, between entering and the first key,
 * between keys, between the last key and Enter. Every check reads the document as drawn.
 */
import type { Page } from "playwright-core";

import { findRow } from "../../src/plan/actions";
import { formatTag } from "../../src/plan/tags";
import { OFFICIAL_SCHOOL_YEARS } from "../../src/plan/vocabulary";
import type { GatedEvent } from "../../src/wiring/gate";
import { levelControlName } from "../../src/taskpane/panel/rows";
import { describeWithProgram } from "../support/programs";
import {
  CHROMIUM,
  chooseLevel,
  waitForViewText,
  type GateWindow,
  TEXT,
  openSection,
  pane,
  paneSettled,
  setPaneWidth,
  typeInDocument,
  usePlayground,
  viewSettled,
  viewText,
  viewTexts,
  waitForVersionRows,
} from "./browser";

const LICEO_III = formatTag({ kind: "alunni", indirizzo: "liceo", classe: "III" });
const LICEO_III_NAME = "Alunni coinvolti in ASL, Liceo, classe III";
const [Y1] = OFFICIAL_SCHOOL_YEARS;
const ROW = "1.1";
const LEVELS = (["attivazione", "consolidamento", "non-richiesto"] as const).map((level) =>
  formatTag({ kind: "livello", row: ROW, year: Y1!, level }),
);

function holdAll(page: Page): Promise<void> {
  return page.evaluate(() => {
    const { playgroundGate } = window as unknown as GateWindow;
    for (const kind of ["hint", "read", "write"] as const) playgroundGate.hold(kind);
  });
}

function openAll(page: Page): Promise<void> {
  return page.evaluate(() => {
    const { playgroundGate } = window as unknown as GateWindow;
    for (const kind of ["hint", "read", "write"] as const) playgroundGate.open(kind);
  });
}

function openGate(page: Page, kind: GatedEvent): Promise<void> {
  return page.evaluate((which) => (window as unknown as GateWindow).playgroundGate.open(which), kind);
}

/**
 * Word's hint that the document may have changed reaches the pane now, and so does the re-read it
 * starts (made on the document as it is now): the pane then shows what that read found.
 */
async function deliverHintAndReread(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const { playgroundGate } = window as unknown as GateWindow;
    await playgroundGate.next("hint");
    while (playgroundGate.release("hint"));
    await playgroundGate.next("read");
    playgroundGate.release("read");
  });
  await pane(page).getByText(TEXT.reading).waitFor({ state: "hidden" });
}

/** What the pane's message area says, as one string. */
function resultBar(page: Page): Promise<string> {
  return page.getByTestId("result-bar").innerText();
}

/** The moments of the tutor's gesture at which the hint and the re-read may arrive. */
const MOMENTS = ["before-focus", "after-focus", "between-keys", "before-enter"] as const;
type Moment = (typeof MOMENTS)[number];

/** The tutor's gesture, with the hint and re-read delivered at `moment`: enter, keys, Enter. */
async function gesture(
  page: Page,
  moment: Moment,
  steps: { readonly enter: () => Promise<void>; readonly keys: readonly [string, ...string[]] },
): Promise<void> {
  if (moment === "before-focus") await deliverHintAndReread(page);
  await steps.enter();
  if (moment === "after-focus") await deliverHintAndReread(page);
  const [first, ...rest] = steps.keys;
  await page.keyboard.press(first);
  if (moment === "between-keys") await deliverHintAndReread(page);
  for (const key of rest) await page.keyboard.press(key);
  if (moment === "before-enter") await deliverHintAndReread(page);
  // What follows the write (a full read after a refusal) is not part of the race.
  await openGate(page, "read");
  await page.keyboard.press("Enter");
}

describeWithProgram(CHROMIUM, "a re-read never changes what the tutor is editing", () => {
  let page: Page;
  usePlayground("?pane=320", (session) => ({ page } = session));

  afterEach(async () => {
    await openAll(page);
    await paneSettled(page);
  });

  for (const width of [270, 320, 330] as const) {
    describe(`at ${width} px`, () => {
      beforeEach(async () => {
        await setPaneWidth(page, width);
        await holdAll(page);
        // Writes reach Word as soon as the pane sends them: only hints and reads are timed here.
        await openGate(page, "write");
      });

      for (const moment of MOMENTS) {
        const reread = moment === "before-focus";
        test(
          reread
            ? "a count typed after the pane re-read the dirigente's 42 lands as typed"
            : `a count typed over the blank the box was entered over, with the dirigente's 42 read ${moment}, is refused and the document keeps 42, never a mix`,
          async () => {
            await openSection(page, TEXT.studentsTitle);
            await typeInDocument(page, LICEO_III, "42");
            const box = pane(page).getByRole("textbox", { name: LICEO_III_NAME });
            const shownOnEntry = reread ? "42" : "";
            await gesture(page, moment, {
              enter: async () => {
                await box.click();
                await expect(box.inputValue()).resolves.toBe(shownOnEntry);
                // The tutor replaces whatever the box shows.
                await page.keyboard.press("ControlOrMeta+A");
              },
              keys: ["2", "8"],
            });
            if (reread) {
              await pane(page).getByText(TEXT.saved).waitFor();
              await paneSettled(page);
              await expect(viewText(page, LICEO_III)).resolves.toBe("28");
              return;
            }
            await pane(page).getByText(TEXT.fieldNotWritten(LICEO_III_NAME)).waitFor();
            await paneSettled(page);
            // What was not written is said once (the title), then why, then what to do.
            await expect(resultBar(page)).resolves.toMatch(
              /^[^]*non è stato scritto[^]*?Nel documento è cambiato[^]*scrivere di nuovo\.[^]*$/,
            );
            await expect(
              resultBar(page).then((text) => text.split("non è stato scritto").length),
            ).resolves.toBe(2);
            await expect(viewText(page, LICEO_III)).resolves.toBe("42");
            await expect(box.inputValue()).resolves.toBe("42");
            await expect(pane(page).getByText(TEXT.notSaved("42")).isVisible()).resolves.toBe(true);
          },
        );

        test(
          reread
            ? "a level chosen after the pane re-read the dirigente's Consolidamento replaces it"
            : `a level chosen over the picker as entered, with the dirigente's Consolidamento read ${moment}, is refused whole and the document keeps Consolidamento`,
          async () => {
            await typeInDocument(page, LEVELS[1]!, "X");
            const picker = pane(page).getByRole("combobox", { name: levelControlName(findRow(ROW)!, Y1!) });
            await gesture(page, moment, {
              enter: () => picker.focus(),
              // Open the list, go to its first option («— nessuno»), then one down: Attivazione.
              keys: ["ArrowDown", "Home", "ArrowDown"],
            });
            if (reread) {
              await pane(page).getByText(TEXT.saved).waitFor();
              await paneSettled(page);
              await expect(viewTexts(page, LEVELS)).resolves.toEqual(["X", "", ""]);
              return;
            }
            await pane(page).getByText(TEXT.choiceNotWritten).waitFor();
            await paneSettled(page);
            await expect(viewTexts(page, LEVELS)).resolves.toEqual(["", "X", ""]);
          },
        );
      }

      test("the version dialog keeps the number and summary the tutor typed through a re-read, and records them as typed", async () => {
        // The dirigente marks a level in Word; the pane will hear of it only once the dialog is open.
        await typeInDocument(page, LEVELS[0]!, "X");
        await openSection(page, TEXT.versionsTitle);
        await pane(page).getByRole("button", { name: TEXT.recordVersion }).click();
        const dialog = page.getByRole("dialog", { name: TEXT.recordVersionTitle });
        const summary = dialog.getByRole("textbox", { name: /^AMBITI E AZIONI/ });
        const number = dialog.getByRole("textbox", { name: /^VERSIONE N\./ });
        await summary.fill("Revisione dell'ambito 1");
        await number.fill("3");
        await deliverHintAndReread(page);
        await expect(summary.inputValue()).resolves.toBe("Revisione dell'ambito 1");
        await expect(number.inputValue()).resolves.toBe("3");
        const date = await dialog.getByRole("textbox", { name: /^DATA/ }).inputValue();
        await openGate(page, "read");
        await dialog.getByRole("button", { name: TEXT.confirmRecord }).click();
        await pane(page).getByText(TEXT.versionRecorded("3")).waitFor();
        await paneSettled(page);
        await waitForVersionRows(page, [[date, "3", "Revisione dell'ambito 1"]]);
      });

      test("a level chosen over a «sì» in its Attivazione is refused whole: the year keeps its Non richiesto, and the message says so once", async () => {
        await openAll(page);
        const row = "1.2";
        const name = levelControlName(findRow(row)!, Y1!);
        const tags = (["attivazione", "consolidamento", "non-richiesto"] as const).map((level) =>
          formatTag({ kind: "livello", row, year: Y1!, level }),
        );
        await chooseLevel(page, name, "Non richiesto");
        await waitForViewText(page, tags[2]!, "X");
        await typeInDocument(page, tags[0]!, "sì");
        await pane(page).getByText(TEXT.unreadableLevel("sì")).waitFor();
        await chooseLevel(page, name, "Attivazione");
        await pane(page).getByText(TEXT.choiceNotWritten).waitFor();
        await paneSettled(page);
        await expect(viewTexts(page, tags)).resolves.toEqual(["sì", "", "X"]);
        const message = await resultBar(page);
        expect(message.split("non è stato scritto").length).toBe(2);
        expect(message).toContain("«sì»");
        expect(message).toContain(TEXT.withheldChanges(1));
      });

      test("the box being edited says what the document holds now beside it, and keeps what the tutor typed", async () => {
        await openSection(page, TEXT.studentsTitle);
        await typeInDocument(page, LICEO_III, "42");
        const box = pane(page).getByRole("textbox", { name: LICEO_III_NAME });
        await box.click();
        await page.keyboard.type("2");
        await deliverHintAndReread(page);
        await expect(box.inputValue()).resolves.toBe("2");
        await pane(page).getByText(TEXT.documentNow("42")).waitFor();
        await page.keyboard.type("8");
        await expect(box.inputValue()).resolves.toBe("28");
        await viewSettled(page);
        await expect(viewText(page, LICEO_III)).resolves.toBe("42");
      });
    });
  }
});
