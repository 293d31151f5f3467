import { NS } from "../../src/docx/namespaces";
import { DEFAULT_TEXT_VIEW, TextBarriers, textRole } from "../../src/docx/word-text";

const SHOWING_DELETIONS = { deletedText: true };
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

describe("textRole states what each element adds to the text Word reports", () => {
  test("w:t is taken whole, in either view", () => {
    expect(textRole(NS.w, "t", DEFAULT_TEXT_VIEW)).toBe("take");
    expect(textRole(NS.w, "t", SHOWING_DELETIONS)).toBe("take");
  });

  test("deleted text shows only in the view that shows deletions", () => {
    expect(textRole(NS.w, "delText", DEFAULT_TEXT_VIEW)).toBe("skip");
    expect(textRole(NS.w, "delText", SHOWING_DELETIONS)).toBe("take");
  });

  test("a field's instruction never shows; its markers, its result and inserted runs are read through", () => {
    for (const view of [DEFAULT_TEXT_VIEW, SHOWING_DELETIONS]) {
      expect(textRole(NS.w, "instrText", view)).toBe("skip");
      expect(textRole(NS.w, "delInstrText", view)).toBe("skip");
      for (const name of ["fldChar", "fldSimple", "ins", "moveTo", "del", "moveFrom", "r", "hyperlink"])
        expect(textRole(NS.w, name, view)).toBe("descend");
    }
  });

  test("properties, drawings, text boxes and AlternateContent in any namespace are skipped", () => {
    for (const name of ["rPr", "pPr", "sdtPr", "sdtEndPr", "drawing", "pict", "object", "txbxContent"])
      expect(textRole(NS.w, name, DEFAULT_TEXT_VIEW)).toBe("skip");
    expect(textRole(MC, "AlternateContent", DEFAULT_TEXT_VIEW)).toBe("skip");
    expect(textRole("urn:other", "AlternateContent", DEFAULT_TEXT_VIEW)).toBe("skip");
    expect(textRole("urn:other", "t", DEFAULT_TEXT_VIEW)).toBe("descend");
  });

  test("tabs, breaks and paragraphs are separators", () => {
    expect(textRole(NS.w, "tab", DEFAULT_TEXT_VIEW)).toBe("tab");
    expect(textRole(NS.w, "br", DEFAULT_TEXT_VIEW)).toBe("break");
    expect(textRole(NS.w, "cr", DEFAULT_TEXT_VIEW)).toBe("break");
    expect(textRole(NS.w, "p", DEFAULT_TEXT_VIEW)).toBe("paragraph");
  });
});

test("TextBarriers: characters count for a text when the first barrier inside it is a take, marks when none is open", () => {
  const barriers = new TextBarriers();
  const outer = barriers.depth;
  expect(barriers.enter("descend")).toBe(false);
  expect(barriers.marksCount(outer)).toBe(true);
  expect(barriers.enter("skip")).toBe(true);
  const inner = barriers.depth; // a paragraph inside a text box
  expect(barriers.enter("take")).toBe(true);
  expect(barriers.taking).toBe(true);
  expect(barriers.charactersCount(inner)).toBe(true);
  expect(barriers.charactersCount(outer)).toBe(false);
  expect(barriers.marksCount(inner)).toBe(false);
  barriers.leave();
  barriers.leave();
  expect(barriers.taking).toBe(false);
  expect(barriers.depth).toBe(outer);
});
