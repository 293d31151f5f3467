/** `pgs inspect`, run as the real binary on real .docx files. */
import { runPgs } from "../support/pgs";
import { findRow, rowName } from "../../src/plan/actions";
import { createSchema } from "../../src/plan/fields";
import { formatTag } from "../../src/plan/tags";
import { OFFICIAL_SCHOOL_YEARS, schoolYearLabel } from "../../src/plan/vocabulary";
import { TEMPLATE_PATH } from "../support/template";
import {
  SAMPLE,
  TRICKY_NOTE,
  filledPlan,
  levelTag,
  markLevel,
  foreignDocx,
  scratchDir,
  typed,
  writeBytes,
} from "../support/plans";

const schema = createSchema(OFFICIAL_SCHOOL_YEARS);
const [year] = OFFICIAL_SCHOOL_YEARS;
const [first, second, third] = OFFICIAL_SCHOOL_YEARS.map(schoolYearLabel);
const name = (row: string) => {
  const found = findRow(row);
  if (!found) throw new Error(`no row ${row}`);
  return rowName(found);
};

let scratch: Awaited<ReturnType<typeof scratchDir>>;
let filled: string;
let faulty: string;

beforeAll(async () => {
  scratch = await scratchDir();
  filled = await writeBytes(scratch.path("piano compilato.docx"), await filledPlan());
  faulty = await writeBytes(
    scratch.path("piano-con-problemi.docx"),
    await filledPlan(SAMPLE, (plan) => [
      ...typed(plan, levelTag(plan, "1.1", "attivazione"), "sì"),
      ...markLevel(plan, "2.1", "attivazione"),
      ...markLevel(plan, "2.1", "consolidamento"),
    ]),
  );
});

afterAll(() => scratch.remove());

test("inspect of the blank template exits 0 and prints its school years", async () => {
  const result = await runPgs(["inspect", TEMPLATE_PATH]);
  expect(result.code).toBe(0);
  expect(result.stdout).toContain(`Livelli di servizio (${first}, ${second}, ${third})`);
  expect(result.stdout).toContain("Nessun problema.");
  expect(result.stderr).toBe("");
});

test("inspect of a filled plan shows its levels, months, count and texts", async () => {
  const result = await runPgs(["inspect", filled]);
  expect(result.code).toBe(0);
  expect(result.stdout).toContain(`Codice meccanografico: ${SAMPLE.codice}`);
  expect(result.stdout).toContain(`ISTITUTO: ${SAMPLE.istituto}`);
  expect(result.stdout).toContain(
    `${name("1.2")}: Consolidamento | — | —  mesi: ${first} OTT NOV; ${second} —; ${third} —`,
  );
  expect(result.stdout).toContain(`${name("accreditamento")}: — | Attivazione | —`);
  expect(result.stdout).toContain(`Liceo: III ${SAMPLE.liceoTerze}, IV —, V —`);
  expect(result.stdout).toMatch(/Testi compilati: 1 di \d+/);
});

test("inspect --json prints JSON holding the same values, by tag", async () => {
  const result = await runPgs(["inspect", filled, "--json"]);
  expect(result.code).toBe(0);
  const json = JSON.parse(result.stdout) as {
    years: string[];
    fields: Record<string, string>;
    problems: unknown[];
  };
  expect(json.years).toEqual([first, second, third]);
  expect(json.problems).toEqual([]);
  expect(Object.keys(json.fields)).toHaveLength(schema.fields.length);
  if (!year) throw new Error("no official year");
  expect(json.fields).toMatchObject({
    [formatTag({ kind: "campo", campo: "codice-meccanografico" })]: SAMPLE.codice,
    [formatTag({ kind: "campo", campo: "istituto" })]: SAMPLE.istituto,
    [formatTag({ kind: "livello", row: "1.2", year, level: "consolidamento" })]: "X",
    [formatTag({ kind: "livello", row: "1.2", year, level: "attivazione" })]: "",
    [formatTag({ kind: "mese", row: "1.2", year, month: "ott" })]: "X",
    [formatTag({ kind: "alunni", indirizzo: "liceo", classe: "III" })]: String(SAMPLE.liceoTerze),
    [formatTag({ kind: "testo", testo: "note" })]: TRICKY_NOTE,
  });
});

test("inspect of a plan with a word typed in a mark and two levels marked exits 1 and names the fields in Italian", async () => {
  const result = await runPgs(["inspect", faulty]);
  expect(result.code).toBe(1);
  if (!year) throw new Error("no official year");
  const mark = schema.byTag.get(formatTag({ kind: "livello", row: "1.1", year, level: "attivazione" }));
  expect(result.stdout).toContain(`«${mark?.label}»: il testo «sì» non è un segno riconosciuto`);
  expect(result.stdout).toContain(
    `${name("2.1")}, ${first}: sono segnati più livelli di servizio (Attivazione e Consolidamento)`,
  );
  expect(result.stdout).toContain("Problemi (2):");
});

test("inspect --json of a plan with problems lists them with codes and Italian messages", async () => {
  const result = await runPgs(["inspect", faulty, "--json"]);
  expect(result.code).toBe(1);
  const json = JSON.parse(result.stdout) as { problems: { code: string; message: string }[] };
  expect(json.problems.map((problem) => problem.code).sort()).toEqual(["several-levels", "unreadable-mark"]);
  expect(json.problems.every((problem) => /[«»]|livelli/.test(problem.message))).toBe(true);
});

test("inspect of a document holding only one of the template's fields sums up the missing ones in one line", async () => {
  const control =
    '<w:p><w:sdt><w:sdtPr><w:tag w:val="pgs:campo:istituto"/></w:sdtPr><w:sdtContent><w:r><w:t>IIS Volta</w:t></w:r></w:sdtContent></w:sdt></w:p>';
  const file = await writeBytes(scratch.path("frammento.docx"), await foreignDocx(control));
  const result = await runPgs(["inspect", file]);
  expect(result.code).toBe(1);
  expect(result.stdout).toContain("ISTITUTO: IIS Volta");
  expect(result.stdout).toMatch(/Mancano 1075 campi del modello \(tra cui «DATA REDAZIONE»/);
  expect(result.stdout.split("\n").length).toBeLessThan(60);
});
