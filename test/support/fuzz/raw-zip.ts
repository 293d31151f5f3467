/**
 * A zip writer for tests that need a zip no library would write: another name in the local header,
 * a wrong CRC, a duplicate, a name with "..". Each entry is laid out as given.
 */
import { deflateSync } from "fflate";
import { inflateEntry, readZipDirectory } from "../../../src/docx/zip";

export type RawEntry = {
  readonly name: string;
  readonly data: Uint8Array | string;
  /** Stored (0) or deflated (8, the default). */
  readonly method?: 0 | 8;
  /** The name written in the local header, when it should differ. */
  readonly localName?: string;
  readonly crc?: number;
  /** The unpacked size the central directory declares, when it should lie. */
  readonly declaredSize?: number;
  /** Already-deflated bytes to write as the entry's data (for a bomb built at test time). */
  readonly deflated?: Uint8Array;
};

const encoder = new TextEncoder();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = typeof entry.data === "string" ? encoder.encode(entry.data) : entry.data;
    const method = entry.method ?? 8;
    const body = entry.deflated ?? (method === 8 ? deflateSync(data) : data);
    const name = encoder.encode(entry.name);
    const localName = encoder.encode(entry.localName ?? entry.name);
    const crc = entry.crc ?? crc32(data);
    const size = entry.declaredSize ?? data.length;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, method, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, body.length, true);
    local.setUint32(22, size, true);
    local.setUint16(26, localName.length, true);
    const header = new DataView(new ArrayBuffer(46));
    header.setUint32(0, 0x02014b50, true);
    header.setUint16(4, 20, true);
    header.setUint16(6, 20, true);
    header.setUint16(10, method, true);
    header.setUint32(16, crc, true);
    header.setUint32(20, body.length, true);
    header.setUint32(24, size, true);
    header.setUint16(28, name.length, true);
    header.setUint32(42, offset, true);
    central.push(new Uint8Array(header.buffer), name);
    chunks.push(new Uint8Array(local.buffer), localName, body);
    offset += 30 + localName.length + body.length;
  }
  const directorySize = central.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, directorySize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of all) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The entries of a .docx, read by src/docx/zip.ts, to rearrange with rawZip. */
export async function entriesOf(docx: Uint8Array): Promise<RawEntry[]> {
  const budget = { used: 0 };
  return Promise.resolve(
    readZipDirectory(docx).entries.map((entry) => ({
      name: entry.name,
      data: inflateEntry(docx, entry, budget),
    })),
  );
}
