/** Building the runs and paragraphs Word writes when code inserts text. */
import { NS } from "../../docx/namespaces";
import {
  createElement,
  firstChildNamed,
  getAttr,
  setAttr,
  type XmlDocument,
  type XmlElement,
} from "../../docx/xml";
import { LINE_BREAK, TAB } from "./text";

/**
 * insertText splits paragraphs at "\n" (and "\r", "\r\n"), and "\v" is a line break inside the
 * paragraph: office-js #4275 and #1755, where `insertText("Test\nTest\vLine\vBreak\nTest")`
 * is expected — and, since the 2026 fix, gives — three paragraphs, the middle one with two
 * line breaks.
 */
export const PARAGRAPH_BREAK = /\r\n|\r|\n/;

export function hasParagraphBreak(text: string): boolean {
  return PARAGRAPH_BREAK.test(text);
}

function w(doc: XmlDocument, localName: string): XmlElement {
  return createElement(doc, NS.w, localName, "w");
}

/** A `w:r` with a copy of `rPr` and the text as w:t / w:tab / w:br pieces. */
export function buildRun(doc: XmlDocument, rPr: XmlElement | null, text: string): XmlElement {
  const run = w(doc, "r");
  if (rPr) run.appendChild(rPr.cloneNode(true));
  for (const piece of text.split(/(\t|\v)/)) {
    if (piece === "") continue;
    if (piece === TAB) run.appendChild(w(doc, "tab"));
    else if (piece === LINE_BREAK) run.appendChild(w(doc, "br"));
    else {
      const t = w(doc, "t");
      // Word drops leading/trailing/double spaces of a w:t unless told to keep them.
      if (/^\s|\s$|\s\s/.test(piece)) setAttr(t, NS.xml, "space", "preserve", "xml");
      t.appendChild(doc.createTextNode(piece));
      run.appendChild(t);
    }
  }
  return run;
}

/** A `w:p` with a copy of `pPr` holding the given runs. */
export function buildParagraph(
  doc: XmlDocument,
  pPr: XmlElement | null,
  runs: readonly XmlElement[],
): XmlElement {
  const p = w(doc, "p");
  if (pPr) p.appendChild(pPr.cloneNode(true));
  for (const r of runs) p.appendChild(r);
  return p;
}

/** `<w:rPr><w:rStyle w:val="…"/></w:rPr>` */
export function styleRunProperties(doc: XmlDocument, styleId: string): XmlElement {
  const rPr = w(doc, "rPr");
  const style = w(doc, "rStyle");
  setAttr(style, NS.w, "val", styleId, "w");
  rPr.appendChild(style);
  return rPr;
}

/** A copy of `rPr` without a reference to `styleId` (the placeholder style once text is real). */
export function withoutRunStyle(rPr: XmlElement | null, styleId: string): XmlElement | null {
  if (!rPr) return null;
  const copy = rPr.cloneNode(true) as XmlElement;
  const style = firstChildNamed(copy, NS.w, "rStyle");
  if (style && getAttr(style, NS.w, "val") === styleId) copy.removeChild(style);
  return copy;
}
