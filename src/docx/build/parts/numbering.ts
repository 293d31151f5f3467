import { NS } from "../../namespaces";
import { BULLET_NUM_ID, FONT } from "../look";
import { val } from "../wml/attributes";
import { el, type XmlElement } from "../xml/tree";

const BULLET_ABSTRACT_ID = 0;

/** `word/numbering.xml`: one single-level bullet list, used by the List Bullet style. */
export function numberingPart(): XmlElement {
  return el("w:numbering", { "xmlns:w": NS.w }, [
    el("w:abstractNum", { "w:abstractNumId": String(BULLET_ABSTRACT_ID) }, [
      val("w:multiLevelType", "singleLevel"),
      el("w:lvl", { "w:ilvl": "0" }, [
        val("w:start", 1),
        val("w:numFmt", "bullet"),
        val("w:lvlText", "•"),
        val("w:lvlJc", "left"),
        el("w:pPr", {}, [el("w:ind", { "w:left": "567", "w:hanging": "283" })]),
        el("w:rPr", {}, [el("w:rFonts", { "w:ascii": FONT.primary, "w:hAnsi": FONT.primary })]),
      ]),
    ]),
    el("w:num", { "w:numId": String(BULLET_NUM_ID) }, [val("w:abstractNumId", BULLET_ABSTRACT_ID)]),
  ]);
}
