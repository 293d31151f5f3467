import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import JSZip from "jszip";
import { NS } from "../../../src/docx/namespaces";

/** Every part of a .docx as text, by path. */
export async function readParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const path of Object.keys(zip.files).sort()) {
    const file = zip.file(path);
    if (file) parts.set(path, await file.async("string"));
  }
  return parts;
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
