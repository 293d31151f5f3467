/**
 * The text Word reports for a paragraph, a control or a table cell, by the rules of
 * src/docx/word-model.ts (separators, skipped subtrees), which the CLI's reader shares.
 */
import { isElement, type XmlElement } from "../../docx/xml";
import { LINE_BREAK, PARAGRAPH_SEPARATOR, TAB, isSkippedForText } from "../../docx/word-model";
import { NS } from "../../docx/namespaces";
import type { Meter } from "../meter";
import { descendantsW, nextInDocument } from "./walk";

export { LINE_BREAK, PARAGRAPH_SEPARATOR, TAB };

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
    const ns = n.namespaceURI ?? "";
    const name = n.localName ?? "";
    if (isSkippedForText(ns, name)) descend = false;
    else if (ns === NS.w) {
      if (name === "t") {
        out += n.textContent ?? "";
        descend = false;
      } else if (name === "tab") out += TAB;
      else if (name === "br" || name === "cr") out += LINE_BREAK;
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
