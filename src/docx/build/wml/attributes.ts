import { el, type XmlElement } from "../xml/tree";

/** `<name w:val="value"/>`, the shape of most WordprocessingML properties. */
export function val(name: string, value: string | number): XmlElement {
  return el(name, { "w:val": String(value) });
}

/** A twips width or measure: `<name w:w="…" w:type="dxa"/>`. */
export function twipsWidth(name: string, twips: number): XmlElement {
  return el(name, { "w:w": String(twips), "w:type": "dxa" });
}
