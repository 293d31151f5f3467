/**
 * One reading of the zip (src/docx/zip.ts) for the CLI's reader and the emulator alike: every zip
 * trick that could make a reader see another document than Word does is refused, each with its
 * own message, and no part is inflated past the limits.
 */
import { deflateRawSync } from "node:zlib";
import { readDocumentReading } from "../../src/docx/read";
import { describeZipProblem } from "../../src/docx/messages";
import { readZipDirectory, ZipProblem, type ZipProblemCode } from "../../src/docx/zip";
import { EmulatedWord } from "../../src/emulator";
import { LIMITS, LimitError } from "../../src/plan/limits";
import { docx, documentXml, paragraph } from "../support/wordml";
import { entriesOf, rawZip, type RawEntry } from "../support/fuzz/raw-zip";

const MAIN = "word/document.xml";
const TRUE_BODY = documentXml(paragraph("VERO"));
const SHADOW_BODY = documentXml(paragraph("OMBRA"));

let base: RawEntry[];

beforeAll(async () => {
  base = (await entriesOf(await docx(paragraph("VERO")))).filter((entry) => entry.name !== MAIN);
});

function withMain(main: Partial<RawEntry>, ...extra: RawEntry[]): Uint8Array {
  return rawZip([...base, { name: MAIN, data: TRUE_BODY, ...main }, ...extra]);
}

async function refusal(bytes: Uint8Array): Promise<unknown> {
  return readDocumentReading(bytes).then(
    () => undefined,
    (error: unknown) => error,
  );
}

test("a zip written plainly reads, and the emulator opens it", async () => {
  const bytes = withMain({});
  const reading = await readDocumentReading(bytes);
  expect(reading.controls).toEqual([]);
  await expect(EmulatedWord.open(bytes)).resolves.toBeDefined();
});

const TRICKS: readonly (readonly [string, ZipProblemCode, () => Uint8Array])[] = [
  [
    "an extra entry x/../word/document.xml",
    "dot-segment",
    () => withMain({}, { name: "x/../word/document.xml", data: SHADOW_BODY }),
  ],
  [
    "an entry named ./word/document.xml",
    "dot-segment",
    () => withMain({}, { name: "./word/other.xml", data: "<a/>" }),
  ],
  ["an absolute entry name", "absolute-name", () => withMain({}, { name: "/word/other.xml", data: "<a/>" })],
  [
    "a drive-letter entry name",
    "absolute-name",
    () => withMain({}, { name: "C:/word/other.xml", data: "<a/>" }),
  ],
  [
    "a backslash in an entry name",
    "backslash-name",
    () => withMain({}, { name: "word\\document.xml", data: SHADOW_BODY }),
  ],
  ["the main part twice", "duplicate-name", () => withMain({}, { name: MAIN, data: SHADOW_BODY })],
  [
    "the main part twice, once in capitals",
    "duplicate-name",
    () => withMain({}, { name: "WORD/document.xml", data: SHADOW_BODY }),
  ],
  [
    "a local header naming another part",
    "local-name-mismatch",
    () => withMain({ localName: "word/shadow.xml" }),
  ],
  ["a CRC that does not match", "crc-mismatch", () => withMain({ crc: 0x12345678 })],
  ["a declared size smaller than the data", "size-mismatch", () => withMain({ declaredSize: 10 })],
  ["an empty segment in a name", "bad-name", () => withMain({}, { name: "word//x.xml", data: "<a/>" })],
];

test.each(TRICKS)(
  "%s is refused with its own message, by the CLI's reader and the emulator",
  async (_title, code, make) => {
    const bytes = make();
    const error = await refusal(bytes);
    expect(error).toBeInstanceOf(ZipProblem);
    expect((error as ZipProblem).code).toBe(code);
    await expect(EmulatedWord.open(bytes)).rejects.toBeInstanceOf(ZipProblem);
  },
);

test("every zip problem has its own Italian and English message", () => {
  const codes = TRICKS.map(([, code]) => code);
  const messages = (locale: "it" | "en") =>
    new Set(codes.map((code) => describeZipProblem(new ZipProblem(code, "word/document.xml"), locale)));
  expect(messages("it").size).toBe(new Set(codes).size);
  expect(messages("en").size).toBe(new Set(codes).size);
});

test("an entry name with an escape character is shown with the character escaped", async () => {
  const error = await refusal(withMain({}, { name: "a\u001b[31m/../x", data: "<a/>" }));
  expect((error as ZipProblem).message).toContain("a\\u001b[31m/../x");
  expect((error as ZipProblem).message).not.toContain("\u001b");
});

test("two entries sharing their data are refused (the overlapping zip bomb)", () => {
  const bytes = withMain({});
  // Point the second central-directory record at the first entry's local header.
  const view = new DataView(bytes.buffer);
  const eocd = bytes.length - 22;
  let at = view.getUint32(eocd + 16, true);
  at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  view.setUint32(at + 42, 0, true);
  expect(() => readZipDirectory(bytes)).toThrow(ZipProblem);
});

test("more entries than the limit are refused from the central directory, before any is read", () => {
  const many = Array.from({ length: LIMITS.zipEntries + 1 }, (_, i) => ({
    name: `x/${i}.xml`,
    data: "",
    method: 0 as const,
  }));
  expect(() => readZipDirectory(withMain({}, ...many))).toThrow(LimitError);
});

test("a part declared larger than the limit is refused before it is inflated", async () => {
  const error = await refusal(withMain({ declaredSize: LIMITS.partBytes + 1 }));
  expect(error).toBeInstanceOf(LimitError);
  expect((error as LimitError).limit).toBe("partBytes");
  expect((error as LimitError).part).toBe(MAIN);
});

test("a part that inflates past the limit while declaring less stops while inflating", async () => {
  // The smallest bomb that reaches the limit: the limit plus one byte of spaces, deflated.
  const body = new Uint8Array(LIMITS.partBytes + 1).fill(0x20);
  const deflated = new Uint8Array(deflateRawSync(body));
  const error = await refusal(withMain({ data: "", deflated, declaredSize: LIMITS.partBytes }));
  expect(error).toBeInstanceOf(LimitError);
  expect((error as LimitError).limit).toBe("partBytes");
});

test("parts that together pass the total limit are refused from the central directory", () => {
  const count = Math.ceil(LIMITS.totalBytes / LIMITS.partBytes) + 1;
  const big = Array.from({ length: count }, (_, i) => ({
    name: `word/media/${i}.bin`,
    data: "",
    deflated: new Uint8Array([3, 0]),
    declaredSize: LIMITS.partBytes,
  }));
  expect(() => readZipDirectory(withMain({}, ...big))).toThrow(LimitError);
});

test("a large entry nobody reads is never inflated", async () => {
  // Declared honestly and within the limits, but corrupt: reading it would fail.
  const bytes = withMain(
    {},
    { name: "word/media/huge.bin", data: new Uint8Array(1000), deflated: new Uint8Array([0xff, 0xff]) },
  );
  await expect(readDocumentReading(bytes)).resolves.toBeDefined();
});
