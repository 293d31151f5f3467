import {
  countOf,
  serviceLevelOf,
  setCount,
  setMonth,
  setServiceLevel,
  setText,
} from "../../src/plan/changes";
import { createSchema } from "../../src/plan/fields";
import { interpretDocument } from "../../src/plan/read";
import { formatTag } from "../../src/plan/tags";
import { readingOf } from "../support/reading";

const schema = createSchema();
const year = schema.years[2]!;
const level = (l: "attivazione" | "consolidamento" | "non-richiesto") =>
  formatTag({ kind: "livello", row: "2.4", year, level: l });

describe("operations on a plan", () => {
  it("choosing a service level marks it and clears the one marked before, nothing else", () => {
    const plan = interpretDocument(schema, readingOf(schema, new Map([[level("attivazione"), "x"]])));
    expect(serviceLevelOf(plan, "2.4", year)).toBe("attivazione");
    expect(setServiceLevel(plan, "2.4", year, "consolidamento")).toEqual([
      expect.objectContaining({ tag: level("attivazione"), expected: "x", next: " " }),
      expect.objectContaining({ tag: level("consolidamento"), expected: " ", next: "X" }),
    ]);
    expect(setServiceLevel(plan, "2.4", year, "attivazione")).toEqual([]);
  });

  it("planning a month that is already planned changes nothing", () => {
    const tag = formatTag({ kind: "mese", row: "tirocinio-attivazione", year, month: "feb" });
    const plan = interpretDocument(schema, readingOf(schema, new Map([[tag, "✓"]])));
    expect(setMonth(plan, "tirocinio-attivazione", year, "feb", true)).toEqual([]);
    expect(setMonth(plan, "tirocinio-attivazione", year, "feb", false)).toEqual([
      expect.objectContaining({ tag, next: " " }),
    ]);
  });

  it("refuses a count that is not a whole number and writes a valid one canonically", () => {
    const plan = interpretDocument(schema, readingOf(schema));
    expect(setCount(plan, "tecnico", "III", "venti")).toEqual({
      ok: false,
      code: "invalid-count",
      text: "venti",
    });
    const valid = setCount(plan, "tecnico", "III", "1.200");
    expect(valid.ok && valid.changes.map((change) => change.next)).toEqual(["1200"]);
    expect(countOf(plan, "tecnico", "III")).toBeNull();
  });

  it("keeps a single-line field on one line and a free text on several", () => {
    const plan = interpretDocument(schema, readingOf(schema));
    const line = formatTag({ kind: "campo", campo: "dirigente" });
    const text = formatTag({ kind: "testo", testo: "criticita" });
    expect(setText(plan, line, " Maria\nRossi ")[0]?.next).toBe("Maria Rossi");
    expect(setText(plan, text, "Uno\nDue\n")[0]?.next).toBe("Uno\nDue");
    expect(() => setText(plan, level("attivazione"), "X")).toThrow();
  });
});
