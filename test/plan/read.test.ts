import { createSchema } from "../../src/plan/fields";
import { LimitError } from "../../src/plan/limits";
import { interpretDocument } from "../../src/plan/read";
import { schemaOfDocument } from "../../src/plan/schema-of";
import { formatTag } from "../../src/plan/tags";
import { readingOf } from "../support/reading";

const schema = createSchema();
const year = schema.years[0]!;
const mark = (level: "attivazione" | "consolidamento" | "non-richiesto") =>
  formatTag({ kind: "livello", row: "1.2", year, level });

describe("interpreting what the host read", () => {
  it("reads a blank template as an empty plan with no problems", () => {
    const plan = interpretDocument(schema, readingOf(schema));
    expect(plan.problems).toEqual([]);
    expect(plan.values.size).toBe(schema.fields.length);
    expect([...plan.sources.values()].every((source) => source === "control")).toBe(true);
  });

  it("says a document with none of the template's controls or tables is not the template", () => {
    const plan = interpretDocument(schema, {
      controls: [{ tag: "other", text: "x" }],
      tables: [[["a", "b"]]],
    });
    expect(plan.problems).toEqual([{ code: "not-template" }]);
  });

  it("reports a deleted field by its Italian name", () => {
    const reading = readingOf(schema);
    const plan = interpretDocument(schema, {
      controls: reading.controls.filter((c) => c.tag !== mark("attivazione")),
    });
    expect(plan.problems).toEqual([
      expect.objectContaining({
        code: "missing-field",
        tag: mark("attivazione"),
        label: expect.stringContaining("1.2"),
      }),
    ]);
  });

  it("reports a duplicated field and reads its first copy", () => {
    const reading = readingOf(schema);
    const plan = interpretDocument(schema, {
      controls: [...reading.controls, { tag: mark("consolidamento"), text: "X" }],
    });
    expect(plan.problems).toEqual([expect.objectContaining({ code: "duplicate-field", occurrences: 2 })]);
    expect(plan.values.get(mark("consolidamento"))).toEqual({ kind: "mark", marked: false });
  });

  it("reports an own tag it does not know, and ignores other add-ins' controls", () => {
    const reading = readingOf(schema);
    const plan = interpretDocument(schema, {
      controls: [
        ...reading.controls,
        { tag: "pgs:livello:1.2:2030-31:attivazione", text: "" },
        { tag: "altro", text: "" },
      ],
    });
    expect(plan.problems.map((p) => p.code)).toEqual(["unknown-field"]);
  });

  it("reports two levels marked for the same action and year", () => {
    const texts = new Map([
      [mark("attivazione"), "X"],
      [mark("non-richiesto"), "x"],
    ]);
    const plan = interpretDocument(schema, readingOf(schema, texts));
    expect(plan.problems).toEqual([
      expect.objectContaining({
        code: "several-levels",
        row: "1.2",
        levels: ["attivazione", "non-richiesto"],
      }),
    ]);
  });

  it("reads every field from the tables' cells when the host lists no control inside tables", () => {
    const texts = new Map([
      [mark("consolidamento"), "X"],
      [formatTag({ kind: "alunni", indirizzo: "tecnico", classe: "IV" }), "27"],
      [formatTag({ kind: "campo", campo: "altro-nome" }), "Servizio civile"],
      [formatTag({ kind: "descrizione", azione: "3.1", voce: "attivita" }), "Incontri\rLaboratori"],
    ]);
    const full = interpretDocument(schema, readingOf(schema, texts));
    const { tables } = readingOf(schema, texts);
    const fromCells = interpretDocument(schema, { controls: [], tables });
    expect(fromCells.problems.filter((p) => p.code !== "missing-field").map((p) => p.code)).toEqual([]);
    const missing = fromCells.problems.map((p) => (p.code === "missing-field" ? p.tag : ""));
    expect(missing).toEqual([formatTag({ kind: "testo", testo: "note" })]);
    for (const [tag, value] of fromCells.values) expect(value).toEqual(full.values.get(tag));
    expect(fromCells.sources.get(mark("consolidamento"))).toBe("table-cell");
  });

  it("does not trust a table whose labels were changed", () => {
    const { tables } = readingOf(schema);
    const edited = tables!.map((table) =>
      table.map((row) => row.map((text) => text.replace("AZIONI", "AZIONE"))),
    );
    const plan = interpretDocument(schema, { controls: [], tables: edited });
    expect(plan.sources.get(mark("attivazione"))).toBeUndefined();
  });

  it("notices an X typed in a cell next to the mark's control instead of inside it", () => {
    const reading = readingOf(schema);
    const tables = readingOf(schema, new Map([[mark("attivazione"), "X"]])).tables;
    const plan = interpretDocument(schema, { controls: reading.controls, tables });
    expect(plan.problems).toEqual([expect.objectContaining({ code: "text-outside-field", text: "X" })]);
    expect(plan.values.get(mark("attivazione"))).toEqual({ kind: "mark", marked: false });
  });
});

describe("a plan's school years are the template's consecutive years", () => {
  const official = createSchema();
  const foreignYear = { start: 2020 };
  const monthTag = (start: number) => formatTag({ kind: "mese", row: "1.1", year: { start }, month: "set" });

  it("reads a stray tag of another year as an unknown field, never as a new column", () => {
    const reading = readingOf(official);
    const stray = { tag: monthTag(foreignYear.start), text: "X" };
    const withStray = { ...reading, controls: [...reading.controls, stray] };
    const schemaRead = schemaOfDocument(withStray);
    expect(schemaRead.years).toEqual(official.years);
    const plan = interpretDocument(schemaRead, withStray);
    expect(plan.problems).toEqual([{ code: "unknown-field", tag: stray.tag }]);
  });

  it("reads a template built for other consecutive years with those years", () => {
    const other = createSchema([{ start: 2024 }, { start: 2025 }, { start: 2026 }]);
    expect(schemaOfDocument(readingOf(other)).years).toEqual(other.years);
  });

  it("refuses more consecutive years than the limit with one LimitError", () => {
    // 1,000 years of month tags made 331,076 fields and 80 MB of JSON; one tag a year is enough.
    const controls = Array.from({ length: 1000 }, (_, i) => ({ tag: monthTag(2000 + i), text: "" }));
    expect(() => schemaOfDocument({ controls })).toThrow(LimitError);
  });

  it("builds one schema at a time for the years it meets, keeping none of the earlier ones", () => {
    const first = schemaOfDocument({ controls: [{ tag: monthTag(2030), text: "" }] });
    expect(schemaOfDocument({ controls: [{ tag: monthTag(2030), text: "" }] })).toBe(first);
    schemaOfDocument({ controls: [{ tag: monthTag(2040), text: "" }] });
    expect(schemaOfDocument({ controls: [{ tag: monthTag(2030), text: "" }] })).not.toBe(first);
  });
});
