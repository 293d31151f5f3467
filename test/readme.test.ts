import { readFileSync } from "node:fs";
import path from "node:path";
import { PLAN_ROWS } from "../src/plan/actions";
import { createSchema } from "../src/plan/fields";
import { CAMPI, TESTI, VOCI_DESCRIZIONE } from "../src/plan/texts";
import { CLASSI, INDIRIZZI, PLANNING_MONTHS, SERVICE_LEVELS } from "../src/plan/vocabulary";

const README = readFileSync(path.resolve(__dirname, "../README.md"), "utf8");

describe("the README's tag table", () => {
  it("names every id that a tag can hold, so other tools can read plans from it", () => {
    const ids = [
      ...PLAN_ROWS.map((row) => row.id),
      ...SERVICE_LEVELS.map((level) => level.id),
      ...PLANNING_MONTHS.map((month) => month.id),
      ...INDIRIZZI.map((indirizzo) => indirizzo.id),
      ...CLASSI.map((classe) => classe.id),
      ...VOCI_DESCRIZIONE.map((voce) => voce.id),
      ...CAMPI.map((campo) => campo.id),
      ...TESTI.map((testo) => testo.id),
    ];
    expect(ids.filter((id) => !README.includes(`\`${id}\``))).toEqual([]);
  });

  it("gives the number of fields the schema has", () => {
    const count = createSchema().fields.length.toLocaleString("en-US");
    expect(README).toContain(`counts ${count} fields`);
  });
});
