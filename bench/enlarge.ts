/**
 * Larger documents for the scaling measurements. The schema is fixed per school year, so a larger
 * plan cannot be built from it; instead the body is repeated: the template's whole body, then
 * (factor − 1) copies of it whose content controls carry tags outside the add-in's "pgs:" grammar.
 * The copies therefore cost what any foreign content costs (controls to list, tables to read)
 * without adding fields, duplicates or problems to the plan. Copies go after the original so the
 * planning tables still match in order (cells.ts matches the first fitting table).
 */
import { PART } from "../src/docx/paths";
import { inflateEntry, readZipDirectory } from "../src/docx/zip";
import { writeZip } from "../src/docx/zip-write";

export const ENLARGEMENT =
  "body repeated N× (copies keep their tables and content controls, re-tagged outside the pgs: grammar)";

function bodyParts(xml: string): { head: string; content: string; tail: string } {
  const open = xml.indexOf("<w:body>");
  // The body's own section properties are its last child; sections inside paragraphs stay in the copies.
  const sectPr = xml.lastIndexOf("<w:sectPr");
  if (open < 0 || sectPr < open) throw new Error(`${PART.document}: no w:body with a final w:sectPr`);
  const start = open + "<w:body>".length;
  return { head: xml.slice(0, start), content: xml.slice(start, sectPr), tail: xml.slice(sectPr) };
}

/** The document with its body `factor` times as long; factor 1 returns the bytes unchanged. */
export async function enlargeDocument(bytes: Uint8Array, factor: number): Promise<Uint8Array> {
  if (!Number.isInteger(factor) || factor < 1)
    throw new Error(`factor must be a whole number ≥ 1, not ${factor}`);
  if (factor === 1) return bytes;
  const budget = { used: 0 };
  const parts = readZipDirectory(bytes).entries.map(
    (entry) => [entry.name, inflateEntry(bytes, entry, budget)] as const,
  );
  const main = parts.find(([name]) => name === PART.document);
  if (!main) throw new Error(`no ${PART.document}`);
  const { head, content, tail } = bodyParts(new TextDecoder().decode(main[1]));
  const copies = Array.from({ length: factor - 1 }, (_, index) =>
    content.replace(/<w:tag w:val="pgs:/g, `<w:tag w:val="copia${index + 1}:`),
  );
  const enlarged = new TextEncoder().encode(head + content + copies.join("") + tail);
  return Promise.resolve(
    writeZip(parts.map(([name, data]) => [name, name === PART.document ? enlarged : data] as const)),
  );
}

/** Uncompressed size of the main part (as the zip declares it), to state how much larger a document really is. */
export async function documentXmlBytes(bytes: Uint8Array): Promise<number> {
  const part = readZipDirectory(bytes).get(PART.document);
  if (!part) throw new Error(`no ${PART.document}`);
  return Promise.resolve(part.size);
}
