/**
 * The parts the document view draws, as a tree of plain objects built by the repository's
 * streaming XML scanner (src/docx/read/xml-scanner.ts): its well-formedness checks, its namespace
 * resolution and its depth limit (LIMITS.xmlDepth) hold before any drawing. Not xmldom
 * (src/docx/xml.ts): it took 740 ms on the template's 700 KB main part where the scanner's tree
 * takes a fraction of that, and the view redraws after every change.
 */
import { NS } from "../../docx/namespaces";
import { readPartXml } from "../../docx/read/package-parts";
import { type ScanHandler, type StartTag, type XmlName, scanXml } from "../../docx/read/xml-scanner";

export type WordElement = {
  readonly ns: string;
  /** Local name ("p", "tbl"). */
  readonly name: string;
  /** True when the element is in the WordprocessingML main namespace. */
  readonly isW: boolean;
  /** Attributes in the WordprocessingML namespace, by local name (`w:val` → `val`). */
  readonly w: Readonly<Record<string, string>>;
  readonly children: readonly WordNode[];
};

export type WordNode = WordElement | string;

type Building = WordElement & { readonly children: WordNode[] };

const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

/**
 * The root element of the part `part`, whose XML is `xml`. Throws DocxReadError when it is not
 * well-formed, LimitError (naming the part) when it nests deeper than the limit.
 */
export function parseWordTree(xml: string, part: string): WordElement {
  return readPartXml(part, xml, (text) => {
    const stack: Building[] = [];
    let root: Building | undefined;
    const handler: ScanHandler = {
      get wantsText() {
        return stack.length > 0;
      },
      start(name: XmlName, tag: StartTag) {
        let w: Record<string, string> | undefined;
        for (const [ns, local, value] of tag.attributesNS()) if (ns === NS.w) (w ??= {})[local] = value;
        const el: Building = {
          ns: name.ns,
          name: name.local,
          isW: name.ns === NS.w,
          w: w ?? NO_ATTRIBUTES,
          children: [],
        };
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push(el);
        else root = el;
        stack.push(el);
      },
      text(chars: string) {
        stack[stack.length - 1]?.children.push(chars);
      },
      end() {
        stack.pop();
      },
    };
    scanXml(text, () => 0, handler);
    if (!root) throw new Error(`${part}: no root element`);
    return root;
  });
}

/** The concatenated text under `el`, in one loop over a stack rather than by recursion. */
export function textOf(el: WordElement): string {
  let out = "";
  const stack: WordNode[] = [...el.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node === "string") out += node;
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as WordNode);
  }
  return out;
}
