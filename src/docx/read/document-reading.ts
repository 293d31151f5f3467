/** `readDocumentReading`: what the document layer's readPlan gets from Word, straight from a .docx. */
import type { DocumentReading } from "../../plan/read";
import { PART } from "../paths";
import { DEFAULT_TEXT_VIEW, type TextView } from "../word-text";
import { scanDocumentXml } from "./document-scan";
import { openParts, readPartXml } from "./package-parts";

/** A DocumentReading whose tables were read (always, here). */
export type DocxReading = DocumentReading & { readonly tables: readonly (readonly (readonly string[])[])[] };

/**
 * The rich-text controls of the body (tag and text) and the values of every table, as
 * `document.contentControls.load("items/tag,items/text")` and `body.tables.load("items/values")`
 * give them in our emulated desktop Word, read from `word/document.xml` alone in one streaming
 * pass. Texts are as `view` shows them (Word's default view unless told). Throws DocxReadError when
 * the file is not a .docx, has no main part, or its main part is not well-formed XML or has no
 * w:body.
 */
export async function readDocumentReading(
  docx: Uint8Array,
  view: TextView = DEFAULT_TEXT_VIEW,
): Promise<DocxReading> {
  const parts = await openParts(docx);
  const xml = parts.text(PART.document);
  return readPartXml(PART.document, xml, (part) => scanDocumentXml(part, view));
}
