import type { Element } from "@xmldom/xmldom";
import { buildTemplate } from "../../../src/docx/build";
import { BLANK_PLACEHOLDER } from "../../../src/docx/build/wml/placeholder";
import { NS, REL } from "../../../src/docx/namespaces";
import { PART } from "../../../src/docx/paths";
import { type PlanSchema, createSchema } from "../../../src/plan/fields";
import { type Tag, VERSIONING_TAG, parseTag } from "../../../src/plan/tags";
import { BLANK_CONTENT } from "../../../src/plan/values";
import { parseXml, readParts, wChildren, wElements, wVal } from "./docx-reading";

type Built = { readonly parts: Map<string, string>; readonly controls: Element[] };

async function build(schema: PlanSchema): Promise<Built> {
  const parts = await readParts(await buildTemplate(schema));
  const document = parseXml(parts.get(PART.document) ?? "");
  return { parts, controls: wElements(document, "sdt") };
}

const tagOf = (sdt: Element) => wVal(wElements(sdt, "tag")[0]) ?? "";
const sdtPr = (sdt: Element) => wChildren(sdt, "sdtPr")[0] as Element;

describe("the built template", () => {
  const schema = createSchema();
  let built: Built;
  beforeAll(async () => {
    built = await build(schema);
  });

  it("holds exactly one content control per fill target, plus the versioning control", () => {
    const tags = built.controls.map(tagOf);
    expect(new Set(tags).size).toBe(tags.length);
    expect([...tags].sort()).toEqual([...schema.fields.map((field) => field.tag), VERSIONING_TAG].sort());
    const counts = (value: string) => schema.fields.filter((field) => field.value === value).length;
    expect(counts("mark")).toBe(135 + 9 + 54 + 792);
    expect(counts("count")).toBe(9);
  });

  it("has no control whose tag the tag grammar does not know, other than the versioning control", () => {
    const unknown = built.controls
      .map(tagOf)
      .filter((tag) => tag !== VERSIONING_TAG && parseTag(tag) === undefined);
    expect(unknown).toEqual([]);
  });

  it("makes every control rich text, locked against deletion only, titled and pointing at the blank placeholder", () => {
    const typeElements = [
      "text",
      "richText",
      "date",
      "dropDownList",
      "comboBox",
      "picture",
      "docPartObj",
      "group",
    ];
    for (const sdt of built.controls) {
      const children = Array.from(sdtPr(sdt).childNodes).filter(
        (node): node is Element => node.nodeType === 1,
      );
      expect(children.map((child) => child.localName)).toEqual(["alias", "tag", "id", "lock", "placeholder"]);
      expect(
        children.some((child) => child.namespaceURI !== NS.w || typeElements.includes(child.localName ?? "")),
      ).toBe(false);
      expect(wVal(wElements(sdt, "lock")[0])).toBe("sdtLocked");
      expect(wVal(wElements(sdt, "docPart")[0])).toBe(BLANK_PLACEHOLDER.name);
      expect(wVal(wElements(sdt, "alias")[0])).not.toBe("");
    }
  });

  it("gives every control a unique positive id", () => {
    const ids = built.controls.map((sdt) => Number(wVal(wElements(sdt, "id")[0])));
    expect(ids.every((id) => Number.isInteger(id) && id > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("puts marks, counts, lines and dates inline in a cell paragraph, and free text in block controls", () => {
    for (const sdt of built.controls) {
      const field = schema.byTag.get(tagOf(sdt) as Tag);
      const parent = sdt.parentNode as Element;
      if (field === undefined) {
        expect(wChildren(wChildren(sdt, "sdtContent")[0] as Element).map((child) => child.localName)).toEqual(
          ["tbl"],
        );
      } else if (field.value === "text") {
        expect(["tc", "body"]).toContain(parent.localName);
      } else {
        expect(parent.localName).toBe("p");
        expect((parent.parentNode as Element).localName).toBe("tc");
      }
    }
  });

  it("writes a single blank as every field's content, not the placeholder", () => {
    const fieldControls = built.controls.filter((sdt) => tagOf(sdt) !== VERSIONING_TAG);
    for (const sdt of fieldControls) {
      const texts = wElements(sdt, "t").map((t) => t.textContent);
      expect(texts).toEqual([BLANK_CONTENT]);
      expect(wElements(sdt, "showingPlcHdr")).toEqual([]);
    }
  });

  it("ends every table cell with a paragraph", () => {
    const document = parseXml(built.parts.get(PART.document) ?? "");
    const last = wElements(document, "tc").map((tc) => wChildren(tc).at(-1)?.localName);
    expect(last.filter((name) => name !== "p")).toEqual([]);
  });

  it("defines the blank placeholder in a glossary part that the document points to", () => {
    const glossary = parseXml(built.parts.get(PART.glossary) ?? "");
    const docParts = wElements(glossary, "docPart");
    expect(docParts).toHaveLength(1);
    const docPart = docParts[0] as Element;
    expect(wVal(wElements(docPart, "name")[0])).toBe(BLANK_PLACEHOLDER.name);
    expect(wVal(wElements(docPart, "gallery")[0])).toBe("placeholder");
    expect(wVal(wElements(docPart, "behavior")[0])).toBe("content");
    expect(wElements(wElements(docPart, "docPartBody")[0] as Element, "t").map((t) => t.textContent)).toEqual(
      [BLANK_CONTENT],
    );
    expect(built.parts.get(PART.documentRels)).toContain(
      `Type="${REL.glossaryDocument}" Target="glossary/document.xml"`,
    );
    expect(built.parts.get(PART.contentTypes)).toContain(
      `PartName="/word/glossary/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml"`,
    );
    expect(built.parts.has(PART.glossaryStyles) && built.parts.has(PART.glossarySettings)).toBe(true);
  });

  it("puts the planning grids in a landscape section and ends the body with the last section's properties", () => {
    const document = parseXml(built.parts.get(PART.document) ?? "");
    const sections = wElements(document, "sectPr");
    expect(
      sections.map((sectPr) => wElements(sectPr, "pgSz")[0]?.getAttributeNS(NS.w, "orient") || "portrait"),
    ).toEqual(["portrait", "landscape", "portrait"]);
    const body = wElements(document, "body")[0] as Element;
    expect(wChildren(body).at(-1)?.localName).toBe("sectPr");
  });

  it("is byte-for-byte the same when built twice", async () => {
    const [a, b] = await Promise.all([buildTemplate(schema), buildTemplate(schema)]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe.each([2024, 2025, 2026])("the template for %i and the two following school years", (start) => {
  const years = [{ start }, { start: start + 1 }, { start: start + 2 }];
  it("has a control for every fill target and names its years", async () => {
    const schema = createSchema(years);
    const { parts, controls } = await build(schema);
    expect(controls.map(tagOf).sort()).toEqual(
      [...schema.fields.map((field) => field.tag), VERSIONING_TAG].sort(),
    );
    const document = parts.get(PART.document) ?? "";
    const contains = (text: string) => document.includes(text);
    for (const year of years) {
      expect(
        [
          `${year.start} ${year.start + 1}`,
          `Pianificazione anno scolastico ${year.start}-${year.start + 1}`,
        ].filter((text) => !contains(text)),
      ).toEqual([]);
    }
    // The official years stay only in the cover's programme name ("Piano Operativo … 2017-2020").
    expect(["2017 2018", "2017/2018", ":2017-18:"].filter(contains)).toEqual([]);
  });
});
