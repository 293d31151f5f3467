import { createSchema } from "../../src/plan/fields";
import { interpretDocument } from "../../src/plan/read";
import { planAfterWrite } from "../../src/plan/read-back";
import { type Tag, formatTag } from "../../src/plan/tags";
import { readingOf } from "../support/reading";

const schema = createSchema();
const year = schema.years[0]!;
const level = (id: "attivazione" | "consolidamento") =>
  formatTag({ kind: "livello", row: "2.1", year, level: id });
const count = formatTag({ kind: "alunni", indirizzo: "liceo", classe: "III" });
const month = formatTag({ kind: "mese", row: "2.1", year, month: "gen" });

const planOf = (texts: ReadonlyMap<string, string>) => interpretDocument(schema, readingOf(schema, texts));

describe("the plan after a write, from what the write read back", () => {
  it("gives the written fields the values a full read would give, and leaves the others as read", () => {
    const before = planOf(new Map([[month, "x"]]));
    const readBack = new Map<Tag, string>([
      [level("attivazione"), "X"],
      [count, "1.250"],
    ]);
    const after = planAfterWrite(before, readBack);
    const full = planOf(
      new Map([
        [month, "x"],
        [level("attivazione"), "X"],
        [count, "1.250"],
      ]),
    );
    expect(after.values).toEqual(full.values);
    expect(after.texts.get(month)).toBe("x");
    expect(after.problems).toEqual([]);
  });

  it("drops a written field's old value problem and reports the new one", () => {
    const before = planOf(new Map([[count, "dodici"]]));
    expect(before.problems).toEqual([expect.objectContaining({ code: "invalid-count", tag: count })]);
    expect(planAfterWrite(before, new Map([[count, "12"]])).problems).toEqual([]);
    expect(planAfterWrite(before, new Map([[count, "12,5"]])).problems).toEqual([
      expect.objectContaining({ code: "invalid-count", tag: count, text: "12,5" }),
    ]);
  });

  it("works out again which rows have two levels marked", () => {
    const before = planOf(new Map([[level("attivazione"), "X"]]));
    const twice = planAfterWrite(before, new Map([[level("consolidamento"), "X"]]));
    expect(twice.problems).toEqual([
      expect.objectContaining({
        code: "several-levels",
        row: "2.1",
        year,
        levels: ["attivazione", "consolidamento"],
      }),
    ]);
    expect(planAfterWrite(twice, new Map([[level("attivazione"), " "]])).problems).toEqual([]);
  });

  it("is the same plan when nothing was written", () => {
    const before = planOf(new Map());
    expect(planAfterWrite(before, new Map())).toBe(before);
  });
});
