import type { XmlElement, XmlNode } from "./tree";

const escapeText = (value: string): string =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const escapeAttribute = (value: string): string => escapeText(value).replace(/"/g, "&quot;");

function serializeNode(node: XmlNode): string {
  if (node.kind === "text") return escapeText(node.value);
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join("");
  if (node.children.length === 0) return `<${node.name}${attributes}/>`;
  return `<${node.name}${attributes}>${node.children.map(serializeNode).join("")}</${node.name}>`;
}

/** A whole part: declaration plus root, without indentation (whitespace inside w:t is content). */
export function serializeXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n${serializeNode(root)}`;
}
