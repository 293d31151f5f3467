/**
 * Deep nesting and many controls, generated at test time: every reader ends in a reading or in
 * one LimitError, without running out of memory or call stack. Work is linear below the limits.
 */
import { readDocumentReading } from "../../../src/docx/read";
import { EmulatedWord } from "../../../src/emulator";
import { createSchema } from "../../../src/plan/fields";
import { LIMITS, LimitError } from "../../../src/plan/limits";
import { interpretDocument } from "../../../src/plan/read";
import { docx, paragraph, run } from "../../support/wordml";
import { emulatedReading } from "./emulated-reading";

/** `levels` controls, each opening with a paragraph and holding the next one. */
function nestedControls(levels: number): string {
  const open: string[] = [];
  for (let i = 0; i < levels; i++)
    open.push(`<w:sdt><w:sdtPr><w:tag w:val="t${i}"/></w:sdtPr><w:sdtContent>${paragraph(run(`p${i}`))}`);
  return open.join("") + "</w:sdtContent></w:sdt>".repeat(levels);
}

/** `levels` tables, each one's only cell holding the next table. */
function nestedTables(levels: number): string {
  return (
    "<w:tbl><w:tr><w:tc><w:p/>".repeat(levels) + "<w:p/>" + "</w:tc></w:tr></w:tbl><w:p/>".repeat(levels)
  );
}

async function refusal(read: Promise<unknown>): Promise<unknown> {
  return read.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("nesting past the depth limit ends in one LimitError naming the part", () => {
  // 100,000 levels ran `pgs inspect` out of memory after 105 s; the emulator overflowed its stack from 5,000.
  test.each([
    ["100,000 nested controls", () => nestedControls(100_000)],
    ["100,000 nested tables", () => nestedTables(100_000)],
  ])("%s, in the CLI's reader and in the emulator", async (_title, body) => {
    const bytes = await docx(body());
    const fast = await refusal(readDocumentReading(bytes));
    expect(fast).toBeInstanceOf(LimitError);
    expect(fast).toMatchObject({ limit: "xmlDepth", part: "word/document.xml" });
    const emulated = await refusal(EmulatedWord.open(bytes));
    expect(emulated).toBeInstanceOf(LimitError);
    expect(emulated).toMatchObject({ limit: "xmlDepth", part: "word/document.xml" });
  });
});

describe("nesting just within the limit reads, and both readers agree", () => {
  // Each level is three elements deep (sdt, sdtContent, p), under w:document and w:body.
  const levels = Math.floor((LIMITS.xmlDepth - 6) / 3);

  test(`${levels} nested controls: each control's text is its paragraphs and the ones below`, async () => {
    const bytes = await docx(nestedControls(levels));
    const reading = await readDocumentReading(bytes);
    expect(reading.controls).toHaveLength(levels);
    const texts = Array.from({ length: levels }, (_, i) => `p${i}`);
    reading.controls.forEach((control, i) => expect(control.text).toBe(texts.slice(i).join("\r")));
    expect(reading).toEqual(await emulatedReading(bytes));
  });

  test(`${levels} nested tables: each cell's text is every paragraph below it`, async () => {
    const bytes = await docx(nestedTables(levels));
    const reading = await readDocumentReading(bytes);
    expect(reading.tables).toHaveLength(levels);
    expect(reading).toEqual(await emulatedReading(bytes));
  });
});

describe("many controls", () => {
  test("more controls than the limit end in a LimitError in the CLI's reader", async () => {
    const body = `<w:p>${'<w:sdt><w:sdtPr><w:tag w:val="pgs:testo:note"/></w:sdtPr><w:sdtContent><w:r><w:t>x</w:t></w:r></w:sdtContent></w:sdt>'.repeat(LIMITS.controls + 1)}</w:p>`;
    const error = await refusal(readDocumentReading(await docx(body)));
    expect(error).toMatchObject({ limit: "controls", part: "word/document.xml" });
  });

  test("the limit's worth of controls sharing one tag is one duplicate problem, counted in one pass", () => {
    // 50,000 copies took 23.5 s when each duplicate copied the list of the ones before it.
    const controls = Array.from({ length: LIMITS.controls }, (_, i) => ({
      tag: "pgs:testo:note",
      text: `n${i}`,
    }));
    const plan = interpretDocument(createSchema(), { controls });
    const duplicates = plan.problems.filter((problem) => problem.code === "duplicate-field");
    expect(duplicates).toEqual([
      expect.objectContaining({ tag: "pgs:testo:note", occurrences: LIMITS.controls }),
    ]);
    expect(plan.texts.get(controls[0]!.tag as never)).toBe("n0");
  });

  test("a reading with more controls than the limit is refused by the plan reading, whoever read it", () => {
    const controls = Array.from({ length: LIMITS.controls + 1 }, () => ({ tag: "pgs:testo:note", text: "" }));
    expect(() => interpretDocument(createSchema(), { controls })).toThrow(LimitError);
  });
});
