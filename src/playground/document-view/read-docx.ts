/**
 * The parts of a .docx the document view draws from, read from the bytes `EmulatedWord.save()`
 * returns: what the view shows is exactly what a download would contain. The package is opened by
 * the reader the CLI uses (src/docx/read/package-parts.ts over src/docx/zip.ts, with their checks
 * and limits), only the two parts drawn are inflated, and their XML is read by the repository's
 * streaming scanner (word-tree.ts).
 */
import { PART } from "../../docx/paths";
import { openParts } from "../../docx/read/package-parts";
import { type WordElement, parseWordTree } from "./word-tree";

export type DocxParts = {
  /** The root of word/document.xml (`w:document`). */
  readonly document: WordElement;
  /** Paragraph style id → heading level (1 for Title, 2 for "heading 1", …), from styles.xml. */
  readonly headingLevels: ReadonlyMap<string, number>;
};

/**
 * Headings by the style's built-in name, as Word names them whatever the language of the UI
 * ("heading 1" even when the id is "Titolo1"); the style's own outline level when it has one.
 */
function headingLevels(styles: WordElement | null): Map<string, number> {
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
  const parts = await openParts(bytes);
  if (!parts.has(PART.document)) throw new Error(`${PART.document} manca nel file`);
  const document = parseWordTree(parts.text(PART.document), PART.document);
  const styles = parts.has(PART.styles) ? parseWordTree(parts.text(PART.styles), PART.styles) : null;
  return { document, headingLevels: headingLevels(styles) };
}
