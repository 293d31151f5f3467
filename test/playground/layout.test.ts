/**
 * Nothing moves or overlaps when the pane speaks, in Chromium at Word's three task-pane widths: a
 * count's message, a grid row's «non salvato», the month headings. Each test checks in the document
 * (as the page draws it) what was written, or that nothing was.
 */
import type { Page } from "playwright-core";

import { PLAN_ROWS } from "../../src/plan/actions";
import type { ClasseId } from "../../src/plan/vocabulary";
import { describeWithProgram } from "../support/programs";
import {
  CHROMIUM,
  TEXT,
  paneSettled,
  reopenTemplate,
  typeInDocument,
  usePlayground,
  viewText,
  pane,
  openSection,
  setPaneWidth,
} from "./browser";
import { WORD_WIDTHS, boxes, countTag, documentText, monthTag } from "./pane-page";

const CLASSES: readonly ClasseId[] = ["III", "IV", "V"];

/** The count boxes and the section headers below them: what must not move when a message appears. */
const STILL = "input, h2";

function countBox(page: Page, classe: ClasseId, indirizzo = "Liceo") {
  return pane(page).getByRole("textbox", { name: `Alunni coinvolti in ASL, ${indirizzo}, classe ${classe}` });
}

/** Opens «Alunni coinvolti» and waits until its code has arrived and drawn the last box. */
async function openStudents(page: Page): Promise<void> {
  await openSection(page, TEXT.studentsTitle);
  await countBox(page, "V", "Professionale").waitFor();
  await paneSettled(page);
}

/**
 * In the grid row whose last cell is `data-cell="<index>-11"`: the boxes of the row's name as drawn
 * (its text, not counting a «non salvato» mark), and of the mark when shown.
 */
function rowNameAndMark(page: Page, index: number, mark: string) {
  return page.evaluate(
    ([cell, markText]) => {
      const row = document.querySelector(`[data-cell="${cell}"]`)!.closest("[role=row]")!;
      const header = row.querySelector("[role=rowheader]")!;
      const isMark = (node: Node) => {
        for (let element = node.parentElement; element && element !== header; element = element.parentElement)
          if (element.textContent === markText) return true;
        return false;
      };
      // Relative to the row's header: the page may scroll between two looks.
      const origin = header.getBoundingClientRect();
      const walker = document.createTreeWalker(header, NodeFilter.SHOW_TEXT);
      const name: DOMRect[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (isMark(node) || node.textContent?.trim() === "") continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        name.push(...Array.from(range.getClientRects()));
      }
      const markElement = Array.from(header.querySelectorAll("*")).find(
        (element) =>
          element.textContent === markText && element.checkVisibility({ visibilityProperty: true }),
      );
      const round = (box: DOMRect) =>
        [box.left - origin.left, box.top - origin.top, box.right - origin.left, box.bottom - origin.top].map(
          (n) => Math.round(n * 10) / 10,
        );
      return { name: name.map(round), mark: markElement ? round(markElement.getBoundingClientRect()) : null };
    },
    [`${index}-11`, mark] as const,
  );
}

const overlaps = (a: readonly number[], b: readonly number[]) =>
  a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;

describeWithProgram(CHROMIUM, "the pane's layout at Word's task-pane widths", () => {
  let page: Page;
  usePlayground("?pane=320", (session) => ({ page } = session));

  test("«Non salvato: nel documento c'è «42».» under a count moves no box of Tecnico or Professionale, nor the headers below", async () => {
    for (const [index, width] of WORD_WIDTHS.entries()) {
      const classe = CLASSES[index]!;
      // One message at a time: the room kept is for one; a second one may take more.
      if (index > 0) await reopenTemplate(page);
      await page.locator("#co-author").setChecked(true);
      await setPaneWidth(page, width);
      await openStudents(page);
      const before = await boxes(page, STILL);
      // The dirigente types 42 from another computer; the tutor types 26 over the blank the pane read.
      await typeInDocument(page, countTag("liceo", classe), "42");
      await countBox(page, classe).fill("26");
      await countBox(page, classe).press("Enter");
      await pane(page)
        .getByText(TEXT.boxMessage(`Liceo ${classe}`, TEXT.notSaved("42")))
        .waitFor();
      await paneSettled(page);
      expect([width, await boxes(page, STILL)]).toEqual([width, before]);
      await expect(viewText(page, countTag("liceo", classe))).resolves.toBe("42");
    }
  });

  test("«dodici» typed in a count shows why it is not a number, writes nothing and moves no box", async () => {
    for (const [index, width] of WORD_WIDTHS.entries()) {
      const classe = CLASSES[index]!;
      if (index > 0) await reopenTemplate(page);
      await setPaneWidth(page, width);
      await openStudents(page);
      const before = await boxes(page, STILL);
      const document = await documentText(page);
      await countBox(page, classe).fill("dodici");
      await countBox(page, classe).press("Enter");
      await pane(page)
        .getByText(TEXT.boxMessage(`Liceo ${classe}`, TEXT.notAWholeNumber("dodici")))
        .waitFor();
      expect([width, await boxes(page, STILL)]).toEqual([width, before]);
      await paneSettled(page);
      expect([width, await documentText(page)]).toEqual([width, document]);
    }
  });

  test("«non salvato» beside a grid row leaves the row's name whole and where it was", async () => {
    for (const [index, width] of WORD_WIDTHS.entries()) {
      const row = ["1.2", "1.5", "1.6"][index]!;
      const rowIndex = PLAN_ROWS.findIndex((planRow) => planRow.id === row);
      await setPaneWidth(page, width);
      await typeInDocument(page, monthTag(row, "ago"), "sì");
      await openSection(page, TEXT.planningTitle);
      await paneSettled(page);
      const box = pane(page).locator(`[data-cell="${rowIndex}-11"]`);
      await box.scrollIntoViewIfNeeded();
      const before = await rowNameAndMark(page, rowIndex, TEXT.rowNotSaved);
      expect(before.mark).toBeNull();
      await box.click();
      await pane(page)
        .getByRole("row")
        .filter({ has: page.locator(`[data-cell="${rowIndex}-11"]`) })
        .getByText(TEXT.rowNotSaved)
        .waitFor();
      await paneSettled(page);
      const after = await rowNameAndMark(page, rowIndex, TEXT.rowNotSaved);
      expect([width, after.name]).toEqual([width, before.name]);
      const covered = after.name.filter((line) => overlaps(line, after.mark!));
      expect([width, covered]).toEqual([width, []]);
      await expect(viewText(page, monthTag(row, "ago"))).resolves.toBe("sì");
    }
  });

  test("the twelve month headings never overlap and each stands over its own column", async () => {
    await openSection(page, TEXT.planningTitle);
    await pane(page).getByRole("grid").waitFor();
    for (const width of WORD_WIDTHS) {
      await setPaneWidth(page, width);
      const before = await documentText(page);
      const layout = await page.evaluate(() => {
        const headings = Array.from(document.querySelectorAll(".panel-slot [role=grid] [role=columnheader]"));
        const text = headings.map((heading) => {
          const range = document.createRange();
          range.selectNodeContents(heading);
          const box = range.getBoundingClientRect();
          return { left: box.left, right: box.right, centre: (box.left + box.right) / 2 };
        });
        const cells = Array.from({ length: 12 }, (_, month) =>
          document.querySelector(`.panel-slot [data-cell="0-${month}"]`)!.getBoundingClientRect(),
        );
        return {
          overlapping: text.slice(1).flatMap((box, i) => (box.left < text[i]!.right ? [i] : [])),
          offColumn: text.flatMap((box, i) =>
            box.centre < cells[i]!.left || box.centre > cells[i]!.right ? [i] : [],
          ),
          count: headings.length,
        };
      });
      expect([width, layout]).toEqual([width, { overlapping: [], offColumn: [], count: 12 }]);
      expect([width, await documentText(page)]).toEqual([width, before]);
    }
  });
});
