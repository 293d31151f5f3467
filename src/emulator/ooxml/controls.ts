/**
 * Content controls (`w:sdt`) as Word's object model sees them: their type, subtype and level.
 * ECMA-376 Part 1 §17.5.2; the type is the single type element at the end of `w:sdtPr`
 * (src/docx/word-model.ts, shared with the CLI's reader).
 */

export type { ControlType };
import { NS } from "../../docx/namespaces";
import { type ControlType, controlTypeElement } from "../../docx/word-model";
import { childElements, firstChildNamed, isElement, parentElement, type XmlElement } from "../../docx/xml";

/** Where a control sits: run-level, paragraph-level, wrapping cells, or wrapping rows. */
export type ControlLevel = "inline" | "block" | "cell" | "row";

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
    const type = controlTypeElement(child.namespaceURI ?? "", child.localName ?? "");
    if (type) return type;
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
