/**
 * `pgs export --xlsx`: a real workbook. Read back with exceljs for the cell types, the frozen
 * header and the filter; opened by LibreOffice Calc, each sheet converted to CSV gives the values
 * the plans hold.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { parseCsv } from "../support/csv-read";
import { runPgs } from "../support/pgs";
import { CLASSI, INDIRIZZI } from "../../src/plan/vocabulary";
import { SAMPLE, type Sample, filledPlan, scratchDir, writeBytes } from "../support/plans";
import { type Program, describeWithProgram, findProgram } from "../support/programs";

/** A school whose name would be a formula if a spreadsheet took it for one. */
const FORMULA: Sample = {
  codice: "MIIS04500T",
  istituto: '=HYPERLINK("http://x.example","clic")',
  liceoTerze: 45,
};
const SHEETS = ["anagrafica", "livelli", "mesi", "alunni", "versioni", "file non letti"];

/** soffice alone converts no spreadsheet: Calc is a package of its own on Debian. */
function calc(): Program {
  const soffice = findProgram("soffice");
  const present =
    soffice.path !== null && existsSync(join(dirname(soffice.path), "../lib/libreoffice/program/libsclo.so"));
  return {
    name: "LibreOffice Calc",
    path: present ? soffice.path : null,
    hint: "apt-get install libreoffice-calc-nogui",
  };
}

let scratch: Awaited<ReturnType<typeof scratchDir>>;
let files: string[];
let bad: string;
let result: Awaited<ReturnType<typeof runPgs>>;
const xlsx = () => scratch.path("piani.xlsx");

beforeAll(async () => {
  scratch = await scratchDir();
  files = [
    await writeBytes(scratch.path("galilei.docx"), await filledPlan(SAMPLE)),
    await writeBytes(scratch.path("formula.docx"), await filledPlan(FORMULA)),
  ];
  bad = await writeBytes(scratch.path("appunti.docx"), "solo testo\n");
  result = await runPgs(["export", scratch.dir, "--xlsx", xlsx(), "--json", scratch.path("piani.json")]);
}, 180_000);

afterAll(() => scratch.remove());

/** The cells of a sheet as exceljs reads them, header first. */
async function sheetValues(): Promise<Map<string, ExcelJS.CellValue[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx());
  const sheets = new Map<string, ExcelJS.CellValue[][]>();
  workbook.eachSheet((sheet) => {
    const rows: ExcelJS.CellValue[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      rows.push(Array.from({ length: sheet.columnCount }, (_, index) => row.getCell(index + 1).value));
    });
    sheets.set(sheet.name, rows);
  });
  return sheets;
}

test("exits 1, lists the file not read, and writes the workbook anyway", () => {
  expect(result.code).toBe(1);
  expect(result.stderr).toContain(bad);
  expect(result.stderr).toContain("Piani esportati: 2 di 3.");
});

test("has one sheet per part, in order, each with its header frozen and filtered", async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx());
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(SHEETS);
  for (const sheet of workbook.worksheets) {
    expect([sheet.name, sheet.views[0]]).toEqual([
      sheet.name,
      expect.objectContaining({ state: "frozen", ySplit: 1 }),
    ]);
    expect([sheet.name, sheet.autoFilter]).toEqual([sheet.name, expect.anything()]);
  }
});

test("stores students as numbers and the date of the plan as a date, one row per school", async () => {
  const sheets = await sheetValues();
  const alunni = sheets.get("alunni") ?? [];
  expect(alunni).toHaveLength(1 + files.length);
  const galilei = alunni.find((row) => row[0] === files[0]);
  const liceoTerze = (alunni[0] ?? []).indexOf(`${INDIRIZZI[0].label} ${CLASSI[0].label}`);
  expect(galilei?.[liceoTerze]).toBe(SAMPLE.liceoTerze);
  const anagrafica = sheets.get("anagrafica") ?? [];
  const date = (anagrafica[0] ?? []).indexOf("DATA REDAZIONE");
  expect(anagrafica[1]?.[date]).toEqual(new Date(Date.UTC(2017, 8, 15)));
});

test("writes a name that starts like a formula as text, behind a single quote", async () => {
  const anagrafica = (await sheetValues()).get("anagrafica") ?? [];
  const istituto = (anagrafica[0] ?? []).indexOf("ISTITUTO");
  expect(anagrafica.map((row) => row[istituto])).toContain(`'${FORMULA.istituto}`);
});

test("lists the file not read in its own sheet", async () => {
  const rows = (await sheetValues()).get("file non letti") ?? [];
  expect(rows.slice(1).map((row) => String(row[0]))).toEqual([expect.stringContaining(bad)]);
});

/** What LibreOffice's CSV shows for a cell: numbers as written, dates as dd/mm/yyyy. */
function shown(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const two = (n: number) => String(n).padStart(2, "0");
    return `${two(value.getUTCDate())}/${two(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  }
  return String(value);
}

describeWithProgram(calc(), "the workbook in LibreOffice Calc", () => {
  test("each sheet converted to CSV gives the same values", async () => {
    const out = scratch.path("csv");
    const converted = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${scratch.path("profile")}`,
        "--headless",
        "--convert-to",
        // Comma, double quotes, UTF-8 (76), cells as shown (the ninth token), every sheet to its own file (-1).
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
        "--outdir",
        out,
        xlsx(),
      ],
      { encoding: "utf8", timeout: 120_000 },
    );
    expect(converted.status).toBe(0);
    const sheets = await sheetValues();
    for (const name of SHEETS) {
      const csv = parseCsv(await readFile(join(out, `piani-${name}.csv`), "utf8"), ",");
      const expected = (sheets.get(name) ?? []).map((row) => row.map(shown));
      expect([name, csv.filter((row) => row.some((cell) => cell !== ""))]).toEqual([name, expected]);
    }
  }, 180_000);
});
