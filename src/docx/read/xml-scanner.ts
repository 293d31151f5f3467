/**
 * A small streaming XML scanner for reading parts fast: one pass over the text, a stack of open
 * elements, namespace-aware names, no DOM. It checks what makes a part unusable (tags that do not
 * match, unclosed constructs, unbound prefixes, unknown entities, content outside the root) and
 * nothing a validating parser would add (no DTD, no name-character rules, no duplicate-attribute
 * check). Attributes are parsed only when the handler asks for them. Elements nested deeper than
 * LIMITS.xmlDepth stop the scan with a LimitError.
 * Runs in Node and in the browser: no Node built-ins.
 */
import { LIMITS, LimitError } from "../../plan/limits";

/** Thrown when a part is not well-formed enough to read. */
export class XmlScanError extends Error {
  override readonly name = "XmlScanError";
}

const XML_NS = "http://www.w3.org/XML/1998/namespace";

/** A resolved element name; `code` is what the scan's `classify` made of it. */
export type XmlName = {
  readonly qname: string;
  readonly ns: string;
  readonly local: string;
  readonly code: number;
};

type Scope = {
  readonly prefixes: ReadonlyMap<string, string>;
  /** Names resolved in this scope, by a hash of the qualified name (so a known name is found without slicing it). */
  readonly names: Map<number, XmlName[]>;
};

/** The attributes of the element being started, read only when asked for. */
export type StartTag = {
  /** Value of the attribute in namespace `ns` named `local` (`getAttributeNS`), or null. */
  attributeNS(ns: string, local: string): string | null;
  /** Value of the attribute whose qualified name is `qname` (`getAttribute`), or null. */
  attribute(qname: string): string | null;
  /** Every attribute, namespace declarations included, as [qualified name, value], in order. */
  attributes(): [string, string][];
  /** Every attribute but namespace declarations, as [namespace, local name, value], in order. */
  attributesNS(): [string, string, string][];
};

export type ScanHandler = {
  /** True when the handler wants the text of the current position (checked before each text run). */
  readonly wantsText: boolean;
  start(name: XmlName, tag: StartTag): void;
  text(text: string): void;
  end(): void;
};

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** `raw` with its entity and character references replaced. */
export function decodeEntities(raw: string): string {
  const amp = raw.indexOf("&");
  if (amp < 0) return raw;
  let out = raw.slice(0, amp);
  let i = amp;
  while (i < raw.length) {
    const semi = raw.indexOf(";", i);
    if (semi < 0) throw new XmlScanError(`unterminated entity reference near "${raw.slice(i, i + 12)}"`);
    const ref = raw.slice(i + 1, semi);
    let value: string | undefined;
    if (ref.charCodeAt(0) === 35 /* # */) {
      const code =
        ref.charCodeAt(1) === 120 /* x */ ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      const digits = ref.charCodeAt(1) === 120 ? /^x[0-9a-fA-F]+$/ : /^[0-9]+$/;
      if (digits.test(ref.slice(1)) && Number.isFinite(code) && code <= 0x10ffff)
        value = String.fromCodePoint(code);
    } else value = ENTITIES[ref];
    if (value === undefined) throw new XmlScanError(`entity not found: &${ref};`);
    out += value;
    const next = raw.indexOf("&", semi + 1);
    out += raw.slice(semi + 1, next < 0 ? raw.length : next);
    i = next < 0 ? raw.length : next;
  }
  return out;
}

/** XML end-of-line handling: "\r\n" and a lone "\r" read as "\n" (done per text run, not on the whole part). */
function endOfLines(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/** An attribute value as a DOM reports it: references replaced, each white-space character a space. */
function attributeValue(raw: string): string {
  let value = raw;
  if (/[\t\n\r]/.test(value)) value = value.replace(/\r\n|[\t\n\r]/g, " ");
  if (value.includes("<")) throw new XmlScanError("unescaped '<' in an attribute value");
  return decodeEntities(value);
}

/**
 * Scans `input`, calling `handler` for each element start, text run and element end.
 * `classify` gives each distinct (namespace, local name) pair a code, once per scope.
 * Throws XmlScanError on malformed XML.
 */
export function scanXml(
  input: string,
  classify: (ns: string, local: string) => number,
  handler: ScanHandler,
): void {
  const s = input;
  const n = s.length;
  const initial: Scope = { prefixes: new Map([["xml", XML_NS]]), names: new Map() };
  const qnames: string[] = [];
  const scopes: Scope[] = [];
  let scope = initial;
  let depth = 0;
  let rootSeen = false;

  // The start tag being reported: where its attributes are, and the scope they resolve in.
  let attrFrom = 0;
  let attrTo = 0;
  let tagScope = initial;

  const fail = (message: string, at: number): never => {
    throw new XmlScanError(`${message} (offset ${at})`);
  };

  /** The name of the start tag whose name is s[from, to), hashed `hash`. */
  const nameAt = (from: number, to: number, hash: number): XmlName => {
    const bucket = scope.names.get(hash);
    if (bucket) {
      for (const known of bucket)
        if (known.qname.length === to - from && s.startsWith(known.qname, from)) return known;
    }
    const name = resolve(s.slice(from, to), from);
    if (bucket) bucket.push(name);
    else scope.names.set(hash, [name]);
    return name;
  };

  const resolve = (qname: string, at: number): XmlName => {
    const colon = qname.indexOf(":");
    const prefix = colon < 0 ? "" : qname.slice(0, colon);
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    const ns = scope.prefixes.get(prefix);
    if (ns === undefined && prefix !== "") fail(`unbound namespace prefix "${prefix}"`, at);
    return { qname, ns: ns ?? "", local, code: classify(ns ?? "", local) };
  };

  /** Calls `visit(nameStart, nameEnd, valueStart, valueEnd)` for each attribute in [from, to). */
  const eachAttribute = (
    from: number,
    to: number,
    visit: (ns: number, ne: number, vs: number, ve: number) => boolean | void,
  ): number => {
    let p = from;
    for (;;) {
      while (p < to && isSpace(s.charCodeAt(p))) p++;
      if (p >= to) return p;
      const c = s.charCodeAt(p);
      if (c === 62 /* > */ || c === 47 /* / */) return p;
      const nameStart = p;
      while (p < to) {
        const d = s.charCodeAt(p);
        if (d === 61 /* = */ || isSpace(d) || d === 62 || d === 47) break;
        p++;
      }
      const nameEnd = p;
      while (p < to && isSpace(s.charCodeAt(p))) p++;
      if (s.charCodeAt(p) !== 61)
        fail(`attribute "${s.slice(nameStart, nameEnd)}" without a value`, nameStart);
      p++;
      while (p < to && isSpace(s.charCodeAt(p))) p++;
      const quote = s.charCodeAt(p);
      if (quote !== 34 && quote !== 39)
        fail(`attribute "${s.slice(nameStart, nameEnd)}" value not quoted`, p);
      const close = s.indexOf(quote === 34 ? '"' : "'", p + 1);
      if (close < 0) fail("unterminated attribute value", p);
      if (visit(nameStart, nameEnd, p + 1, close) === true) return close + 1;
      p = close + 1;
    }
  };

  const tag: StartTag = {
    attributeNS(ns, local) {
      let found: string | null = null;
      eachAttribute(attrFrom, attrTo, (a, b, vs, ve) => {
        const qname = s.slice(a, b);
        const colon = qname.indexOf(":");
        if (colon < 0) {
          if (ns !== "" || qname !== local || qname === "xmlns") return false;
        } else {
          const prefix = qname.slice(0, colon);
          if (prefix === "xmlns" || qname.slice(colon + 1) !== local) return false;
          const uri = tagScope.prefixes.get(prefix);
          if (uri === undefined) fail(`unbound namespace prefix "${prefix}"`, a);
          if (uri !== ns) return false;
        }
        found = attributeValue(s.slice(vs, ve));
        return true;
      });
      return found;
    },
    attributes() {
      const all: [string, string][] = [];
      eachAttribute(attrFrom, attrTo, (a, b, vs, ve) => {
        all.push([s.slice(a, b), attributeValue(s.slice(vs, ve))]);
      });
      return all;
    },
    attributesNS() {
      const all: [string, string, string][] = [];
      eachAttribute(attrFrom, attrTo, (a, b, vs, ve) => {
        const qname = s.slice(a, b);
        const colon = qname.indexOf(":");
        if (colon < 0) {
          if (qname !== "xmlns") all.push(["", qname, attributeValue(s.slice(vs, ve))]);
          return;
        }
        const prefix = qname.slice(0, colon);
        if (prefix === "xmlns") return;
        const uri = tagScope.prefixes.get(prefix);
        if (uri === undefined) fail(`unbound namespace prefix "${prefix}"`, a);
        all.push([uri ?? "", qname.slice(colon + 1), attributeValue(s.slice(vs, ve))]);
      });
      return all;
    },
    attribute(qname) {
      let found: string | null = null;
      eachAttribute(attrFrom, attrTo, (a, b, vs, ve) => {
        if (b - a !== qname.length || !s.startsWith(qname, a)) return false;
        found = attributeValue(s.slice(vs, ve));
        return true;
      });
      return found;
    },
  };

  /** Namespace declarations of the start tag being read. */
  let declared: Map<string, string> | null = null;
  const noteDeclaration = (a: number, b: number, vs: number, ve: number): void => {
    if (b - a < 5 || !s.startsWith("xmlns", a)) return;
    const attr = s.slice(a, b);
    if (attr === "xmlns") (declared ??= new Map()).set("", attributeValue(s.slice(vs, ve)));
    else if (attr.charCodeAt(5) === 58 /* : */)
      (declared ??= new Map()).set(attr.slice(6), attributeValue(s.slice(vs, ve)));
  };

  const text = (from: number, to: number): void => {
    if (depth === 0) {
      for (let k = from; k < to; k++)
        if (!isSpace(s.charCodeAt(k))) fail("content outside the root element", k);
      return;
    }
    const raw = s.slice(from, to);
    if (handler.wantsText) handler.text(decodeEntities(endOfLines(raw)));
    else if (raw.includes("&")) decodeEntities(raw); // only to refuse a bad reference
  };

  let i = 0;
  while (i < n) {
    const lt = s.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) text(i, textEnd);
    if (lt < 0) break;
    const c = s.charCodeAt(lt + 1);
    if (c === 47 /* / */) {
      if (depth === 0) fail("end tag without a start tag", lt);
      const open = qnames[depth - 1] ?? "";
      let p = lt + 2;
      if (!s.startsWith(open, p)) fail(`end tag does not match <${open}>`, lt);
      p += open.length;
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (s.charCodeAt(p) !== 62) fail(`end tag does not match <${open}>`, lt);
      i = p + 1;
      handler.end();
      depth--;
      scope = depth > 0 ? (scopes[depth - 1] ?? initial) : initial;
    } else if (c === 33 /* ! */) {
      if (s.startsWith("<!--", lt)) {
        const close = s.indexOf("-->", lt + 4);
        if (close < 0) fail("unterminated comment", lt);
        i = close + 3;
      } else if (s.startsWith("<![CDATA[", lt)) {
        const close = s.indexOf("]]>", lt + 9);
        if (close < 0) fail("unterminated CDATA section", lt);
        if (depth === 0) fail("CDATA outside the root element", lt);
        if (handler.wantsText) handler.text(endOfLines(s.slice(lt + 9, close)));
        i = close + 3;
      } else if (s.startsWith("<!DOCTYPE", lt) && depth === 0 && !rootSeen) {
        const subset = s.indexOf("[", lt);
        const close = s.indexOf(">", lt);
        if (close < 0) fail("unterminated DOCTYPE", lt);
        if (subset >= 0 && subset < close) fail("DOCTYPE internal subsets are not read", lt);
        i = close + 1;
      } else {
        fail("unexpected markup", lt);
      }
    } else if (c === 63 /* ? */) {
      const close = s.indexOf("?>", lt + 2);
      if (close < 0) fail("unterminated processing instruction", lt);
      i = close + 2;
    } else {
      if (depth === 0 && rootSeen) fail("content after the root element", lt);
      let p = lt + 1;
      let hash = 0;
      while (p < n) {
        const d = s.charCodeAt(p);
        if (isSpace(d) || d === 47 || d === 62) break;
        hash = (hash * 31 + d) | 0; // exact in a double (< 2^37) before the cut to 32 bits; Math.imul is slow under Jest
        p++;
      }
      if (p === lt + 1) fail("element without a name", lt);
      const nameEnd = p;
      declared = null;
      const end = eachAttribute(p, n, noteDeclaration);
      let selfClosing: boolean;
      if (s.charCodeAt(end) === 62) {
        selfClosing = false;
        i = end + 1;
      } else if (s.charCodeAt(end) === 47 && s.charCodeAt(end + 1) === 62) {
        selfClosing = true;
        i = end + 2;
      } else {
        fail(`unterminated start tag <${s.slice(lt + 1, nameEnd)}>`, lt);
        break;
      }
      const declarations = declared as Map<string, string> | null;
      if (declarations) scope = { prefixes: new Map([...scope.prefixes, ...declarations]), names: new Map() };
      const name = nameAt(lt + 1, nameEnd, hash);
      attrFrom = p;
      attrTo = end;
      tagScope = scope;
      qnames[depth] = name.qname;
      scopes[depth] = scope;
      depth++;
      if (depth > LIMITS.xmlDepth) throw new LimitError("xmlDepth", "");
      rootSeen = true;
      handler.start(name, tag);
      if (selfClosing) {
        handler.end();
        depth--;
        scope = depth > 0 ? (scopes[depth - 1] ?? initial) : initial;
      }
    }
  }
  if (depth > 0) fail(`unclosed element <${qnames[depth - 1] ?? ""}>`, n);
  if (!rootSeen) fail("no root element", 0);
}
