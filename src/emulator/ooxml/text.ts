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

/** What a reader shows; `deletedText`: tracked deletions (`w:delText`) are part of the text. */
export type TextView = { readonly deletedText: boolean };

const DEFAULT_VIEW: TextView = { deletedText: false };

/** Text of the runs under `el` (a paragraph, a run-level control, a run), in one loop. */
export function runText(el: XmlElement, meter: Meter, view: TextView = DEFAULT_VIEW): string {
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
      if (name === "t" || (view.deletedText && name === "delText")) {
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
export function containerText(container: XmlElement, meter: Meter, view: TextView = DEFAULT_VIEW): string {
  const paragraphs = descendantsW(container, "p", meter);
  if (paragraphs.length === 0) return runText(container, meter, view);
  return paragraphs.map((p) => runText(p, meter, view)).join(PARAGRAPH_SEPARATOR);
}
