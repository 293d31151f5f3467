/**
 * Reading and rewriting a zip in tests, with the repository's own reader (src/docx/zip.ts) and
 * writer (src/docx/zip-write.ts): the parts by name, in the package's order.
 */
import { inflateEntry, readZipDirectory } from "../../src/docx/zip";
import { writeZip } from "../../src/docx/zip-write";

/** Every part of a zip, by name, in the order of its central directory. */
export function zipParts(bytes: Uint8Array): Map<string, Uint8Array> {
  const budget = { used: 0 };
  return new Map(
    readZipDirectory(bytes).entries.map((entry) => [entry.name, inflateEntry(bytes, entry, budget)]),
  );
}

/** The text of one part, or undefined when the zip has no such part. */
export function zipText(bytes: Uint8Array, name: string): string | undefined {
  const part = zipParts(bytes).get(name);
  return part === undefined ? undefined : new TextDecoder().decode(part);
}

/** A zip of these parts, text or bytes, in this order. */
export function zipOf(parts: Iterable<readonly [string, string | Uint8Array]>): Uint8Array {
  const encoder = new TextEncoder();
  return writeZip(
    [...parts].map(([name, data]) => [name, typeof data === "string" ? encoder.encode(data) : data] as const),
  );
}

/** The same zip with parts replaced or added (`edits`), and `removed` left out; order kept, new ones last. */
export function rewriteZip(
  bytes: Uint8Array,
  edits: Readonly<Record<string, string>>,
  removed: readonly string[] = [],
): Uint8Array {
  const parts = new Map<string, string | Uint8Array>(zipParts(bytes));
  for (const [name, text] of Object.entries(edits)) parts.set(name, text);
  for (const name of removed) parts.delete(name);
  return zipOf(parts);
}
