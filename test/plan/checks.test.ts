import { describeCheck } from "../../src/plan/check-messages";
import { checkPlan } from "../../src/plan/checks";
import { createSchema } from "../../src/plan/fields";
import { interpretDocument } from "../../src/plan/read";
import { formatTag } from "../../src/plan/tags";
import { snapshotOf } from "../../src/plan/versioning";
import type { PlanningMonthId, ServiceLevelId } from "../../src/plan/vocabulary";
import { readingOf } from "../support/reading";

const schema = createSchema();
const [first, second, third] = schema.years as [
  (typeof schema.years)[0],
  (typeof schema.years)[0],
  (typeof schema.years)[0],
];
const level = (row: string, year = first, id: ServiceLevelId = "attivazione") =>
  formatTag({ kind: "livello", row, year, level: id });
const month = (row: string, id: PlanningMonthId, year = first) =>
  formatTag({ kind: "mese", row, year, month: id });
const obiettivo = (azione: string) => formatTag({ kind: "descrizione", azione, voce: "obiettivo" });
const students = formatTag({ kind: "alunni", indirizzo: "tecnico", classe: "IV" });

/** A plan whose fields hold these texts (blank elsewhere). */
const planOf = (entries: readonly (readonly [string, string])[]) =>
  interpretDocument(schema, readingOf(schema, new Map(entries)));

/** A coherent azione 1.1 in the first year: a level, a month, an obiettivo. */
const coherent = [
  [level("1.1"), "X"],
  [month("1.1", "ott"), "X"],
  [obiettivo("1.1"), "Mappare il territorio"],
] as const;

describe("plan checks", () => {
  it("finds nothing in a blank template or a coherent plan", () => {
    expect(checkPlan(planOf([]), undefined)).toEqual([]);
    expect(checkPlan(planOf(coherent), undefined)).toEqual([]);
  });

  it("warns of months planned in a year whose level is «Non richiesto» or not chosen, naming row, year and months", () => {
    const checks = checkPlan(
      planOf([
        [level("1.3", first, "non-richiesto"), "X"],
        [month("1.3", "gen"), "X"],
        [month("1.3", "feb"), "x"],
        [month("accreditamento", "mag", second), "X"],
      ]),
      undefined,
    );
    expect(checks).toEqual([
      expect.objectContaining({
        code: "months-without-level",
        row: "1.3",
        year: first,
        level: "non-richiesto",
        months: ["gen", "feb"],
      }),
      expect.objectContaining({
        code: "months-without-level",
        row: "accreditamento",
        year: second,
        level: null,
        months: ["mag"],
      }),
    ]);
    expect(describeCheck(checks[0]!)).toBe(
      "azione 1.3 Rafforzamento del ruolo del CTS/CS, 2017/2018: ci sono mesi pianificati (gennaio e febbraio) ma l'anno ha il livello «Non richiesto».",
    );
    expect(describeCheck(checks[1]!, "en")).toBe(
      "accreditamento regionale, 2018/2019: months are planned (May) but the year has no service level.",
    );
  });

  it("warns of Attivazione or Consolidamento with no month planned in that year", () => {
    const checks = checkPlan(
      planOf([...coherent, [level("1.1", third, "consolidamento"), "X"], [obiettivo("1.1"), "Obiettivo"]]),
      undefined,
    );
    expect(checks).toEqual([
      expect.objectContaining({
        code: "level-without-months",
        row: "1.1",
        year: third,
        level: "consolidamento",
      }),
    ]);
    expect(describeCheck(checks[0]!)).toContain(
      "2019/2020: il livello è «Consolidamento» ma nessun mese è pianificato",
    );
  });

  it("warns of an azione with a level and an empty «obiettivo», once, naming its years", () => {
    const checks = checkPlan(
      planOf([
        [level("2.2"), "X"],
        [month("2.2", "nov"), "X"],
        [level("2.2", second, "consolidamento"), "X"],
        [month("2.2", "dic", second), "X"],
        [level("2.4", first, "non-richiesto"), "X"],
      ]),
      undefined,
    );
    expect(checks).toEqual([
      expect.objectContaining({ code: "level-without-obiettivo", row: "2.2", years: [first, second] }),
    ]);
    expect(describeCheck(checks[0]!)).toMatch(
      /^azione 2\.2 .* \(2017\/2018 e 2018\/2019\): .*«OBIETTIVO».* vuoto\.$/,
    );
  });

  it("warns of a misura chosen while no student is counted, and not once a student is", () => {
    const misura = [
      [level("tirocinio-attivazione", second), "X"],
      [month("tirocinio-attivazione", "mar", second), "X"],
    ] as const;
    const checks = checkPlan(planOf(misura), undefined);
    expect(checks).toEqual([
      expect.objectContaining({
        code: "misura-without-students",
        row: "tirocinio-attivazione",
        years: [second],
      }),
    ]);
    expect(describeCheck(checks[0]!, "en")).toContain("no student is counted");
    expect(checkPlan(planOf([...misura, [students, "0"]]), undefined)).toHaveLength(1);
    expect(checkPlan(planOf([...misura, [students, "12"]]), undefined)).toEqual([]);
  });

  it("warns that the plan changed since the last recorded version, naming what changed, and not when it did not", () => {
    const recorded = planOf(coherent);
    const snapshot = snapshotOf(recorded, 2);
    expect(checkPlan(recorded, snapshot)).toEqual([]);
    const changed = planOf([...coherent, [month("1.1", "nov"), "X"]]);
    const checks = checkPlan(changed, snapshot);
    expect(checks).toEqual([
      { code: "changed-since-version", version: 2, summary: "Ambito 1 CONTESTO E RETE TERRITORIALE: 1.1" },
    ]);
    expect(describeCheck(checks[0]!)).toBe(
      "Il piano è cambiato dopo la versione 2 (Ambito 1 CONTESTO E RETE TERRITORIALE: 1.1): per tenerne traccia, registrare una nuova versione.",
    );
  });

  it("leaves two levels marked for one row and year to the reading's problems, without repeating it", () => {
    const plan = planOf([...coherent, [level("1.1", first, "consolidamento"), "X"]]);
    expect(plan.problems).toEqual([expect.objectContaining({ code: "several-levels", row: "1.1" })]);
    expect(checkPlan(plan, undefined)).toEqual([]);
  });

  it("has no checks for a document that is not the template", () => {
    const plan = interpretDocument(schema, { controls: [{ tag: "altro", text: "x" }], tables: [] });
    expect(checkPlan(plan, snapshotOf(planOf(coherent), 1))).toEqual([]);
  });
});
