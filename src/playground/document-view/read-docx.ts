/**
 * The parts of a .docx the document view draws from, read from the bytes `EmulatedWord.save()`
 * returns: what the view shows is exactly what a download would contain. The zip is read by the
 * one zip reader every reader shares (src/docx/zip.ts, with its checks and limits), and only the
 * two parts drawn are inflated; the XML goes through a small reader (light-xml.ts): DOMParser
 * took 120–200 ms on the template's 700 KB main part.
 */
import { PART } from "../../docx/paths";
import { decodePart } from "../../docx/xml";
import { inflateEntry, readZipDirectory } from "../../docx/zip";
import { type LightElement, parseLightXml } from "./light-xml";

export type DocxParts = {
  /** The root of word/document.xml (`w:document`). */
  readonly document: LightElement;
  /** Paragraph style id → heading level (1 for Title, 2 for "heading 1", …), from styles.xml. */
  readonly headingLevels: ReadonlyMap<string, number>;
};

/**
 * Headings by the style's built-in name, as Word names them whatever the language of the UI
 * ("heading 1" even when the id is "Titolo1"); the style's own outline level when it has one.
 */
function headingLevels(styles: LightElement | null): Map<string, number> {
  const levels = new Map<string, number>([
    ["Title", 1],
    ["Heading1", 2],
    ["Heading2", 3],
    ["Heading3", 4],
    ["TOCHeading", 2],
  ]);
  if (!styles) return levels;
  for (const style of styles.children) {
    if (typeof style === "string" || !style.isW || style.name !== "style" || style.w.type !== "paragraph")
      continue;
    const id = style.w.styleId;
    const nameElement = style.children.find((c) => typeof c !== "string" && c.isW && c.name === "name");
    const name = typeof nameElement === "object" ? (nameElement.w.val ?? "").toLowerCase() : "";
    if (!id) continue;
    const heading = /^heading (\d)$/.exec(name);
    if (name === "title") levels.set(id, 1);
    else if (name === "toc heading") levels.set(id, 2);
    else if (heading) levels.set(id, Math.min(6, Number(heading[1]) + 1));
  }
  return levels;
}

export async function readDocxParts(bytes: Uint8Array): Promise<DocxParts> {
  const directory = readZipDirectory(bytes);
  const budget = { used: 0 };
  /** The text of the part `name`, or null when the zip has none. */
  const partText = (name: string): string | null => {
    const entry = directory.get(name);
    return entry ? decodePart(inflateEntry(bytes, entry, budget), name) : null;
  };
  const documentText = partText(PART.document);
  const stylesText = partText(PART.styles);
  if (documentText === null) throw new Error(`${PART.document} manca nel file`);
  return {
    document: parseLightXml(documentText, PART.document),
    headingLevels: headingLevels(stylesText === null ? null : parseLightXml(stylesText, PART.styles)),
  };
}
