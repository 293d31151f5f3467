import { NS } from "../../namespaces";
import { STYLE } from "../look";
import { paragraph } from "../wml/paragraph";
import { el, type XmlElement } from "../xml/tree";

/** `word/footer1.xml`: the page number, centred. The field has no cached result: Word computes it. */
export function footerPart(): XmlElement {
  return el("w:ftr", { "xmlns:w": NS.w, "xmlns:r": NS.r }, [
    paragraph({ style: STYLE.footer }, [el("w:fldSimple", { "w:instr": " PAGE " })]),
  ]);
}
