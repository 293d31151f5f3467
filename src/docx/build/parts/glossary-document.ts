import { BLANK_CONTENT } from "../../../plan/values";
import { NS } from "../../namespaces";
import { STYLE } from "../look";
import { val } from "../wml/attributes";
import { paragraph } from "../wml/paragraph";
import { BLANK_PLACEHOLDER } from "../wml/placeholder";
import { run } from "../wml/run";
import { el, type XmlElement } from "../xml/tree";

/** The blank placeholder as a building block, shaped as Word writes a control's custom placeholder. */
export function blankPlaceholderDocPart(): XmlElement {
  return el("w:docPart", {}, [
    el("w:docPartPr", {}, [
      val("w:name", BLANK_PLACEHOLDER.name),
      el("w:category", {}, [val("w:name", BLANK_PLACEHOLDER.category), val("w:gallery", "placeholder")]),
      el("w:types", {}, [val("w:type", "bbPlcHdr")]),
      el("w:behaviors", {}, [val("w:behavior", "content")]),
      val("w:guid", BLANK_PLACEHOLDER.guid),
    ]),
    el("w:docPartBody", {}, [paragraph({ style: STYLE.normal }, [run(BLANK_CONTENT)])]),
  ]);
}

/** `word/glossary/document.xml`. */
export function glossaryDocumentPart(): XmlElement {
  return el("w:glossaryDocument", { "xmlns:w": NS.w, "xmlns:r": NS.r }, [
    el("w:docParts", {}, [blankPlaceholderDocPart()]),
  ]);
}
