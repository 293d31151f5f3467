/** `pgs inspect` prints the plan's checks as warnings beside its problems, in text and in JSON. */
import { describePlan, planJson } from "../../src/cli/inspect";
import { createSchema } from "../../src/plan/fields";
import { planReadingOf } from "../../src/plan/plan-reading";
import { formatTag } from "../../src/plan/tags";
import { snapshotOf } from "../../src/plan/versioning";
import { readingOf } from "../support/reading";

const schema = createSchema();
const year = schema.years[0]!;
const nonRichiesto = formatTag({ kind: "livello", row: "1.5", year, level: "non-richiesto" });
const gennaio = formatTag({ kind: "mese", row: "1.5", year, month: "gen" });

const reading = (snapshot?: unknown) =>
  planReadingOf(
    readingOf(
      schema,
      new Map([
        [nonRichiesto, "X"],
        [gennaio, "X"],
      ]),
    ),
    snapshot,
  );

test("inspect lists the checks as warnings after the problems, naming row and year", () => {
  const text = describePlan("piano.docx", reading());
  expect(text).toContain("Nessun problema.\n\nAvvisi (1):\n  - azione 1.5 ");
  expect(text).toContain(
    "2017/2018: ci sono mesi pianificati (gennaio) ma l'anno ha il livello «Non richiesto».",
  );
});

test("inspect warns that the plan changed since the last version, from the snapshot the document carries", () => {
  const blank = planReadingOf(readingOf(schema), undefined);
  const snapshot = JSON.stringify(snapshotOf(blank.plan, 1));
  expect(describePlan("piano.docx", reading(snapshot))).toMatch(
    /Il piano è cambiato dopo la versione 1 \(Ambito 1 .*: 1\.5\)/,
  );
});

test("inspect --json carries the warnings with their code, row and message", () => {
  expect(planJson("piano.docx", reading(), "en").warnings).toEqual([
    {
      code: "months-without-level",
      row: "1.5",
      message: expect.stringContaining("2017/2018: months are planned (January)"),
    },
  ]);
});

test("a plan with nothing to warn about prints no Avvisi section", () => {
  expect(describePlan("piano.docx", planReadingOf(readingOf(schema), undefined))).not.toContain("Avvisi");
});
