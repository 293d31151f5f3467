/** Control titles: Word shows only 64 characters of a title (office-js-docs-reference #1238). */
import { createSchema } from "../../src/plan/fields";
import { MAX_TITLE_LENGTH, fitTitle } from "../../src/plan/titles";
import { type SchoolYear } from "../../src/plan/vocabulary";

const SCHEMAS: readonly (readonly SchoolYear[])[] = [
  [{ start: 2017 }, { start: 2018 }, { start: 2019 }],
  [{ start: 2024 }, { start: 2025 }, { start: 2026 }],
  [{ start: 2099 }],
];

describe.each(SCHEMAS.map((years) => [years.map((y) => y.start).join(", "), years] as const))(
  "the titles of every field (years %s)",
  (_, years) => {
    const fields = createSchema(years).fields;

    test("every title has at most 64 characters", () => {
      const long = fields.filter((f) => f.title.length > MAX_TITLE_LENGTH).map((f) => f.title);
      expect(long).toEqual([]);
    });

    test("no two fields share a title, even in the first 64 characters Word shows", () => {
      const seen = new Map<string, string>();
      const clashes: string[] = [];
      for (const f of fields) {
        const shown = f.title.slice(0, MAX_TITLE_LENGTH);
        const other = seen.get(shown);
        if (other) clashes.push(`${other} / ${f.tag}`);
        seen.set(shown, f.tag);
      }
      expect(clashes).toEqual([]);
    });

    test("marks name their kind, year and level or month before the row", () => {
      for (const f of fields) {
        if (f.key.kind === "livello")
          expect(f.title).toMatch(/^Livello \d{4}\/\d{2} (Attivazione|Consolidamento|Non richiesto), /);
        if (f.key.kind === "mese") expect(f.title).toMatch(/^Mese \d{4}\/\d{2} [a-z]+, /);
      }
    });
  },
);

describe("fitTitle", () => {
  test("keeps a title that fits", () => {
    expect(fitTitle("Comune")).toBe("Comune");
  });

  test("cuts at a word and marks the cut", () => {
    const cut = fitTitle("parola ".repeat(20).trim());
    expect(cut.length).toBeLessThanOrEqual(64);
    expect(cut).toMatch(/parola…$/);
  });
});
