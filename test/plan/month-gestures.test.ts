import { copyRowFromYear, copyYearFrom, monthSpan, setMonthSpan } from "../../src/plan/changes";
import { createSchema } from "../../src/plan/fields";
import { interpretDocument } from "../../src/plan/read";
import { formatTag } from "../../src/plan/tags";
import type { PlanningMonthId, SchoolYear } from "../../src/plan/vocabulary";
import { readingOf } from "../support/reading";

const schema = createSchema();
const [first, second] = schema.years as readonly [SchoolYear, SchoolYear, SchoolYear];
const month = (row: string, year: SchoolYear, id: PlanningMonthId) =>
  formatTag({ kind: "mese", row, year, month: id });

describe("planning gestures as one batch of changes", () => {
  it("a span runs from one month to the other in either order, both included", () => {
    expect(monthSpan("nov", "feb")).toEqual(["nov", "dic", "gen", "feb"]);
    expect(monthSpan("feb", "nov")).toEqual(["nov", "dic", "gen", "feb"]);
    expect(monthSpan("mar", "mar")).toEqual(["mar"]);
  });

  it("planning a span writes only the months not planned yet, and only in that row and year", () => {
    const plan = interpretDocument(schema, readingOf(schema, new Map([[month("1.2", first, "dic"), "X"]])));
    const changes = setMonthSpan(plan, "1.2", first, "nov", "gen", true);
    expect(changes.map((change) => [change.tag, change.next])).toEqual([
      [month("1.2", first, "nov"), "X"],
      [month("1.2", first, "gen"), "X"],
    ]);
  });

  it("clearing a span of the whole year clears every planned month and nothing else", () => {
    const plan = interpretDocument(
      schema,
      readingOf(
        schema,
        new Map([
          [month("3.1", first, "set"), "X"],
          [month("3.1", first, "ago"), "x"],
          [month("3.2", first, "ott"), "X"],
        ]),
      ),
    );
    const changes = setMonthSpan(plan, "3.1", first, "ago", "set", false);
    expect(changes.map((change) => [change.tag, change.expected, change.next])).toEqual([
      [month("3.1", first, "set"), "X", " "],
      [month("3.1", first, "ago"), "x", " "],
    ]);
  });

  it("copying a row from the previous year adds its months and removes the ones it does not have", () => {
    const plan = interpretDocument(
      schema,
      readingOf(
        schema,
        new Map([
          [month("2.1", first, "ott"), "X"],
          [month("2.1", first, "nov"), "X"],
          [month("2.1", second, "nov"), "X"],
          [month("2.1", second, "mag"), "X"],
        ]),
      ),
    );
    const changes = copyRowFromYear(plan, "2.1", first, second);
    expect(changes.map((change) => [change.tag, change.next])).toEqual([
      [month("2.1", second, "ott"), "X"],
      [month("2.1", second, "mag"), " "],
    ]);
  });

  it("copying a whole year gives every row of the next year the previous year's months", () => {
    const marked = new Map([
      [month("1.1", first, "set"), "X"],
      [month("accreditamento", first, "mar"), "X"],
      [month("altro-attivazione", first, "ago"), "X"],
    ]);
    const plan = interpretDocument(schema, readingOf(schema, marked));
    const changes = copyYearFrom(plan, first, second);
    expect(changes.map((change) => change.tag).sort()).toEqual(
      [
        month("1.1", second, "set"),
        month("accreditamento", second, "mar"),
        month("altro-attivazione", second, "ago"),
      ].sort(),
    );
    expect(copyYearFrom(plan, first, first)).toEqual([]);
  });
});
