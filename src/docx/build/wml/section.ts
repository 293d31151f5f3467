import type { Orientation } from "../../../plan/layout-types";
import { PAGE } from "../look";
import { el, type XmlElement } from "../xml/tree";

/** Width of the text area of a page of this orientation, in twips. */
export function textWidth(orientation: Orientation): number {
  const width = orientation === "portrait" ? PAGE.shortSide : PAGE.longSide;
  return width - 2 * PAGE.margin;
}

/** `w:sectPr`: A4 in the given orientation, 2 cm margins, the page-number footer. */
export function sectionProperties(orientation: Orientation, footerRelationshipId: string): XmlElement {
  const landscape = orientation === "landscape";
  const margin = String(PAGE.margin);
  return el("w:sectPr", {}, [
    el("w:footerReference", { "w:type": "default", "r:id": footerRelationshipId }),
    el("w:pgSz", {
      "w:w": String(landscape ? PAGE.longSide : PAGE.shortSide),
      "w:h": String(landscape ? PAGE.shortSide : PAGE.longSide),
      ...(landscape ? { "w:orient": "landscape" } : {}),
    }),
    el("w:pgMar", {
      "w:top": margin,
      "w:right": margin,
      "w:bottom": margin,
      "w:left": margin,
      "w:header": String(PAGE.headerFooter),
      "w:footer": String(PAGE.headerFooter),
      "w:gutter": "0",
    }),
  ]);
}
