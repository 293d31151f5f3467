/**
 * The least work any reader of a plan must do, in one process: read each .docx, inflate
 * `word/document.xml`, walk its tags (every `w:tag` value, in document order). `pgs export` and
 * `pgs report` are measured against it in the same run on the same files.
 */
import { readFile } from "node:fs/promises";
import { Unzip, UnzipInflate, strFromU8 } from "fflate";

const DOCUMENT = "word/document.xml";

/** document.xml of a .docx, inflated; undefined when the zip has none. */
function documentXml(bytes: Uint8Array): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let found = false;
    const unzip = new Unzip((entry) => {
      if (entry.name !== DOCUMENT) return;
      found = true;
      entry.ondata = (error, chunk, final) => {
        if (error) return reject(error);
        chunks.push(chunk);
        if (final) resolve(strFromU8(Buffer.concat(chunks)));
      };
      entry.start();
    });
    unzip.register(UnzipInflate);
    unzip.push(bytes, true);
    if (!found) resolve(undefined);
  });
}

/** Reads every file and counts the tags of its document: the floor's work. */
export async function floorRead(files: readonly string[]): Promise<number> {
  let tags = 0;
  for (const file of files) {
    const xml = await documentXml(new Uint8Array(await readFile(file)));
    for (const _match of (xml ?? "").matchAll(/<w:tag w:val="[^"]*"/g)) tags++;
  }
  return tags;
}
