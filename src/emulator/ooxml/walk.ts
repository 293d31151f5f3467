/** Metered traversal of a part's elements: every element visited counts as a node touched. */
import { NS } from "../../docx/namespaces";
import { isElement, isNamed, type XmlElement } from "../../docx/xml";
import type { Meter } from "../meter";

/** Element descendants of `root` named w:`localName`, in document order. */
export function descendantsW(root: XmlElement, localName: string, meter: Meter): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (el: XmlElement): void => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (!isElement(n)) continue;
      meter.touch();
      if (n.namespaceURI === NS.w && n.localName === localName) out.push(n);
      visit(n);
    }
  };
  visit(root);
  return out;
}

/** Nearest ancestor named w:`localName`, or null. */
export function ancestorW(el: XmlElement, localName: string, meter: Meter): XmlElement | null {
  for (let p = el.parentNode; p; p = p.parentNode) {
    meter.touch();
    if (isNamed(p, NS.w, localName)) return p;
  }
  return null;
}
