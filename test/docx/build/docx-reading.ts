import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { zipParts } from "../../support/zip";
import { NS } from "../../../src/docx/namespaces";

/** Every part of a .docx as text, by path. */
export async function readParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const decoder = new TextDecoder();
  const parts = zipParts(bytes);
  return new Map([...parts.keys()].sort().map((path) => [path, decoder.decode(parts.get(path))]));
}

export function parseXml(xml: string): Document {
  return new DOMParser().parseFromString(xml, "text/xml");
}

/** WordprocessingML elements by local name, in document order. */
export function wElements(root: Document | Element, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(NS.w, localName));
}

export function wChildren(element: Element, localName?: string): Element[] {
  return Array.from(element.childNodes).filter(
    (node): node is Element =>
      node.nodeType === 1 &&
      (node as Element).namespaceURI === NS.w &&
      (localName === undefined || (node as Element).localName === localName),
  );
}

export function wVal(element: Element | undefined): string | undefined {
  return element?.getAttributeNS(NS.w, "val") ?? undefined;
}
