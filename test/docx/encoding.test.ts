/**
 * Parts in UTF-8 or UTF-16 (with a byte-order mark) read alike in every reader; bytes that are not
 * valid text are an error naming the part, never a silent U+FFFD.
 */
import { readDocumentReading } from "../../src/docx/read";
import { DocxPackage } from "../../src/docx/package";
import { PartEncodingError } from "../../src/docx/xml";
import { EmulatedWord } from "../../src/emulator";
import { control, docx, documentXml, paragraph, run } from "../support/wordml";
import { emulatedReading } from "./read/emulated-reading";
import { entriesOf, rawZip } from "../support/fuzz/raw-zip";

const MAIN = "word/document.xml";
const BODY = paragraph(control({ tag: "pgs:campo:istituto" }, run("Liceo «Aldo Moro» — è")));

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), littleEndian);
  return out;
}

async function withMain(data: Uint8Array): Promise<Uint8Array> {
  const entries = await entriesOf(await docx(BODY));
  return rawZip(entries.map((entry) => (entry.name === MAIN ? { ...entry, data } : entry)));
}

const xml16 = documentXml(BODY).replace('encoding="UTF-8"', 'encoding="UTF-16"');

test.each([
  ["UTF-16 little-endian", true],
  ["UTF-16 big-endian", false],
])("a main part in %s with its byte-order mark reads as the UTF-8 one does", async (_name, little) => {
  const bytes = await withMain(utf16(xml16, little));
  const reading = await readDocumentReading(bytes);
  expect(reading.controls).toEqual([{ tag: "pgs:campo:istituto", text: "Liceo «Aldo Moro» — è" }]);
  expect(reading).toEqual(await emulatedReading(await docx(BODY)));
  expect(await emulatedReading(bytes)).toEqual(reading);
});

test("a UTF-16 part changed and saved is written as UTF-8 and says so in its declaration", async () => {
  const pkg = await DocxPackage.open(await withMain(utf16(xml16, true)));
  pkg.xml(MAIN);
  pkg.markChanged(MAIN);
  const text = new TextDecoder("utf-8", { fatal: true }).decode(pkg.bytes(MAIN));
  expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
  expect(text).toContain("Liceo «Aldo Moro» — è");
});

test("bytes that are not UTF-8 are an error naming the part, in every reader", async () => {
  const good = new TextEncoder().encode(documentXml(BODY));
  const at = good.indexOf(0xc2); // the first byte of «
  const broken = new Uint8Array([...good.subarray(0, at), 0xff, ...good.subarray(at + 1)]);
  const bytes = await withMain(broken);
  await expect(readDocumentReading(bytes)).rejects.toThrow(PartEncodingError);
  await expect(readDocumentReading(bytes)).rejects.toThrow(/word\/document\.xml/);
  await expect(EmulatedWord.open(bytes)).rejects.toThrow(PartEncodingError);
});
