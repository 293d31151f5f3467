/**
 * A small, fast XML reader for the document view: a tree of plain objects with WordprocessingML's
 * namespace resolved. The browser's DOMParser takes 120–200 ms on the template's 700 KB main part,
 * and the view re-reads it after every change; one regular-expression pass takes a tenth of that.
 *
 * Enough for what Word writes (elements, attributes, text, character references, comments, CDATA,
 * the XML declaration, namespace declarations on any element); it rejects mismatched tags and
 * elements nested deeper than LIMITS.xmlDepth, and is no general XML parser (no DTD, no entity
 * declarations).
 */
import { LIMITS, LimitError } from "../../plan/limits";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export type LightElement = {
  /** Local name ("p", "tbl"). */
  readonly name: string;
  /** True when the element is in the WordprocessingML main namespace. */
  readonly isW: boolean;
  /** Attributes in the WordprocessingML namespace, by local name (`w:val` → `val`). */
  readonly w: Readonly<Record<string, string>>;
  readonly children: readonly LightNode[];
};

export type LightNode = LightElement | string;

type Building = {
  name: string;
  qname: string;
  isW: boolean;
  w: Record<string, string>;
  children: LightNode[];
  scope: ReadonlyMap<string, string>;
};

const TOKEN =
  /<(\/?)([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|([^<]+)/g;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(REFERENCE, (_, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return NAMED[ref] ?? "";
  });
}

function split(qname: string): [prefix: string, local: string] {
  const colon = qname.indexOf(":");
  return colon < 0 ? ["", qname] : [qname.slice(0, colon), qname.slice(colon + 1)];
}

export class LightXmlError extends Error {
  override readonly name = "LightXmlError";
}

/** The root element of `text`. */
export function parseLightXml(text: string, part = "(xml)"): LightElement {
  const root: Building = {
    name: "#root",
    qname: "#root",
    isW: false,
    w: {},
    children: [],
    scope: new Map([["xml", "http://www.w3.org/XML/1998/namespace"]]),
  };
  const stack: Building[] = [root];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const parent = stack[stack.length - 1] as Building;
    const [, closing, qname, attributes, selfClosing, cdata, chars] = match;
    if (chars !== undefined) {
      parent.children.push(decode(chars));
      continue;
    }
    if (cdata !== undefined) {
      parent.children.push(cdata);
      continue;
    }
    if (qname === undefined) continue; // declaration, comment, doctype
    if (closing) {
      if (parent.qname !== qname) throw new LightXmlError(`${part}: </${qname}> chiude <${parent.qname}>`);
      stack.pop();
      continue;
    }
    const pairs: [string, string][] = [];
    let scope = parent.scope;
    if (attributes) {
      ATTRIBUTE.lastIndex = 0;
      for (let a = ATTRIBUTE.exec(attributes); a; a = ATTRIBUTE.exec(attributes)) {
        const name = a[1] as string;
        const value = decode(a[2] ?? a[3] ?? "");
        if (name === "xmlns" || name.startsWith("xmlns:")) {
          if (scope === parent.scope) scope = new Map(parent.scope);
          (scope as Map<string, string>).set(name === "xmlns" ? "" : name.slice(6), value);
        } else pairs.push([name, value]);
      }
    }
    const [prefix, local] = split(qname);
    const w: Record<string, string> = {};
    for (const [name, value] of pairs) {
      const [p, l] = split(name);
      // Unprefixed attributes are in no namespace; Word prefixes its own.
      if (p !== "" && scope.get(p) === W_NS) w[l] = value;
    }
    const element: Building = { name: local, qname, isW: scope.get(prefix) === W_NS, w, children: [], scope };
    parent.children.push(element);
    if (!selfClosing) {
      stack.push(element);
      // The drawing recurses over the tree: its depth is bounded here, before any drawing.
      if (stack.length - 1 > LIMITS.xmlDepth) throw new LimitError("xmlDepth", part);
    }
  }
  if (stack.length !== 1)
    throw new LightXmlError(`${part}: <${stack[stack.length - 1]?.qname}> non è chiuso`);
  const top = root.children.find((c): c is Building => typeof c !== "string");
  if (!top) throw new LightXmlError(`${part}: nessun elemento`);
  return top;
}

/** The concatenated text under `el`, in one loop over a stack rather than by recursion. */
export function textOf(el: LightElement): string {
  let out = "";
  const stack: LightNode[] = [...el.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node === "string") out += node;
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as LightNode);
  }
  return out;
}
