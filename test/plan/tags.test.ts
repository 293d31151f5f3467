import fc from "fast-check";
import { createSchema } from "../../src/plan/fields";
import { MAX_TAG_LENGTH, VERSIONING_TAG, formatTag, parseTag } from "../../src/plan/tags";
import { OFFICIAL_SCHOOL_YEARS } from "../../src/plan/vocabulary";

const schema = createSchema();

describe("the tag grammar", () => {
  it("gives every fill target a tag that parses back to the same field", () => {
    for (const def of schema.fields) expect(parseTag(def.tag)).toEqual(def.key);
  });

  it("round-trips any field of any choice of school years", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2090 }), fc.integer({ min: 1, max: 4 }), (start, count) => {
        const years = Array.from({ length: count }, (_, i) => ({ start: start + i }));
        const custom = createSchema(years);
        return custom.fields.every((def) => formatTag(parseTag(def.tag)!) === def.tag);
      }),
      { numRuns: 40 },
    );
  });

  it("keeps every tag unique and within Word's 64 characters", () => {
    const tags = schema.fields.map((def) => def.tag);
    expect(new Set(tags).size).toBe(tags.length);
    const longest = Math.max(...tags.map((tag) => tag.length), VERSIONING_TAG.length);
    expect(longest).toBeLessThanOrEqual(MAX_TAG_LENGTH);
  });

  it("says in words what a service-level mark is", () => {
    const tag = formatTag({
      kind: "livello",
      row: "1.2",
      year: OFFICIAL_SCHOOL_YEARS[1]!,
      level: "consolidamento",
    });
    expect(tag).toBe("pgs:livello:1.2:2018-19:consolidamento");
  });

  it("rejects texts that are not tags of this grammar", () => {
    for (const text of [
      "",
      "pgs",
      "other:livello:1.2:2018-19:attivazione",
      "pgs:livello:9.9:2018-19:attivazione",
      "pgs:livello:1.2:2018-20:attivazione",
      "pgs:livello:1.2:2018-19:forte",
      "pgs:mese:1.2:2018-19:set:extra",
      "pgs:alunni:liceo:VI",
      "pgs:descrizione:accreditamento:obiettivo",
      "pgs:campo:nome",
      "pgs:testo:criticita:1",
      VERSIONING_TAG,
    ]) {
      expect(parseTag(text)).toBeUndefined();
    }
  });
});
