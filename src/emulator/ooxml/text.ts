/**
 * The text Word reports for a paragraph, a control or a table cell.
 *
 * Separators (assumptions, each a constant so a correction is one line):
 * - between paragraphs: "\r". Word's paragraph mark is character 13 in its object model
 *   (learn.microsoft.com, "Understanding Paragraph Marks", VBA Range.Text); Office.js on desktop
 *   is a layer over the same model. Nobody here has seen what Word on the web returns: readers
 *   should split on /\r\n?|\n/ so either answer works.
 * - a line break (`w:br`, `w:cr`) is "\v", as office-js #2792 shows `\u000b` in paragraph text.
 */
import { NS } from "../../docx/namespaces";
import { isElement, type XmlElement } from "../../docx/xml";
import type { Meter } from "../meter";
import { descendantsW, nextInDocument } from "./walk";

export const PARAGRAPH_SEPARATOR = "\r";
export const LINE_BREAK = "\v";
export const TAB = "\t";

/** Subtrees whose text is not part of the paragraph's own text. */
const SKIPPED = new Set(["txbxContent", "drawing", "pict", "object", "rPr", "pPr", "sdtPr", "sdtEndPr"]);

/** Text of the runs under `el` (a paragraph, a run-level control, a run), in one loop. */
export function runText(el: XmlElement, meter: Meter): string {
  let out = "";
  let n = el.firstChild;
  while (n) {
    if (!isElement(n)) {
      n = nextInDocument(n, el, false);
      continue;
    }
    meter.touch();
    let descend = true;
    if (n.namespaceURI === NS.w) {
      const name = n.localName ?? "";
      if (SKIPPED.has(name)) descend = false;
      else if (name === "t") {
        out += n.textContent ?? "";
        descend = false;
      } else if (name === "tab") out += TAB;
      else if (name === "br" || name === "cr") out += LINE_BREAK;
    } else if (n.localName === "AlternateContent") {
      descend = false; // drawings and their fallbacks: not text
    }
    n = nextInDocument(n, el, descend);
  }
  return out;
}

/**
 * Text of a container: its paragraphs joined by the paragraph separator, or, when it holds
 * runs only (a run-level control), the run text.
 */
export function containerText(container: XmlElement, meter: Meter): string {
  const paragraphs = descendantsW(container, "p", meter);
  if (paragraphs.length === 0) return runText(container, meter);
  return paragraphs.map((p) => runText(p, meter)).join(PARAGRAPH_SEPARATOR);
}
