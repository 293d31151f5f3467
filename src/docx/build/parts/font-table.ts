import { NS } from "../../namespaces";
import { FONT } from "../look";
import { val } from "../wml/attributes";
import { el, type XmlElement } from "../xml/tree";

/** Swiss (sans-serif), variable pitch: what a renderer without the font uses to pick another. */
function sansFont(name: string, altName?: string): XmlElement {
  return el("w:font", { "w:name": name }, [
    altName !== undefined && val("w:altName", altName),
    val("w:charset", "00"),
    val("w:family", "swiss"),
    val("w:pitch", "variable"),
  ]);
}

/** `word/fontTable.xml`: Calibri, with its metric-compatible twin as altName, then the fallbacks. */
export function fontTablePart(): XmlElement {
  return el("w:fonts", { "xmlns:w": NS.w }, [
    sansFont(FONT.primary, FONT.fallbacks[0]),
    ...FONT.fallbacks.map((name) => sansFont(name)),
  ]);
}
