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
import { descendantsW } from "./walk";

export const PARAGRAPH_SEPARATOR = "\r";
export const LINE_BREAK = "\v";
export const TAB = "\t";

/** Subtrees whose text is not part of the paragraph's own text. */
const SKIPPED = new Set(["txbxContent", "drawing", "pict", "object", "rPr", "pPr", "sdtPr", "sdtEndPr"]);

/** What a reader shows; `deletedText`: tracked deletions (`w:delText`) are part of the text. */
export type TextView = { readonly deletedText: boolean };

const DEFAULT_VIEW: TextView = { deletedText: false };

/** Text of the runs under `el` (a paragraph, a run-level control, a run). */
export function runText(el: XmlElement, meter: Meter, view: TextView = DEFAULT_VIEW): string {
  let out = "";
  const visit = (node: XmlElement): void => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (!isElement(n)) continue;
      meter.touch();
      if (n.namespaceURI === NS.w) {
        if (SKIPPED.has(n.localName ?? "")) continue;
        if (n.localName === "t" || (view.deletedText && n.localName === "delText")) {
          out += n.textContent ?? "";
          continue;
        }
        if (n.localName === "tab") out += TAB;
        else if (n.localName === "br" || n.localName === "cr") out += LINE_BREAK;
      } else if (n.localName === "AlternateContent") {
        continue; // drawings and their fallbacks: not text
      }
      visit(n);
    }
  };
  visit(el);
  return out;
}

/**
 * Text of a container: its paragraphs joined by the paragraph separator, or, when it holds
 * runs only (a run-level control), the run text.
 */
export function containerText(container: XmlElement, meter: Meter, view: TextView = DEFAULT_VIEW): string {
  const paragraphs = descendantsW(container, "p", meter);
  if (paragraphs.length === 0) return runText(container, meter, view);
  return paragraphs.map((p) => runText(p, meter, view)).join(PARAGRAPH_SEPARATOR);
}
