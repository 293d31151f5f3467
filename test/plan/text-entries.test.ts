import { AMBITI } from "../../src/plan/actions";
import { createSchema } from "../../src/plan/fields";
import { interpretDocument } from "../../src/plan/read";
import { formatTag } from "../../src/plan/tags";
import { EXCERPT_MAX_CHARS, excerptOf, textEntries } from "../../src/plan/text-entries";
import { CAMPI, TESTI, VOCI_DESCRIZIONE } from "../../src/plan/texts";
import { readingOf } from "../support/reading";

const schema = createSchema();
const criticita = formatTag({ kind: "testo", testo: "criticita" });
const obiettivo = formatTag({ kind: "descrizione", azione: "2.3", voce: "obiettivo" });

describe("textEntries", () => {
  it("lists every line and free text of the schema once, and no mark, count or date", () => {
    const entries = textEntries(interpretDocument(schema, readingOf(schema)));
    const expected = schema.fields.filter((def) => def.value === "line" || def.value === "text");
    expect(entries.map((entry) => entry.tag).sort()).toEqual(expected.map((def) => def.tag).sort());
    const azioni = AMBITI.flatMap((ambito) => ambito.azioni).length;
    expect(entries).toHaveLength(
      CAMPI.filter((campo) => campo.value === "line").length +
        TESTI.length +
        azioni * VOCI_DESCRIZIONE.length,
    );
    expect(entries.every((entry) => entry.state === "empty" && entry.excerpt === "")).toBe(true);
  });

  it("follows the document: anagrafica before criticità, criticità before the descrizioni, note last", () => {
    const tags = textEntries(interpretDocument(schema, readingOf(schema))).map((entry) => entry.tag);
    const at = (tag: string) => tags.indexOf(tag as (typeof tags)[number]);
    expect(at(formatTag({ kind: "campo", campo: "dirigente" }))).toBeLessThan(at(criticita));
    expect(at(criticita)).toBeLessThan(
      at(formatTag({ kind: "descrizione", azione: "1.1", voce: "obiettivo" })),
    );
    expect(at(formatTag({ kind: "descrizione", azione: "1.1", voce: "istituto" }))).toBeLessThan(
      at(formatTag({ kind: "descrizione", azione: "1.2", voce: "obiettivo" })),
    );
    expect(tags[tags.length - 1]).toBe(formatTag({ kind: "testo", testo: "note" }));
  });

  it("says which texts are filled, with their first words, and groups a descrizione under its action", () => {
    const long = "Gli studenti non trovano aziende disponibili nel territorio della provincia durante l'anno";
    const plan = interpretDocument(
      schema,
      readingOf(
        schema,
        new Map([
          [criticita, long],
          [obiettivo, "Orientare\rle classi terze"],
        ]),
      ),
    );
    const entries = textEntries(plan);
    const byTag = (tag: string) => entries.find((entry) => entry.tag === tag)!;
    expect(byTag(criticita)).toMatchObject({
      state: "filled",
      excerpt: "Gli studenti non trovano aziende disponibili nel territorio…",
      group: { kind: "section", section: "criticita" },
    });
    expect(byTag(obiettivo)).toMatchObject({
      state: "filled",
      excerpt: "Orientare le classi terze",
      label: schema.byTag.get(obiettivo)!.label,
      group: { kind: "azione", azione: "2.3" },
    });
    expect(entries.filter((entry) => entry.state === "filled")).toHaveLength(2);
  });

  it("marks a text whose control the document lost as missing", () => {
    const reading = readingOf(schema);
    const plan = interpretDocument(schema, {
      controls: reading.controls.filter((control) => control.tag !== criticita),
    });
    expect(textEntries(plan).find((entry) => entry.tag === criticita)?.state).toBe("missing");
  });
});

describe("excerptOf", () => {
  it("keeps a short text whole and bounds a long one, even a single endless word", () => {
    expect(excerptOf("  Poche  parole\nqui ")).toBe("Poche parole qui");
    expect(excerptOf("uno due tre quattro cinque sei sette otto nove")).toBe(
      "uno due tre quattro cinque sei sette otto…",
    );
    const endless = "x".repeat(500);
    expect(excerptOf(endless)).toBe(`${"x".repeat(EXCERPT_MAX_CHARS)}…`);
  });
});
