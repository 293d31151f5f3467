import { BLANK_CONTENT } from "../../../plan/values";
import { el, type XmlElement } from "../xml/tree";
import { val } from "./attributes";
import { BLANK_PLACEHOLDER } from "./placeholder";
import { run } from "./run";

export type ControlSpec = {
  readonly tag: string;
  /** Shown by Word as the control's title (w:alias). */
  readonly title: string;
  /** Unique positive integer; Word may renumber it, so nothing reads it back (tags are the keys). */
  readonly id: number;
};

/**
 * `w:sdtPr` of a rich-text control: no type element, because Word.js lists only rich-text controls
 * in `contentControls`. Locked against deletion only: locking content disables table styles in
 * cells (office-js #6590) and would stop the dirigente typing.
 */
export function controlProperties(spec: ControlSpec): XmlElement {
  return el("w:sdtPr", {}, [
    val("w:alias", spec.title),
    val("w:tag", spec.tag),
    val("w:id", spec.id),
    val("w:lock", "sdtLocked"),
    el("w:placeholder", {}, [val("w:docPart", BLANK_PLACEHOLDER.name)]),
  ]);
}

/** The content of an empty field: a blank run, which readers treat as empty. */
export function blankRun(): XmlElement {
  return run(BLANK_CONTENT);
}

/** A run-level control, to sit inside a paragraph. */
export function inlineControl(spec: ControlSpec): XmlElement {
  return el("w:sdt", {}, [controlProperties(spec), el("w:sdtContent", {}, [blankRun()])]);
}

/** A block-level control around paragraphs or a table. */
export function blockControl(spec: ControlSpec, content: readonly XmlElement[]): XmlElement {
  return el("w:sdt", {}, [controlProperties(spec), el("w:sdtContent", {}, content)]);
}
