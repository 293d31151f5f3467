import { el, type XmlChild, type XmlElement } from "../xml/tree";
import { val } from "./attributes";
import { type RunFormat, runProperties } from "./run";

export type ParagraphFormat = {
  readonly style?: string;
  readonly pageBreakBefore?: boolean;
  readonly align?: "left" | "center";
  /** Space after, in twips. */
  readonly spaceAfter?: number;
  /** Formatting of the paragraph mark, which sizes an empty paragraph. */
  readonly mark?: RunFormat;
  /** Ends a section here (w:sectPr inside w:pPr). */
  readonly section?: XmlElement;
};

/** `w:pPr` in the schema's order (CT_PPrBase, then rPr, then sectPr). */
export function paragraphProperties(format: ParagraphFormat): XmlElement | undefined {
  const children = [
    format.style !== undefined && val("w:pStyle", format.style),
    format.pageBreakBefore && el("w:pageBreakBefore"),
    format.spaceAfter !== undefined && el("w:spacing", { "w:after": String(format.spaceAfter) }),
    format.align === "center" && val("w:jc", "center"),
    format.mark && runProperties(format.mark),
    format.section,
  ];
  return children.some(Boolean) ? el("w:pPr", {}, children) : undefined;
}

export function paragraph(format: ParagraphFormat, content: readonly XmlChild[] = []): XmlElement {
  return el("w:p", {}, [paragraphProperties(format), ...content]);
}
