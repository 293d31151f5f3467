/**
 * A tiny immutable XML element tree. Factories build these plain values, tests compare them with
 * `toEqual`, and `serializeXml` is the only place that turns them into text.
 */

export type XmlText = { readonly kind: "text"; readonly value: string };

export type XmlElement = {
  readonly kind: "element";
  /** Qualified name as written ("w:p"); prefixes are declared on the part's root element. */
  readonly name: string;
  /** Attributes in the order they are written. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
};

export type XmlNode = XmlElement | XmlText;

/** Optional children: `undefined` and `false` are dropped, so factories can write `flag && el(...)`. */
export type XmlChild = XmlNode | undefined | false;

export function el(
  name: string,
  attributes: Record<string, string> = {},
  children: readonly XmlChild[] = [],
): XmlElement {
  return {
    kind: "element",
    name,
    attributes,
    children: children.filter((child): child is XmlNode => child !== undefined && child !== false),
  };
}

export function text(value: string): XmlText {
  return { kind: "text", value };
}

/** Every element of the tree, depth first, the root included. */
export function* descendants(root: XmlElement): Generator<XmlElement> {
  yield root;
  for (const child of root.children) if (child.kind === "element") yield* descendants(child);
}
