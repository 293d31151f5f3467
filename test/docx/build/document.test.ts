import { documentPart, sectionOrientations } from "../../../src/docx/build/parts/document";
import { descendants, type XmlElement } from "../../../src/docx/build/xml/tree";
import type { Block } from "../../../src/plan/layout-types";
import type { Tag } from "../../../src/plan/tags";

const table = (id: string): Block => ({
  kind: "table",
  table: { id, columns: [1], rows: [{ cells: [{ content: { kind: "label", text: id } }] }] },
});
const render = (layout: readonly Block[]) => documentPart(layout, () => 1, "rId9");
const body = (document: XmlElement): XmlElement[] =>
  (document.children[0]?.kind === "element" ? document.children[0].children : []).filter(
    (child): child is XmlElement => child.kind === "element",
  );
const has = (element: XmlElement | undefined, name: string) =>
  element !== undefined && [...descendants(element)].some((node) => node.name === name);

describe("the document body", () => {
  it("gives each block the orientation of the section-end that closes its section, portrait after the last", () => {
    const layout: Block[] = [
      { kind: "heading", level: 1, text: "a" },
      { kind: "section-end", orientation: "portrait" },
      { kind: "heading", level: 1, text: "b" },
      { kind: "section-end", orientation: "landscape" },
      { kind: "heading", level: 1, text: "c" },
    ];
    expect(sectionOrientations(layout)).toEqual([
      "portrait",
      "portrait",
      "landscape",
      "landscape",
      "portrait",
    ]);
  });

  it("ends a section with a paragraph carrying its sectPr and puts the last one at the end of the body", () => {
    const elements = body(
      render([table("t"), { kind: "section-end", orientation: "landscape" }, table("u")]),
    );
    expect(elements.map((element) => element.name)).toEqual(["w:tbl", "w:p", "w:tbl", "w:p", "w:sectPr"]);
    const orient = (sectPr: XmlElement | undefined) =>
      sectPr && [...descendants(sectPr)].find((node) => node.name === "w:pgSz")?.attributes["w:orient"];
    expect(orient([...descendants(elements[1] as XmlElement)].find((node) => node.name === "w:sectPr"))).toBe(
      "landscape",
    );
    expect(orient(elements[4])).toBeUndefined();
  });

  it("sizes tables to the text width of their section's orientation", () => {
    const elements = body(render([table("t"), { kind: "section-end", orientation: "landscape" }]));
    const tblW = [...descendants(elements[0] as XmlElement)].find((node) => node.name === "w:tblW");
    expect(tblW?.attributes["w:w"]).toBe(String(16838 - 2 * 1134));
  });

  it("keeps two consecutive tables apart with a paragraph, so Word does not merge them", () => {
    expect(body(render([table("t"), table("u")])).map((element) => element.name)).toEqual([
      "w:tbl",
      "w:p",
      "w:tbl",
      "w:p",
      "w:sectPr",
    ]);
  });

  it("turns a page break into pageBreakBefore on the next paragraph instead of an empty line", () => {
    const elements = body(render([{ kind: "page-break" }, { kind: "heading", level: 2, text: "x" }]));
    expect(elements.map((element) => element.name)).toEqual(["w:p", "w:sectPr"]);
    expect(has(elements[0], "w:pageBreakBefore")).toBe(true);
  });

  it("puts the body's free text in a block control", () => {
    const elements = body(
      render([{ kind: "text-field", tag: "pgs:testo:note" as Tag, title: "Note documento" }]),
    );
    expect(elements[0]?.name).toBe("w:sdt");
    expect(elements.map((element) => element.name)).toEqual(["w:sdt", "w:p", "w:sectPr"]);
  });
});
