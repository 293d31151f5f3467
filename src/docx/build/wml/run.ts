import { el, text, type XmlElement } from "../xml/tree";
import { val } from "./attributes";

export type RunFormat = {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Half-points. */
  readonly size?: number;
  readonly color?: string;
};

/** `w:rPr` in the schema's order, or undefined when there is nothing to say. */
export function runProperties(format: RunFormat): XmlElement | undefined {
  const children = [
    format.bold && el("w:b"),
    format.italic && el("w:i"),
    format.color !== undefined && val("w:color", format.color),
    format.size !== undefined && val("w:sz", format.size),
    format.size !== undefined && val("w:szCs", format.size),
  ];
  return children.some(Boolean) ? el("w:rPr", {}, children) : undefined;
}

/** `w:t`, preserving spaces at its edges (a blank field's content is a single space). */
export function textElement(value: string): XmlElement {
  const preserve = /^\s|\s$/.test(value);
  return el("w:t", preserve ? { "xml:space": "preserve" } : {}, [text(value)]);
}

export function run(value: string, format: RunFormat = {}): XmlElement {
  return el("w:r", {}, [runProperties(format), textElement(value)]);
}
