/**
 * The few parts a read needs, taken out of the .docx without opening the rest: the central
 * directory is read and checked (src/docx/zip.ts), and only the entries asked for are inflated.
 */
import { LimitError } from "../../plan/limits";
import { PART } from "../paths";
import { DocxReadError } from "../read-error";
import { decodePart } from "../xml";
import { inflateEntry, readZipDirectory, type ZipDirectory } from "../zip";
import { XmlScanError } from "./xml-scanner";

export { DocxReadError };

export type DocxParts = {
  has(path: string): boolean;
  /**
   * The part's text (UTF-8 or UTF-16, a byte-order mark dropped); throws DocxReadError when it is
   * missing, PartEncodingError, ZipProblem or LimitError when it cannot be trusted.
   */
  text(path: string): string;
};

/**
 * Opens the zip, checking it as the emulator's DocxPackage does (the same src/docx/zip.ts), and
 * refuses a package without [Content_Types].xml.
 */
export async function openParts(docx: Uint8Array): Promise<DocxParts> {
  const directory: ZipDirectory = readZipDirectory(docx);
  const budget = { used: 0 };
  if (!directory.get(PART.contentTypes))
    throw new DocxReadError(`not an OPC package: ${PART.contentTypes} missing`);
  return {
    has: (path) => directory.get(path) !== undefined,
    text(path) {
      const entry = directory.get(path);
      if (!entry) throw new DocxReadError(`${path} missing`);
      return decodePart(inflateEntry(docx, entry, budget), path);
    },
  };
}

/** Runs `read` on a part's XML, naming the part in a scan error or a limit passed. */
export function readPartXml<T>(path: string, xml: string, read: (xml: string) => T): T {
  try {
    return read(xml);
  } catch (error) {
    if (error instanceof XmlScanError) throw new DocxReadError(`${path}: ${error.message}`);
    if (error instanceof LimitError && error.part === "") throw new LimitError(error.limit, path);
    throw error;
  }
}
