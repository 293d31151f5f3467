import { escapeXmlAttribute as escapeAttribute, escapeXmlText as escapeText } from "../../xml-escape";
import type { XmlElement, XmlNode } from "./tree";

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
