/**
 * The few parts a read needs, taken out of the .docx without opening the rest: JSZip reads the
 * central directory and inflates only the entries asked for.
 */
import JSZip from "jszip";
import { PART } from "../paths";
import { XmlScanError } from "./xml-scanner";

/** A .docx that cannot be read: not a zip, a part missing, a part that is not well-formed XML. */
export class DocxReadError extends Error {
  override readonly name = "DocxReadError";
}

const decoder = new TextDecoder("utf-8");

export type DocxParts = {
  has(path: string): boolean;
  /** The part's text (UTF-8, a byte-order mark dropped); throws DocxReadError when it is missing. */
  text(path: string): Promise<string>;
};

/** Opens the zip. Like the emulator's DocxPackage, refuses a package without [Content_Types].xml. */
export async function openParts(docx: Uint8Array): Promise<DocxParts> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(docx);
  } catch (error) {
    throw new DocxReadError(`not a zip archive (${error instanceof Error ? error.message : String(error)})`);
  }
  const file = (path: string) => {
    const entry = zip.file(path);
    return entry && !entry.dir ? entry : null;
  };
  if (!file(PART.contentTypes)) throw new DocxReadError(`not an OPC package: ${PART.contentTypes} missing`);
  return {
    has: (path) => file(path) !== null,
    async text(path) {
      const entry = file(path);
      if (!entry) throw new DocxReadError(`${path} missing`);
      let bytes: Uint8Array;
      try {
        bytes = await entry.async("uint8array");
      } catch (error) {
        throw new DocxReadError(
          `${path}: cannot be unpacked (${error instanceof Error ? error.message : String(error)})`,
        );
      }
      return decoder.decode(bytes);
    },
  };
}

/** Runs `read` on a part's XML, turning a scan error into a DocxReadError naming the part. */
export function readPartXml<T>(path: string, xml: string, read: (xml: string) => T): T {
  try {
    return read(xml);
  } catch (error) {
    if (error instanceof XmlScanError) throw new DocxReadError(`${path}: ${error.message}`);
    throw error;
  }
}
