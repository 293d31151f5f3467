/**
 * @jest-environment jsdom
 */
/**
 * The playground's drawing: a file is drawn only once it has been read; a file too deeply nested
 * ends in one LimitError before any drawing, and the drawing that was there stays.
 */
import "../../support/dom";
import { LIMITS, LimitError } from "../../../src/plan/limits";
import { parseWordTree, textOf } from "../../../src/playground/document-view/word-tree";
import { DocumentView } from "../../../src/playground/document-view/view";
import { docx, paragraph, run } from "../../support/wordml";

function view(): { container: HTMLElement; view: DocumentView } {
  const container = document.createElement("div");
  const documentView = new DocumentView(container, {
    load: () => Promise.reject(new Error("not used")),
    write: () => Promise.resolve(),
    onError: () => undefined,
  });
  return { container, view: documentView };
}

test("draw shows a readable file", async () => {
  const { container, view: documentView } = view();
  await documentView.draw(await docx(paragraph(run("Primo documento"))));
  expect(container.textContent).toContain("Primo documento");
});

test("a file nested past the limit is refused before drawing, and the old drawing stays", async () => {
  const { container, view: documentView } = view();
  await documentView.draw(await docx(paragraph(run("Primo documento"))));
  const deep = "<w:sdt><w:sdtContent>".repeat(50_000) + "</w:sdtContent></w:sdt>".repeat(50_000);
  await expect(documentView.draw(await docx(deep))).rejects.toBeInstanceOf(LimitError);
  expect(container.textContent).toContain("Primo documento");
});

test("the view's tree reads text through the whole allowed depth, and refuses one level more", () => {
  const depth = LIMITS.xmlDepth;
  const xml = "<a>".repeat(depth) + "fondo" + "</a>".repeat(depth);
  expect(textOf(parseWordTree(xml, "word/document.xml"))).toBe("fondo");
  expect(() => parseWordTree(`<a>${xml}</a>`, "word/document.xml")).toThrow(LimitError);
});
