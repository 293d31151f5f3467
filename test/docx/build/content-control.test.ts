import { blankRun, controlProperties, inlineControl } from "../../../src/docx/build/wml/content-control";
import { cellContent } from "../../../src/docx/build/wml/cell";
import { BLANK_PLACEHOLDER } from "../../../src/docx/build/wml/placeholder";
import { el, text, type XmlElement } from "../../../src/docx/build/xml/tree";
import type { Tag } from "../../../src/plan/tags";

const spec = { tag: "pgs:mese:1.1:2017-18:set", title: "Pianificazione 2017/2018, settembre", id: 7 };
const ids = () => 7;
const tag = spec.tag as Tag;
const names = (element: XmlElement | undefined) =>
  element?.children.flatMap((child) => (child.kind === "element" ? [child.name] : []));

describe("a field's content control", () => {
  it("renders sdtPr children in schema order with alias, tag, id, lock sdtLocked and the blank placeholder", () => {
    expect(controlProperties(spec)).toEqual(
      el("w:sdtPr", {}, [
        el("w:alias", { "w:val": spec.title }),
        el("w:tag", { "w:val": spec.tag }),
        el("w:id", { "w:val": "7" }),
        el("w:lock", { "w:val": "sdtLocked" }),
        el("w:placeholder", {}, [el("w:docPart", { "w:val": BLANK_PLACEHOLDER.name })]),
      ]),
    );
  });

  it("has no type element, so Word lists it as a rich-text control", () => {
    const types = [
      "w:text",
      "w:richText",
      "w:date",
      "w:dropDownList",
      "w:comboBox",
      "w:picture",
      "w14:checkbox",
    ];
    expect(names(controlProperties(spec))?.some((name) => types.includes(name))).toBe(false);
  });

  it("holds a single blank, not the placeholder, in the template", () => {
    expect(blankRun()).toEqual(el("w:r", {}, [el("w:t", { "xml:space": "preserve" }, [text(" ")])]));
    expect(names(controlProperties(spec))).not.toContain("w:showingPlcHdr");
    expect(inlineControl(spec).children[1]).toEqual(el("w:sdtContent", {}, [blankRun()]));
  });
});

describe("a field cell", () => {
  it("puts a mark inline in the cell's paragraph", () => {
    const [p, ...rest] = cellContent({ kind: "field", tag, value: "mark", title: spec.title }, "center", ids);
    expect(rest).toEqual([]);
    expect(p?.name).toBe("w:p");
    expect(names(p)).toEqual(["w:pPr", "w:sdt"]);
  });

  it("writes a fixed label as a run before the control in the same paragraph, one space apart", () => {
    const [p] = cellContent(
      { kind: "field", tag, value: "line", title: spec.title, label: "Altro:" },
      "left",
      ids,
    );
    expect(names(p)).toEqual(["w:pPr", "w:r", "w:sdt"]);
    expect(p?.children[1]).toEqual(
      el("w:r", {}, [el("w:t", { "xml:space": "preserve" }, [text("Altro: ")])]),
    );
  });

  it("wraps free text in a block control and closes the cell with a tiny paragraph", () => {
    const content = cellContent({ kind: "field", tag, value: "text", title: spec.title }, undefined, ids);
    expect(content.map((node) => node.name)).toEqual(["w:sdt", "w:p"]);
    const sdtContent = content[0]?.children[1];
    expect(sdtContent?.kind === "element" && names(sdtContent)).toEqual(["w:p"]);
    expect(content[1]).toEqual(el("w:p", {}, [el("w:pPr", {}, [el("w:pStyle", { "w:val": "CellEnd" })])]));
  });
});
