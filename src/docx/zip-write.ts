/**
 * The one writing of a zip: DocxPackage.save, the template builder and the conformance kit.
 *
 * fflate's zipSync, not its streaming Zip: zipSync knows every size before it writes a local
 * header, so no entry needs a data descriptor, which Word does not require and some readers handle
 * badly. Names are flagged UTF-8 only when they are not ASCII (fflate's rule), as .docx names are.
 *
 * Deterministic: every entry carries the same modification time, so the same parts give the same
 * bytes on any machine (the template asset is compared byte for byte). fflate writes the DOS
 * date from the Date's local fields, so the time is built from local fields too: midnight of
 * 1 September 2017 in every time zone. No Node API: it runs in the browser too.
 */
import { type ZipOptions, zipSync } from "fflate";

const ENTRY_TIME = new Date(2017, 8, 1);

/** A name JavaScript orders before every other object key, whatever order it was added in. */
const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

/**
 * A zip of `entries`, deflated, in the order given: a .docx's callers put [Content_Types].xml
 * first, as Word does. `level`: fflate's 1–9 (6 unless said; the template uses 9).
 */
export function writeZip(
  entries: Iterable<readonly [name: string, data: Uint8Array]>,
  level: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 = 6,
): Uint8Array {
  const files: Record<string, [Uint8Array, ZipOptions]> = {};
  for (const [name, data] of entries) {
    // zipSync walks an object, which would move a digits-only name to the front.
    if (ARRAY_INDEX.test(name)) throw new Error(`a zip entry named "${name}" would lose its place`);
    if (Object.hasOwn(files, name)) throw new Error(`two zip entries named "${name}"`);
    // fflate tells a file from a folder by `instanceof Uint8Array`, which bytes made in another
    // realm (a test environment's TextEncoder) fail: those are copied into this realm's type.
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    files[name] = [bytes, { level, mtime: ENTRY_TIME }];
  }
  return zipSync(files);
}
