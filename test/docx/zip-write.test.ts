/** src/docx/zip-write: the one zip writer, read back by the one reader. */
import { runInNewContext } from "node:vm";
import { inflateEntry, readZipDirectory } from "../../src/docx/zip";
import { writeZip } from "../../src/docx/zip-write";

const encoder = new TextEncoder();
const PARTS = [
  ["[Content_Types].xml", encoder.encode("<Types/>")],
  ["_rels/.rels", encoder.encode("<Relationships/>")],
  ["word/document.xml", encoder.encode("<w:document>" + "<w:p/>".repeat(500) + "</w:document>")],
] as const;

const u16 = (bytes: Uint8Array, at: number) => bytes[at]! | (bytes[at + 1]! << 8);

describe("writeZip", () => {
  test("keeps the entries' order and bytes, deflated, and the reader accepts every CRC and size", () => {
    const zip = writeZip(PARTS);
    const directory = readZipDirectory(zip);
    expect(directory.entries.map((entry) => entry.name)).toEqual(PARTS.map(([name]) => name));
    expect(directory.entries.every((entry) => entry.method === 8)).toBe(true);
    const budget = { used: 0 };
    for (const [name, data] of PARTS) expect(inflateEntry(zip, directory.get(name)!, budget)).toEqual(data);
  });

  test("writes the same bytes twice, in any time zone: every entry carries 2017-09-01 00:00", () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = "UTC";
      const utc = writeZip(PARTS);
      process.env.TZ = "Pacific/Auckland";
      expect(writeZip(PARTS)).toEqual(utc);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    const zip = writeZip(PARTS);
    // The first local header: general-purpose flags, then the DOS time and date.
    expect(u16(zip, 6)).toBe(0); // no data descriptor, no UTF-8 flag for an ASCII name
    expect(u16(zip, 10)).toBe(0); // 00:00:00
    expect(u16(zip, 12)).toBe(((2017 - 1980) << 9) | (9 << 5) | 1);
  });

  test("flags a name UTF-8 only when it is not ASCII", () => {
    const zip = writeZip([["word/média.xml", encoder.encode("<x/>")]]);
    expect(u16(zip, 6) & 0x800).toBe(0x800);
    expect(readZipDirectory(zip).entries[0]?.name).toBe("word/média.xml");
  });

  test("writes bytes made in another realm as a file, not as an empty folder", () => {
    const foreign = runInNewContext("new Uint8Array([60, 120, 47, 62])") as Uint8Array;
    expect(foreign instanceof Uint8Array).toBe(false);
    const zip = writeZip([["word/document.xml", foreign]]);
    const entry = readZipDirectory(zip).get("word/document.xml")!;
    expect(new TextDecoder().decode(inflateEntry(zip, entry, { used: 0 }))).toBe("<x/>");
  });

  test("refuses a duplicate name, and a digits-only name that an object would move to the front", () => {
    expect(() => writeZip([PARTS[0], PARTS[0]])).toThrow(/two zip entries/);
    expect(() => writeZip([PARTS[0], ["12", encoder.encode("x")]])).toThrow(/lose its place/);
  });
});
