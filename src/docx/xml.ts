/**
 * Parse and serialize OOXML parts with @xmldom/xmldom, plus the few DOM helpers every part
 * editor needs. xmldom keeps document order and whitespace-only text (so
 * `<w:t xml:space="preserve"> </w:t>` survives); its only change on a round trip is `<x></x>` → `<x/>`.
 * Runs in Node and in the browser: no Node built-ins.
 */
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import type { Document as XmlDocument, Element as XmlElement, Node as XmlNode } from "@xmldom/xmldom";

export type { XmlDocument, XmlElement, XmlNode };

const ELEMENT_NODE = 1;

/** Thrown when a part is not well-formed XML; carries the part path when known. */
export class XmlParseError extends Error {
  override readonly name = "XmlParseError";
}

export function parseXml(text: string, partPath = "(xml)"): XmlDocument {
  let problem: string | null = null;
  const parser = new DOMParser({
    onError: (level, message) => {
      // xmldom reports recoverable oddities as warnings; only real errors make a part unusable.
      if (level !== "warning") {
        problem ??= message;
        throw new Error(message);
      }
    },
  });
  try {
    return parser.parseFromString(text, "application/xml");
  } catch (e) {
    throw new XmlParseError(`${partPath}: ${problem ?? (e instanceof Error ? e.message : String(e))}`);
  }
}

export function serializeXml(doc: XmlDocument): string {
  return new XMLSerializer().serializeToString(doc);
}

/** Everything before the root element: the declaration and the whitespace after it. */
const PROLOG = /^(?:<\?xml[^>]*\?>)?\s*/;

/**
 * `serialized` with the prolog of `original`. Parsing turns the "\r\n" Word writes after the XML
 * declaration into "\n" (XML end-of-line handling): putting the original prolog back keeps a
 * saved part identical to the file outside what was edited.
 */
export function withProlog(serialized: string, original: string): string {
  const prolog = PROLOG.exec(original)?.[0] ?? "";
  return prolog + serialized.replace(PROLOG, "");
}

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");

export function utf8Encode(text: string): Uint8Array {
  return encoder.encode(text);
}

export function utf8Decode(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

export function isElement(node: XmlNode | null | undefined): node is XmlElement {
  return node != null && node.nodeType === ELEMENT_NODE;
}

export function isNamed(node: XmlNode | null | undefined, ns: string, localName: string): node is XmlElement {
  return isElement(node) && node.namespaceURI === ns && node.localName === localName;
}

export function childElements(parent: XmlNode): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) if (isElement(n)) out.push(n);
  return out;
}

export function childrenNamed(parent: XmlNode, ns: string, localName: string): XmlElement[] {
  return childElements(parent).filter((e) => e.namespaceURI === ns && e.localName === localName);
}

export function firstChildNamed(parent: XmlNode, ns: string, localName: string): XmlElement | null {
  for (let n = parent.firstChild; n; n = n.nextSibling) if (isNamed(n, ns, localName)) return n;
  return null;
}

export function parentElement(node: XmlNode): XmlElement | null {
  const p = node.parentNode;
  return isElement(p) ? p : null;
}

export function getAttr(el: XmlElement, ns: string, localName: string): string | null {
  return el.hasAttributeNS(ns, localName) ? el.getAttributeNS(ns, localName) : null;
}

/** The prefix a document already uses for `ns`, so new nodes look like the ones Word wrote. */
export function prefixFor(doc: XmlDocument, ns: string, fallback: string): string {
  return doc.documentElement?.lookupPrefix(ns) ?? fallback;
}

export function createElement(
  doc: XmlDocument,
  ns: string,
  localName: string,
  fallbackPrefix: string,
): XmlElement {
  const prefix = prefixFor(doc, ns, fallbackPrefix);
  return doc.createElementNS(ns, prefix ? `${prefix}:${localName}` : localName);
}

export function setAttr(
  el: XmlElement,
  ns: string,
  localName: string,
  value: string,
  fallbackPrefix: string,
): void {
  const doc = el.ownerDocument;
  const prefix = doc ? prefixFor(doc, ns, fallbackPrefix) : fallbackPrefix;
  el.setAttributeNS(ns, prefix ? `${prefix}:${localName}` : localName, value);
}

export function removeChildren(el: XmlElement): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}
