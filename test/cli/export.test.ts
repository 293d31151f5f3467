/** `pgs export`: many plans into one table, bad files listed and skipped. */
import { copyFile, mkdir, readFile } from "node:fs/promises";
import { parseCsv } from "../support/csv-read";
import { runPgs } from "../support/pgs";
import { createSchema } from "../../src/plan/fields";
import { formatTag } from "../../src/plan/tags";
import { OFFICIAL_SCHOOL_YEARS } from "../../src/plan/vocabulary";
import {
  SAMPLE,
  type Sample,
  TRICKY_NOTE,
  filledPlan,
  scratchDir,
  truncatedDocx,
  writeBytes,
} from "../support/plans";

const FIELDS = createSchema(OFFICIAL_SCHOOL_YEARS).fields.length;
const HEADER = ["file", "codice_meccanografico", "tag", "campo", "valore"];
const OTHER: Sample = { codice: "MIIS04500T", istituto: "ITIS «Enrico Fermi»", liceoTerze: 45 };
const NOTE_TAG = formatTag({ kind: "testo", testo: "note" });

let scratch: Awaited<ReturnType<typeof scratchDir>>;
let good: readonly string[];
let bad: readonly string[];

beforeAll(async () => {
  scratch = await scratchDir();
  good = [
    await writeBytes(scratch.path("galilei.docx"), await filledPlan(SAMPLE)),
    await writeBytes(scratch.path("fermi.docx"), await filledPlan(OTHER)),
  ];
  bad = [
    await writeBytes(scratch.path("appunti.docx"), "solo testo\n"),
    await writeBytes(scratch.path("troncato.docx"), await truncatedDocx()),
  ];
});

afterAll(() => scratch.remove());

/** The CSV without its byte-order mark, as records. */
async function readCsv(file: string, separator = ";"): Promise<{ raw: string; records: string[][] }> {
  const raw = await readFile(file, "utf8");
  expect(raw.startsWith("\uFEFF")).toBe(true);
  return { raw, records: parseCsv(raw.slice(1), separator) };
}

describe("export of good and bad files together", () => {
  let result: Awaited<ReturnType<typeof runPgs>>;
  const csv = () => scratch.path("piani.csv");
  const json = () => scratch.path("piani.json");

  beforeAll(async () => {
    result = await runPgs(["export", ...good, ...bad, "--csv", csv(), "--json", json()]);
  });

  test("exits 1 because some files were not read", () => {
    expect(result.code).toBe(1);
  });

  test("lists every bad file on stderr, without a stack trace or a carriage-return progress line", () => {
    for (const file of bad) expect(result.stderr).toContain(file);
    for (const file of good) expect(result.stderr).not.toContain(file);
    expect(result.stderr).toContain(`Piani esportati: ${good.length} di ${good.length + bad.length}.`);
    expect(result.stderr).not.toContain("    at ");
    expect(result.stderr).not.toContain("\r");
  });

  test("writes a CSV with a byte-order mark, a header line and one row per school and field", async () => {
    const { raw, records } = await readCsv(csv());
    expect(raw.slice(1).split("\r\n")[0]).toBe(HEADER.join(";"));
    expect(records[0]).toEqual(HEADER);
    expect(records).toHaveLength(1 + good.length * FIELDS);
    expect(records.every((record) => record.length === HEADER.length)).toBe(true);
    const codici = new Set(records.slice(1).map((record) => record[1]));
    expect(codici).toEqual(new Set([SAMPLE.codice, OTHER.codice]));
    const fermi = records.filter((record) => record[0] === good[1]);
    expect(fermi).toHaveLength(FIELDS);
    // The istituto is the row of its own field, not a column repeated on every row.
    const istituto = fermi.filter((record) => record[2] === formatTag({ kind: "campo", campo: "istituto" }));
    expect(istituto.map((record) => record[4])).toEqual([OTHER.istituto]);
  });

  test("quotes a value holding the separator, quotes and a line break, and reads back the same", async () => {
    const { raw, records } = await readCsv(csv());
    expect(raw).toContain(`;"${TRICKY_NOTE.replace(/"/g, '""')}"\r\n`);
    const note = records.find((record) => record[0] === good[0] && record[2] === NOTE_TAG);
    expect(note?.[4]).toBe(TRICKY_NOTE);
  });

  test("writes a JSON array with one object per good plan", async () => {
    const plans = JSON.parse(await readFile(json(), "utf8")) as {
      file: string;
      fields: Record<string, string>;
    }[];
    expect(plans.map((plan) => plan.file)).toEqual(good);
    expect(plans[0]?.fields[formatTag({ kind: "campo", campo: "codice-meccanografico" })]).toBe(
      SAMPLE.codice,
    );
    expect(plans[0]?.fields[NOTE_TAG]).toBe(TRICKY_NOTE);
    expect(plans[1]?.fields[formatTag({ kind: "alunni", indirizzo: "liceo", classe: "III" })]).toBe(
      String(OTHER.liceoTerze),
    );
  });
});

test("export of a directory reads every .docx in it, skips other files and honours --separator", async () => {
  const dir = scratch.path("cartella");
  await mkdir(dir);
  await copyFile(good[0] ?? "", `${dir}/a.docx`);
  await copyFile(good[1] ?? "", `${dir}/b.DOCX`);
  await writeBytes(`${dir}/leggimi.txt`, "non un piano\n");
  const out = scratch.path("cartella.csv");
  const result = await runPgs(["export", dir, "--csv", out, "--separator", ","]);
  expect(result.code).toBe(0);
  expect(result.stderr).toContain("Piani esportati: 2 di 2.");
  const { records } = await readCsv(out, ",");
  expect(records[0]).toEqual(HEADER);
  expect(records).toHaveLength(1 + 2 * FIELDS);
  expect(new Set(records.slice(1).map((record) => record[0]))).toEqual(
    new Set([`${dir}/a.docx`, `${dir}/b.DOCX`]),
  );
});

describe("export --wide", () => {
  test("writes one row per school and one column per tag, and skips a plan of other school years", async () => {
    const otherYears = await writeBytes(scratch.path("modello-2024.docx"), "");
    const made = await runPgs(["template", "--years", "2024/2025,2025/2026,2026/2027", otherYears]);
    expect(made.code).toBe(0);
    const out = scratch.path("largo.csv");
    const result = await runPgs(["export", ...bad.slice(0, 1), ...good, otherYears, "--csv", out, "--wide"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/modello-2024\.docx: anni scolastici diversi/);
    const { records } = await readCsv(out);
    expect(records).toHaveLength(3);
    const [header, galilei, fermi] = records;
    expect(header?.slice(0, 3)).toEqual(["file", "codice_meccanografico", "istituto"]);
    expect(header).toHaveLength(3 + FIELDS);
    expect(galilei?.slice(1, 3)).toEqual([SAMPLE.codice, SAMPLE.istituto]);
    expect(fermi?.[1]).toBe(OTHER.codice);
    const note = header?.indexOf(NOTE_TAG) ?? -1;
    expect(galilei?.[note]).toBe(TRICKY_NOTE);
  });
});
