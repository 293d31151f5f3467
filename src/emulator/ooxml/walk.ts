/**
 * Metered traversal of a part's elements: every element visited counts as a node touched. The
 * walks are loops over sibling and parent links, never recursion, so no depth of nesting can
 * exhaust the call stack.
 */
import { NS } from "../../docx/namespaces";
import { isElement, isNamed, type XmlElement, type XmlNode } from "../../docx/xml";
import type { Meter } from "../meter";

/**
 * The node after `node` in document order under `root`: its first child when `descend`, else
 * its next sibling or the next sibling of its nearest ancestor that has one; null past the end.
 */
export function nextInDocument(node: XmlNode, root: XmlNode, descend: boolean): XmlNode | null {
  if (descend && node.firstChild) return node.firstChild;
  for (let n: XmlNode | null = node; n && n !== root; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

/** Element descendants of `root` named w:`localName`, in document order. */
export function descendantsW(root: XmlElement, localName: string, meter: Meter): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = root.firstChild; n; n = nextInDocument(n, root, true)) {
    if (!isElement(n)) continue;
    meter.touch();
    if (n.namespaceURI === NS.w && n.localName === localName) out.push(n);
  }
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
