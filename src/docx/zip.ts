/**
 * The one reading of a .docx's zip, used by the emulator, the CLI's reader, the playground and the
 * conformance page.
 *
 * Why not JSZip's loadAsync, which the project used before: it reads an entry by the name in its
 * local header rather than the central directory's, quietly resolves "x/../word/document.xml" onto
 * the main part, lets a later duplicate replace an earlier entry, checks no CRC unless asked (and
 * then only after inflating everything), and inflates a part whole, with no limit, before anyone
 * can see its size. fflate gives a DEFLATE stream that we feed a few kilobytes at a time, so a
 * limit stops the inflating as soon as it is passed; it is maintained, has no dependencies and
 * runs in Node and in the browser. The container itself (central directory, local headers) is
 * small enough to read here, where each rule below can be checked and named. Writing is
 * zip-write.ts, over fflate too: what we write we trust.
 *
 * The rules are OPC's part-name rules (ECMA-376 Part 2, §6.2.2.1–§6.2.2.3 and the ZIP mapping of
 * Annex C): a part name is made of non-empty segments separated by "/", none of them "." or "..",
 * never starting with "/" and never holding "\"; two names that differ only in ASCII case are the
 * same part, and a package holding both is invalid. Word refuses such a package as corrupt rather
 * than guessing which entry is meant; so does this reader, each rule with its own message.
 */
import { Inflate } from "fflate";
import { LIMITS, LimitError } from "../plan/limits";
import { escapeControls } from "../plan/visible-text";
import { describeZipProblem } from "./messages";
import { DocxReadError } from "./read-error";
import type { ZipProblemCode } from "./zip-problem-code";

export type { ZipProblemCode };

/** A zip no reader should trust; its message is describeZipProblem's English one. */
export class ZipProblem extends DocxReadError {
  override readonly name = "ZipProblem";
  constructor(
    readonly code: ZipProblemCode,
    /** The entry's name as the central directory gives it (control characters escaped), or "". */
    readonly entry: string,
    /** What the inflater or the decoder said, for a bug report; never shown alone. */
    readonly detail = "",
  ) {
    super();
    this.message = describeZipProblem(this, "en");
  }
}

export type ZipEntry = {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** The unpacked size the central directory declares; checked while inflating. */
  readonly size: number;
  /** Where the entry's data starts, after its local header. */
  readonly dataStart: number;
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;
/** Input fed to the inflater at a time: one push inflates to at most ~1,032 times this. */
const INFLATE_STEP = 4096;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crcUpdate(crc: number, bytes: Uint8Array): number {
  let c = crc;
  for (let i = 0; i < bytes.length; i++)
    c = (CRC_TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return c;
}

/** An entry's name with its control characters escaped, so it never writes to a terminal raw. */
export function visibleName(name: string): string {
  return escapeControls(name);
}

const nameDecoder = new TextDecoder("utf-8", { fatal: true });

function decodeName(bytes: Uint8Array): string {
  try {
    return nameDecoder.decode(bytes);
  } catch {
    throw new ZipProblem("bad-name", "", "entry name is not UTF-8");
  }
}

/** Refuses a name OPC does not allow; returns whether it names a folder (ends with "/"). */
function checkName(name: string): boolean {
  const shown = visibleName(name);
  if (name.includes("\\")) throw new ZipProblem("backslash-name", shown);
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) throw new ZipProblem("absolute-name", shown);
  const folder = name.endsWith("/");
  const segments = (folder ? name.slice(0, -1) : name).split("/");
  if (segments.some((s) => s === "." || s === "..")) throw new ZipProblem("dot-segment", shown);
  if (segments.some((s) => s === "") || shown !== name) throw new ZipProblem("bad-name", shown);
  return folder;
}

/** ASCII case folded: OPC's part-name equivalence. */
function folded(name: string): string {
  return name.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

export type ZipDirectory = {
  /** The entries that are parts (folders left out), in central-directory order. */
  readonly entries: readonly ZipEntry[];
  get(name: string): ZipEntry | undefined;
};

function findEndOfDirectory(view: DataView, length: number): number {
  for (let i = length - 22; i >= Math.max(0, length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  throw new ZipProblem("not-zip", "", "no end of central directory");
}

/**
 * Reads the central directory of `bytes` and checks every entry against its local header, before
 * anything is inflated. Throws ZipProblem or LimitError.
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  if (bytes.length < 22) throw new ZipProblem("not-zip", "", "too short");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view, bytes.length);
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR) throw new ZipProblem("zip64", "");
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0)
    throw new ZipProblem("multi-disk", "");
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryStart = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryStart === 0xffffffff) throw new ZipProblem("zip64", "");
  if (count > LIMITS.zipEntries) throw new LimitError("zipEntries", "");
  if (count !== view.getUint16(eocd + 8, true) || directoryStart + directorySize > eocd)
    throw new ZipProblem("bad-directory", "");

  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  const taken = new Set<string>();
  const spans: [start: number, end: number, name: string][] = [];
  let declaredTotal = 0;
  let at = directoryStart;
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) throw new ZipProblem("bad-directory", "");
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (at > eocd) throw new ZipProblem("bad-directory", "");
    const name = decodeName(nameBytes);
    const shown = visibleName(name);
    const folder = checkName(name);
    const key = folded(name);
    if (taken.has(key)) throw new ZipProblem("duplicate-name", shown);
    taken.add(key);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff)
      throw new ZipProblem("zip64", shown);
    if (flags & 1) throw new ZipProblem("encrypted", shown);
    if (method !== 0 && method !== 8) throw new ZipProblem("unsupported-method", shown, String(method));

    // The local header must say what the central directory says: the same name, the same method.
    if (localOffset + 30 > directoryStart || view.getUint32(localOffset, true) !== LOCAL)
      throw new ZipProblem("local-header-missing", shown);
    const localNameLength = view.getUint16(localOffset + 26, true);
    const localExtraLength = view.getUint16(localOffset + 28, true);
    const localName = bytes.subarray(localOffset + 30, localOffset + 30 + localNameLength);
    if (localNameLength !== nameLength || localName.some((b, i) => b !== nameBytes[i]))
      throw new ZipProblem("local-name-mismatch", shown);
    if (view.getUint16(localOffset + 8, true) !== method)
      throw new ZipProblem("local-header-mismatch", shown);
    const dataStart = localOffset + 30 + localNameLength + localExtraLength;
    if (dataStart + compressedSize > directoryStart) throw new ZipProblem("bad-directory", shown);
    spans.push([localOffset, dataStart + compressedSize, shown]);
    if (folder) {
      if (size !== 0) throw new ZipProblem("bad-name", shown);
      continue;
    }
    if (method === 0 && compressedSize !== size) throw new ZipProblem("size-mismatch", shown);
    if (size > LIMITS.partBytes) throw new LimitError("partBytes", shown);
    declaredTotal += size;
    if (declaredTotal > LIMITS.totalBytes) throw new LimitError("totalBytes", shown);
    const entry: ZipEntry = { name, method, crc, compressedSize, size, dataStart };
    entries.push(entry);
    byName.set(name, entry);
  }
  // Entries sharing bytes are how the smallest zip bombs multiply their output.
  spans.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) {
    const [start, , name] = spans[i] as [number, number, string];
    if (start < (spans[i - 1] as [number, number, string])[1])
      throw new ZipProblem("overlapping-entries", name);
  }
  return { entries, get: (name) => byName.get(name) };
}

/** Unpacked bytes counted across one package's parts, against LIMITS.totalBytes. */
export type InflateBudget = { used: number };

/**
 * The entry's bytes, inflated a few kilobytes at a time: past LIMITS.partBytes or the budget's
 * total the inflating stops with a LimitError; a size or CRC other than the central directory's is
 * a ZipProblem.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget): Uint8Array {
  const shown = visibleName(entry.name);
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let out: Uint8Array;
  if (entry.method === 0) {
    if (budget.used + data.length > LIMITS.totalBytes) throw new LimitError("totalBytes", shown);
    out = data;
  } else {
    const chunks: Uint8Array[] = [];
    let produced = 0;
    const inflater = new Inflate((chunk) => {
      produced += chunk.length;
      if (produced > LIMITS.partBytes) throw new LimitError("partBytes", shown);
      if (budget.used + produced > LIMITS.totalBytes) throw new LimitError("totalBytes", shown);
      // More than the directory declared: wrong either way, and no need to inflate the rest.
      if (produced > entry.size) throw new ZipProblem("size-mismatch", shown);
      chunks.push(chunk);
    });
    try {
      for (let from = 0; from < data.length; from += INFLATE_STEP)
        inflater.push(data.subarray(from, from + INFLATE_STEP), from + INFLATE_STEP >= data.length);
      if (data.length === 0) inflater.push(data, true);
    } catch (error) {
      if (error instanceof LimitError || error instanceof ZipProblem) throw error;
      throw new ZipProblem("corrupt-data", shown, error instanceof Error ? error.message : String(error));
    }
    out = new Uint8Array(produced);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
  }
  if (out.length !== entry.size) throw new ZipProblem("size-mismatch", shown);
  if ((crcUpdate(0xffffffff, out) ^ 0xffffffff) >>> 0 !== entry.crc)
    throw new ZipProblem("crc-mismatch", shown);
  budget.used += out.length;
  return out;
}
