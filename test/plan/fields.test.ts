import { PLAN_ROWS } from "../../src/plan/actions";
import { createSchema } from "../../src/plan/fields";

const schema = createSchema();
const count = (predicate: (kind: string, value: string) => boolean) =>
  schema.fields.filter((def) => predicate(def.key.kind, def.value)).length;

describe("the schema of the official template", () => {
  it("has the 22 plan rows of the planning grids: 15 azioni, accreditamento, 3 misure × 2", () => {
    expect(PLAN_ROWS.map((row) => row.id)).toEqual([
      "1.1",
      "1.2",
      "1.3",
      "1.4",
      "1.5",
      "1.6",
      "2.1",
      "2.2",
      "2.3",
      "2.4",
      "2.5",
      "3.1",
      "3.2",
      "3.3",
      "4.1",
      "accreditamento",
      "tirocinio-approfondimento",
      "tirocinio-attivazione",
      "apprendistato-approfondimento",
      "apprendistato-attivazione",
      "altro-approfondimento",
      "altro-attivazione",
    ]);
  });

  it("counts the fill targets of DESIGN.md: 135 + 9 + 54 service-level marks and 792 month marks", () => {
    expect(count((kind) => kind === "livello")).toBe(135 + 9 + 54);
    expect(count((kind) => kind === "mese")).toBe(792);
    expect(count((_, value) => value === "mark")).toBe(990);
  });

  it("has 9 student counts, 60 descrizioni, 4 free texts and the single-line fields", () => {
    expect(count((_, value) => value === "count")).toBe(9);
    expect(count((kind) => kind === "descrizione")).toBe(60);
    expect(count((kind) => kind === "testo")).toBe(4);
    expect(count((kind) => kind === "campo")).toBe(13);
  });

  it("builds a schema for other school years, and refuses none", () => {
    expect(createSchema([{ start: 2024 }]).fields.filter((def) => def.key.kind === "mese")).toHaveLength(
      22 * 12,
    );
    expect(() => createSchema([])).toThrow();
  });

  it("gives every field an Italian title that names it uniquely", () => {
    const labels = schema.fields.map((def) => def.label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
