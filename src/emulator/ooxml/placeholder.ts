/**
 * What Word shows in an emptied control: the content of the control's placeholder docPart from
 * the glossary part when there is one, else Word's default placeholder text (office-js #1515:
 * clearing a control brings the default back). Our users run Word in Italian, hence the text.
 */
import { NS } from "../../docx/namespaces";
import { PART } from "../../docx/paths";
import type { DocxPackage } from "../../docx/package";
import { childElements, firstChildNamed, getAttr, type XmlElement } from "../../docx/xml";
import type { Meter } from "../meter";
import { descendantsW } from "./walk";

export const DEFAULT_PLACEHOLDER_TEXT = "Fare clic o toccare qui per immettere il testo.";

/** Style Word gives placeholder runs; only referenced when styles.xml defines it. */
export const PLACEHOLDER_STYLE_ID = "PlaceholderText";

export type PlaceholderSource = {
  /** Block content (`w:p`, `w:tbl`…) of the glossary docPart named `name`, or null. */
  docPartBlocks(name: string): XmlElement[] | null;
  readonly hasPlaceholderStyle: boolean;
};

export function placeholderSource(pkg: DocxPackage, meter: Meter): PlaceholderSource {
  let parts: Map<string, XmlElement> | null = null;
  const index = (): Map<string, XmlElement> => {
    if (parts) return parts;
    parts = new Map();
    const root = pkg.has(PART.glossary) ? pkg.xml(PART.glossary).documentElement : null;
    if (!root) return parts;
    for (const docPart of descendantsW(root, "docPart", meter)) {
      const pr = firstChildNamed(docPart, NS.w, "docPartPr");
      const nameEl = pr ? firstChildNamed(pr, NS.w, "name") : null;
      const name = nameEl ? getAttr(nameEl, NS.w, "val") : null;
      const body = firstChildNamed(docPart, NS.w, "docPartBody");
      if (name !== null && body) parts.set(name, body);
    }
    return parts;
  };
  let styleKnown: boolean | null = null;
  return {
    docPartBlocks(name) {
      const body = index().get(name);
      return body ? childElements(body) : null;
    },
    get hasPlaceholderStyle() {
      if (styleKnown === null) {
        const root = pkg.has(PART.styles) ? pkg.xml(PART.styles).documentElement : null;
        styleKnown = root
          ? descendantsW(root, "style", meter).some(
              (s) => getAttr(s, NS.w, "styleId") === PLACEHOLDER_STYLE_ID,
            )
          : false;
      }
      return styleKnown;
    },
  };
}
