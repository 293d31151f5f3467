/**
 * Content controls (`w:sdt`) as Word's object model sees them: their type, subtype and level.
 * ECMA-376 Part 1 §17.5.2; the type is the single type element at the end of `w:sdtPr`.
 */
import { NS } from "../../docx/namespaces";
import { childElements, firstChildNamed, isElement, parentElement, type XmlElement } from "../../docx/xml";

/** `Word.ContentControlType` values the emulator can report. */
export type ControlType =
  | "RichText"
  | "PlainText"
  | "CheckBox"
  | "DropDownList"
  | "ComboBox"
  | "DatePicker"
  | "Picture"
  | "BuildingBlockGallery"
  | "RepeatingSection"
  | "Group"
  | "Unknown";

/** Where a control sits: run-level, paragraph-level, wrapping cells, or wrapping rows. */
export type ControlLevel = "inline" | "block" | "cell" | "row";

const W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
const W15 = "http://schemas.microsoft.com/office/word/2012/wordml";

/** sdtPr type elements → Word type. No type element (or w:richText) means rich text. */
const TYPE_ELEMENTS: ReadonlyArray<readonly [string, string, ControlType]> = [
  [NS.w, "text", "PlainText"],
  [W14, "checkbox", "CheckBox"],
  [NS.w, "dropDownList", "DropDownList"],
  [NS.w, "comboBox", "ComboBox"],
  [NS.w, "date", "DatePicker"],
  [NS.w, "picture", "Picture"],
  [NS.w, "docPartObj", "BuildingBlockGallery"],
  [NS.w, "docPartList", "BuildingBlockGallery"],
  [W15, "repeatingSection", "RepeatingSection"],
  [NS.w, "group", "Group"],
  [NS.w, "equation", "Unknown"],
  [NS.w, "citation", "Unknown"],
  [NS.w, "bibliography", "Unknown"],
];

export function sdtPr(sdt: XmlElement): XmlElement | null {
  return firstChildNamed(sdt, NS.w, "sdtPr");
}

export function sdtContent(sdt: XmlElement): XmlElement | null {
  return firstChildNamed(sdt, NS.w, "sdtContent");
}

export function controlType(sdt: XmlElement): ControlType {
  const pr = sdtPr(sdt);
  if (!pr) return "RichText";
  for (const child of childElements(pr)) {
    const hit = TYPE_ELEMENTS.find(([ns, local]) => child.namespaceURI === ns && child.localName === local);
    if (hit) return hit[2];
  }
  return "RichText";
}

/** Run-level parents: a control whose nearest non-sdt ancestor is one of these is inline. */
const INLINE_PARENTS = new Set([
  "p",
  "hyperlink",
  "smartTag",
  "fldSimple",
  "customXml",
  "ins",
  "del",
  "moveFrom",
  "moveTo",
]);

export function controlLevel(sdt: XmlElement): ControlLevel {
  let parent = parentElement(sdt);
  // Nested controls: climb through the enclosing w:sdtContent/w:sdt pairs.
  while (
    parent &&
    parent.namespaceURI === NS.w &&
    (parent.localName === "sdtContent" || parent.localName === "sdt")
  ) {
    parent = parentElement(parent);
  }
  const name = parent?.namespaceURI === NS.w ? parent.localName : null;
  if (name === "tr") return "cell";
  if (name === "tbl") return "row";
  if (name !== null && INLINE_PARENTS.has(name)) return "inline";
  return "block";
}

/** `Word.ContentControl.subtype` (WordApi 1.3). */
export function controlSubtype(sdt: XmlElement): string {
  const type = controlType(sdt);
  const level = controlLevel(sdt);
  if (type === "RichText") {
    if (level === "inline") return "RichTextInline";
    if (level === "cell") return "RichTextTableCell";
    if (level === "row") return "RichTextTableRow";
    return wrapsOnlyATable(sdt) ? "RichTextTable" : "RichTextParagraphs";
  }
  if (type === "PlainText") return level === "inline" ? "PlainTextInline" : "PlainTextParagraph";
  return type;
}

function wrapsOnlyATable(sdt: XmlElement): boolean {
  const content = sdtContent(sdt);
  if (!content) return false;
  const blocks = childElements(content).filter(
    (e) => !(e.namespaceURI === NS.w && (e.localName ?? "").startsWith("bookmark")),
  );
  return (
    blocks.length === 1 &&
    isElement(blocks[0]) &&
    blocks[0].namespaceURI === NS.w &&
    blocks[0].localName === "tbl"
  );
}

/** True when the control sits inside a table (in a cell, or wrapping cells or rows). */
export function isInTable(sdt: XmlElement): boolean {
  for (let p = sdt.parentNode; p; p = p.parentNode) {
    if (
      isElement(p) &&
      p.namespaceURI === NS.w &&
      (p.localName === "tc" || p.localName === "tr" || p.localName === "tbl")
    )
      return true;
  }
  return false;
}
