/**
 * Parse and serialize OOXML parts with @xmldom/xmldom, plus the few DOM helpers every part
 * editor needs. xmldom keeps document order and whitespace-only text (so
 * `<w:t xml:space="preserve"> </w:t>` survives); `<x></x>`, which it would write as `<x/>`, is kept
 * as written (scanTags), so a round trip gives back the part's text.
 * Runs in Node and in the browser: no Node built-ins.
 */
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { LIMITS, LimitError } from "../plan/limits";
import { describeEncodingProblem } from "./messages";
import { DocxReadError } from "./read-error";
import type { Document as XmlDocument, Element as XmlElement, Node as XmlNode } from "@xmldom/xmldom";

export type { XmlDocument, XmlElement, XmlNode };

const ELEMENT_NODE = 1;

/** Thrown when a part is not well-formed XML; carries the part path when known. */
export class XmlParseError extends Error {
  override readonly name = "XmlParseError";
}

export function parseXml(text: string, partPath = "(xml)"): XmlDocument {
  const emptyPairs = scanTags(text, partPath);
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
    const doc = parser.parseFromString(text, "application/xml");
    if (emptyPairs.length > 0) keepEmptyPairs(doc, emptyPairs);
    return doc;
  } catch (e) {
    throw new XmlParseError(`${partPath}: ${problem ?? (e instanceof Error ? e.message : String(e))}`);
  }
}

/**
 * One pass over the tags before xmldom builds the tree. It refuses a part nested deeper than
 * LIMITS.xmlDepth, so xmldom's serializer and every walk over the tree stay within a known depth.
 * It returns the document-order ordinals of the elements written as an empty pair (`<w:t></w:t>`).
 * xmldom would write those back as `<w:t/>`; given an empty text node they come back as written,
 * so a saved part changes only where it was edited. Whatever else is wrong is left to the parser.
 */
function scanTags(text: string, part: string): number[] {
  const emptyPairs: number[] = [];
  let depth = 0;
  let ordinal = 0;
  let i = text.indexOf("<");
  while (i >= 0 && i < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next === 33 /* ! */) {
      const close = text.startsWith("<!--", i)
        ? text.indexOf("-->", i)
        : text.startsWith("<![CDATA[", i)
          ? text.indexOf("]]>", i)
          : text.indexOf(">", i);
      if (close < 0) break;
      i = text.indexOf("<", close + 1);
      continue;
    }
    if (next === 63 /* ? */) {
      const close = text.indexOf("?>", i);
      if (close < 0) break;
      i = text.indexOf("<", close + 2);
      continue;
    }
    const close = tagEnd(text, i);
    if (close < 0) break;
    if (next === 47 /* / */) depth--;
    else {
      if (text.charCodeAt(close - 1) !== 47) {
        depth++;
        if (depth > LIMITS.xmlDepth) throw new LimitError("xmlDepth", part);
        if (text.startsWith("</", close + 1)) emptyPairs.push(ordinal);
      }
      ordinal++;
    }
    i = text.indexOf("<", close + 1);
  }
  return emptyPairs;
}

/** Gives the elements at these document-order ordinals an empty text node (see scanTags). */
function keepEmptyPairs(doc: XmlDocument, ordinals: readonly number[]): void {
  let ordinal = 0;
  let wanted = 0;
  const root = doc.documentElement;
  let node: XmlNode | null = root;
  while (node && wanted < ordinals.length) {
    if (isElement(node)) {
      if (ordinal === ordinals[wanted]) {
        node.appendChild(doc.createTextNode(""));
        wanted++;
      }
      ordinal++;
    }
    // Document order without recursion: first child, else the next sibling of the nearest ancestor.
    let step: XmlNode | null = isElement(node) ? node.firstChild : null;
    for (let up: XmlNode | null = node; !step && up && up !== root; up = up.parentNode) step = up.nextSibling;
    node = step;
  }
}

/** The ">" closing the tag at `from`, skipping quoted attribute values; -1 when there is none. */
function tagEnd(text: string, from: number): number {
  let quote = 0;
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
  }
  return -1;
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
export function withProlog(serialized: string, original: string, wasUtf16 = false): string {
  const prolog = PROLOG.exec(original)?.[0] ?? "";
  const declared = wasUtf16 ? prolog.replace(/encoding=(["'])UTF-16\1/i, 'encoding="UTF-8"') : prolog;
  return declared + serialized.replace(PROLOG, "");
}

const encoder = new TextEncoder();

export function utf8Encode(text: string): Uint8Array {
  return encoder.encode(text);
}

/** A part whose bytes are not text in the encoding it declares. */
export class PartEncodingError extends DocxReadError {
  override readonly name = "PartEncodingError";
  constructor(readonly part: string) {
    super(describeEncodingProblem(part, "en"));
  }
}

/**
 * The encoding of a part's bytes. OPC lets XML parts be UTF-8 or UTF-16 (ECMA-376 Part 2, §8.1.4);
 * a UTF-16 part starts with its byte-order mark, anything else is read as UTF-8.
 */
function encodingOf(bytes: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return "utf-8";
}

const decoders = {
  "utf-8": new TextDecoder("utf-8", { fatal: true }),
  "utf-16le": new TextDecoder("utf-16le", { fatal: true }),
  "utf-16be": new TextDecoder("utf-16be", { fatal: true }),
};

/**
 * A part's text, its byte-order mark dropped. Bytes that are not valid in the encoding are an
 * error naming the part, never a silent U+FFFD.
 */
export function decodePart(bytes: Uint8Array, part: string): string {
  try {
    return decoders[encodingOf(bytes)].decode(bytes);
  } catch {
    throw new PartEncodingError(part);
  }
}

/** True when the part's bytes are UTF-16: a part saved again is written as UTF-8 and must say so. */
export function isUtf16(bytes: Uint8Array): boolean {
  return encodingOf(bytes) !== "utf-8";
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
