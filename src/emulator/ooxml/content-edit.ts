/**
 * Changing what a content control holds, the way Word does it: the new text takes the run
 * properties of the control's first run (so formatting survives) and the paragraph properties of
 * its first paragraph; an emptied control shows its placeholder again.
 */
import { NS } from "../../docx/namespaces";
import {
  childElements,
  createElement,
  firstChildNamed,
  isNamed,
  removeChildren,
  type XmlElement,
} from "../../docx/xml";
import { NotEmulatedError } from "../errors";
import type { Meter } from "../meter";
import { controlLevel, sdtContent } from "./controls";
import { DEFAULT_PLACEHOLDER_TEXT, PLACEHOLDER_STYLE_ID, type PlaceholderSource } from "./placeholder";
import {
  buildParagraph,
  buildRun,
  hasParagraphBreak,
  PARAGRAPH_BREAK,
  styleRunProperties,
  withoutRunStyle,
} from "./runs";
import { isShowingPlaceholder, placeholderDocPartName, setShowingPlaceholder } from "./sdt-properties";
import { descendantsW } from "./walk";

export type EditEnv = {
  readonly meter: Meter;
  readonly placeholders: PlaceholderSource;
  /** Told when an edit adds or removes a content control (nested, or from a placeholder docPart). */
  readonly controlsChanged: () => void;
};

export type EdgeLocation = "Start" | "End";

function docOf(el: XmlElement) {
  const doc = el.ownerDocument;
  if (!doc) throw new Error("element outside a document");
  return doc;
}

function ensureContent(sdt: XmlElement): XmlElement {
  const existing = sdtContent(sdt);
  if (existing) return existing;
  const content = createElement(docOf(sdt), NS.w, "sdtContent", "w");
  sdt.appendChild(content);
  return content;
}

/** The element whose children are the control's editable content. */
function editableContainer(sdt: XmlElement): XmlElement {
  const content = ensureContent(sdt);
  const level = controlLevel(sdt);
  if (level === "row") throw new NotEmulatedError("editing the text of a control that wraps table rows");
  if (level === "cell") {
    const cell = firstChildNamed(content, NS.w, "tc");
    if (!cell) throw new NotEmulatedError("editing a cell-level control without a w:tc");
    return cell;
  }
  return content;
}

function firstRunProperties(
  container: XmlElement,
  showingPlaceholder: boolean,
  meter: Meter,
): XmlElement | null {
  const run = descendantsW(container, "r", meter)[0];
  const rPr = run ? firstChildNamed(run, NS.w, "rPr") : null;
  return showingPlaceholder ? withoutRunStyle(rPr, PLACEHOLDER_STYLE_ID) : rPr;
}

function firstParagraphProperties(container: XmlElement, meter: Meter): XmlElement | null {
  const p = descendantsW(container, "p", meter)[0];
  return p ? firstChildNamed(p, NS.w, "pPr") : null;
}

/** Removes the content, keeping a cell's `w:tcPr` (a cell must start with it). */
function emptyContainer(container: XmlElement, env: EditEnv): void {
  const meter = env.meter;
  if (descendantsW(container, "sdt", meter).length > 0) env.controlsChanged();
  if (isNamed(container, NS.w, "tc")) {
    for (const child of childElements(container)) {
      meter.touch();
      if (!isNamed(child, NS.w, "tcPr")) container.removeChild(child);
    }
    return;
  }
  meter.touch(childElements(container).length);
  removeChildren(container);
}

/** `ContentControl.insertText(text, "Replace")`. Empty text empties the control (see showPlaceholder). */
export function replaceText(sdt: XmlElement, text: string, env: EditEnv): void {
  if (text === "") {
    // Assumed: Word treats an emptied control like one the user emptied, and shows the placeholder.
    showPlaceholder(sdt, env);
    return;
  }
  const container = editableContainer(sdt);
  const inline = controlLevel(sdt) === "inline";
  if (inline && hasParagraphBreak(text)) {
    throw new NotEmulatedError("insertText with a paragraph break into an inline content control");
  }
  const doc = docOf(sdt);
  const rPr = firstRunProperties(container, isShowingPlaceholder(sdt), env.meter);
  const pPr = inline ? null : firstParagraphProperties(container, env.meter);
  emptyContainer(container, env);
  if (inline) {
    container.appendChild(buildRun(doc, rPr, text));
  } else {
    for (const line of text.split(PARAGRAPH_BREAK)) {
      container.appendChild(buildParagraph(doc, pPr, line === "" ? [] : [buildRun(doc, rPr, line)]));
      env.meter.touch();
    }
  }
  setShowingPlaceholder(sdt, false);
  env.meter.touch();
}

/** `ContentControl.insertText(text, "Start" | "End")`. */
export function insertAtEdge(sdt: XmlElement, text: string, where: EdgeLocation, env: EditEnv): void {
  // Text typed into a control that shows its placeholder replaces the placeholder.
  if (isShowingPlaceholder(sdt)) {
    replaceText(sdt, text, env);
    return;
  }
  if (text === "") return;
  if (hasParagraphBreak(text)) throw new NotEmulatedError(`insertText with a paragraph break at "${where}"`);
  const container = editableContainer(sdt);
  const doc = docOf(sdt);
  const run = buildRun(doc, firstRunProperties(container, false, env.meter), text);
  if (controlLevel(sdt) === "inline") {
    container.insertBefore(run, where === "Start" ? container.firstChild : null);
  } else {
    const paragraphs = descendantsW(container, "p", env.meter);
    const p = where === "Start" ? paragraphs[0] : paragraphs[paragraphs.length - 1];
    if (!p) {
      container.appendChild(buildParagraph(doc, null, [run]));
    } else if (where === "Start") {
      const pPr = firstChildNamed(p, NS.w, "pPr");
      p.insertBefore(run, pPr ? pPr.nextSibling : p.firstChild);
    } else {
      p.appendChild(run);
    }
  }
  env.meter.touch();
}

/** `ContentControl.clear()`: the content goes and the placeholder shows (`w:showingPlcHdr`). */
export function showPlaceholder(sdt: XmlElement, env: EditEnv): void {
  const container = editableContainer(sdt);
  const inline = controlLevel(sdt) === "inline";
  const doc = docOf(sdt);
  const name = placeholderDocPartName(sdt);
  const blocks = name === null ? null : env.placeholders.docPartBlocks(name);
  const pPr = inline ? null : firstParagraphProperties(container, env.meter);
  const rPr = env.placeholders.hasPlaceholderStyle
    ? styleRunProperties(doc, PLACEHOLDER_STYLE_ID)
    : firstRunProperties(container, false, env.meter);
  emptyContainer(container, env);
  if (blocks && blocks.length > 0) {
    if (inline) {
      const firstParagraph = blocks.find((b) => isNamed(b, NS.w, "p"));
      const runs = firstParagraph
        ? childElements(firstParagraph).filter((e) => !isNamed(e, NS.w, "pPr"))
        : [];
      for (const r of runs) container.appendChild(doc.importNode(r, true));
    } else {
      for (const b of blocks) container.appendChild(doc.importNode(b, true));
    }
    if (descendantsW(container, "sdt", env.meter).length > 0) env.controlsChanged();
  } else {
    const run = buildRun(doc, rPr, DEFAULT_PLACEHOLDER_TEXT);
    container.appendChild(inline ? run : buildParagraph(doc, pPr, [run]));
  }
  setShowingPlaceholder(sdt, true);
  env.meter.touch();
}

/** `ContentControl.delete(keepContent)`. */
export function deleteControl(sdt: XmlElement, keepContent: boolean, env: EditEnv): void {
  const meter = env.meter;
  const parent = sdt.parentNode;
  if (!parent) return;
  const level = controlLevel(sdt);
  if (!keepContent && (level === "cell" || level === "row")) {
    throw new NotEmulatedError("deleting a control that wraps table cells or rows with its content");
  }
  if (keepContent) {
    const content = sdtContent(sdt);
    for (const child of content ? childElements(content) : []) parent.insertBefore(child, sdt);
  }
  parent.removeChild(sdt);
  env.controlsChanged();
  // A table cell must end with a paragraph (ECMA-376 §17.4.66).
  if (isNamed(parent, NS.w, "tc") && !isNamed(childElements(parent).at(-1), NS.w, "p")) {
    parent.appendChild(createElement(docOf(sdt), NS.w, "p", "w"));
  }
  meter.touch();
}
