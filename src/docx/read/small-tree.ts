/**
 * A small element tree for small parts (relationships, web-extension parts), built with the
 * streaming scanner: namespace-resolved names and attributes by qualified name, no text.
 */
import { type ScanHandler, type StartTag, type XmlName, scanXml } from "./xml-scanner";

export type SmallElement = {
  readonly ns: string;
  readonly local: string;
  /** Attributes by qualified name, as `getAttribute` reads them. */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly SmallElement[];
};

type Building = {
  readonly ns: string;
  readonly local: string;
  readonly attributes: Map<string, string>;
  readonly children: Building[];
};

/** The root element of `xml`. Throws XmlScanError when the XML is malformed. */
export function parseSmallTree(xml: string): SmallElement {
  const stack: Building[] = [];
  let root: Building | undefined;
  const handler: ScanHandler = {
    wantsText: false,
    start(name: XmlName, tag: StartTag) {
      const el: Building = {
        ns: name.ns,
        local: name.local,
        attributes: new Map(tag.attributes()),
        children: [],
      };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else root = el;
      stack.push(el);
    },
    text() {},
    end() {
      stack.pop();
    },
  };
  scanXml(xml, () => 0, handler);
  if (!root) throw new Error("no root element");
  return root;
}

export function childrenNamed(parent: SmallElement, ns: string, local: string): SmallElement[] {
  return parent.children.filter((child) => child.ns === ns && child.local === local);
}

export function firstChildNamed(parent: SmallElement, ns: string, local: string): SmallElement | undefined {
  return parent.children.find((child) => child.ns === ns && child.local === local);
}
