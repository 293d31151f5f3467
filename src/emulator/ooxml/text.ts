/**
 * The text Word reports for a paragraph, a control or a table cell: a DOM walk that feeds each
 * element to the shared visitor (src/docx/word-text.ts), which the CLI's streaming reader feeds too.
 */
import { isElement, type XmlElement } from "../../docx/xml";
import { LINE_BREAK, PARAGRAPH_SEPARATOR, TAB } from "../../docx/word-model";
import { DEFAULT_TEXT_VIEW, type TextView, markOf, textRole } from "../../docx/word-text";
import type { Meter } from "../meter";
import { descendantsW, nextInDocument } from "./walk";

export { LINE_BREAK, PARAGRAPH_SEPARATOR, TAB, type TextView };

/**
 * Text of the runs under `el` (a paragraph, a run-level control, a run), in one loop. A text read
 * from the top of a subtree never opens a "take" or "skip" element to look inside: it takes the
 * first's text content whole and passes the second by.
 */
export function runText(el: XmlElement, meter: Meter, view: TextView = DEFAULT_TEXT_VIEW): string {
  let out = "";
  let n = el.firstChild;
  while (n) {
    if (!isElement(n)) {
      n = nextInDocument(n, el, false);
      continue;
    }
    meter.touch();
    const role = textRole(n.namespaceURI ?? "", n.localName ?? "", view);
    if (role === "take") out += n.textContent ?? "";
    else out += markOf(role);
    n = nextInDocument(n, el, role !== "take" && role !== "skip");
  }
  return out;
}

/**
 * Text of a container: its paragraphs joined by the paragraph separator, or, when it holds
 * runs only (a run-level control), the run text.
 */
export function containerText(
  container: XmlElement,
  meter: Meter,
  view: TextView = DEFAULT_TEXT_VIEW,
): string {
  const paragraphs = descendantsW(container, "p", meter);
  if (paragraphs.length === 0) return runText(container, meter, view);
  return paragraphs.map((p) => runText(p, meter, view)).join(PARAGRAPH_SEPARATOR);
}
