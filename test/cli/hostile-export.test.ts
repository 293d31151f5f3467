/**
 * A hostile folder, one file of each kind seen in the wild, exported together with good plans:
 * every good plan is exported, every bad one listed with its reason, exit 1, no stack trace, and
 * the outputs are whole files. Every large input is generated here, never committed.
 */
import { execFileSync } from "node:child_process";
import { mkdir, readFile, readdir } from "node:fs/promises";
import { deflateRawSync } from "node:zlib";
import { parseCsv } from "../support/csv-read";
import { runPgs } from "../support/pgs";
import { LIMITS } from "../../src/plan/limits";
import { formatTag } from "../../src/plan/tags";
import { entriesOf, rawZip, type RawEntry } from "../support/fuzz/raw-zip";
import { SAMPLE, type Sample, filledPlan, scratchDir, writeBytes } from "../support/plans";

const MAIN = "word/document.xml";
const ESC = "\u001b";
const FORMULA: Sample = {
  codice: "TOIS00700A",
  istituto: `=HYPERLINK("http://x";"clic")${ESC}[2J`,
  liceoTerze: 7,
};

let scratch: Awaited<ReturnType<typeof scratchDir>>;
let folder: string;
let good: string[];
const bad = new Map<string, RegExp>();

function replaced(
  entries: readonly RawEntry[],
  name: string,
  edit: (entry: RawEntry) => RawEntry,
): RawEntry[] {
  return entries.map((entry) => (entry.name === name ? edit(entry) : entry));
}

function nestedControls(levels: number): string {
  return (
    "<w:sdt><w:sdtContent><w:p><w:r><w:t>x</w:t></w:r></w:p>".repeat(levels) +
    "</w:sdtContent></w:sdt>".repeat(levels)
  );
}

/** The part with one byte that is not UTF-8 (a lone continuation byte) before its last tag. */
function notUtf8(xml: string): Uint8Array {
  const bytes = new TextEncoder().encode(xml);
  const at = xml.lastIndexOf("<");
  return new Uint8Array([...bytes.subarray(0, at), 0x80, ...bytes.subarray(at)]);
}

beforeAll(async () => {
  scratch = await scratchDir();
  folder = scratch.path("piani");
  await mkdir(folder);
  const plan = await filledPlan(SAMPLE);
  good = [
    await writeBytes(`${folder}/01-buono.docx`, plan),
    await writeBytes(`${folder}/02-formula.docx`, await filledPlan(FORMULA)),
  ];
  const entries = await entriesOf(plan);
  const main = entries.find((entry) => entry.name === MAIN)!;
  const mainText = new TextDecoder().decode(main.data as Uint8Array);
  const cases: [string, Uint8Array, RegExp][] = [
    [
      "ombra",
      rawZip([...entries, { name: "x/../word/document.xml", data: "<w:document/>" }]),
      /"\." o "\.\."/,
    ],
    ["doppio", rawZip([...entries, { ...main }]), /compare due volte/],
    [
      "nome-locale",
      rawZip(replaced(entries, MAIN, (e) => ({ ...e, localName: "word/altro.xml" }))),
      /altro nome/,
    ],
    ["crc", rawZip(replaced(entries, MAIN, (e) => ({ ...e, crc: 1 }))), /CRC/],
    [
      "bomba",
      rawZip(
        replaced(entries, MAIN, (e) => ({
          ...e,
          deflated: new Uint8Array(deflateRawSync(new Uint8Array(LIMITS.partBytes + 1).fill(0x20))),
          declaredSize: LIMITS.partBytes,
        })),
      ),
      /supera 32 MiB/,
    ],
    [
      "voci",
      rawZip([
        ...entries,
        ...Array.from({ length: LIMITS.zipEntries }, (_, i) => ({
          name: `x/${i}`,
          data: "",
          method: 0 as const,
        })),
      ]),
      /più di 1\.?000 voci/,
    ],
    [
      "annidato",
      rawZip(
        replaced(entries, MAIN, (e) => ({
          ...e,
          data: mainText.replace("<w:body>", `<w:body>${nestedControls(100_000)}`),
        })),
      ),
      /annidati più di 256 livelli/,
    ],
    [
      "non-utf8",
      rawZip(replaced(entries, MAIN, (e) => ({ ...e, data: notUtf8(mainText) }))),
      /word\/document\.xml contiene byte/,
    ],
    ["testo", new TextEncoder().encode("solo testo\n"), /non è un file \.docx/],
  ];
  for (const [name, bytes, reason] of cases)
    bad.set(await writeBytes(`${folder}/${name}.docx`, bytes), reason);
  const fifo = `${folder}/tubo.docx`;
  execFileSync("mkfifo", [fifo]);
  bad.set(fifo, /non è un file regolare/);
});

afterAll(() => scratch.remove());

describe("pgs export of a hostile folder with good plans", () => {
  let result: Awaited<ReturnType<typeof runPgs>>;
  const csv = () => scratch.path("piani.csv");
  const json = () => scratch.path("piani.json");

  beforeAll(async () => {
    result = await runPgs(["export", folder, "--csv", csv(), "--json", json()]);
  }, 120_000);

  test("exits 1 and lists every bad file, each with its reason, without a stack trace", () => {
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Piani esportati: ${good.length} di ${good.length + bad.size}.`);
    const lines = result.stderr.split("\n");
    for (const [file, reason] of bad) {
      const line = lines.find((candidate) => candidate.includes(file));
      expect(line).toMatch(reason);
    }
    expect(result.stderr).not.toContain("    at ");
  });

  test("exports every good plan, in a CSV and a JSON that are whole", async () => {
    const plans = JSON.parse(await readFile(json(), "utf8")) as { file: string }[];
    expect(plans.map((plan) => plan.file)).toEqual(good);
    const records = parseCsv((await readFile(csv(), "utf8")).slice(1), ";");
    expect(new Set(records.slice(1).map((record) => record[0]))).toEqual(new Set(good));
    expect((await readdir(scratch.dir)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  test("writes a formula as text (a leading single quote) and no raw control character", async () => {
    const raw = await readFile(csv(), "utf8");
    expect(raw).not.toContain(ESC);
    const records = parseCsv(raw.slice(1), ";");
    const istituto = records.find(
      (record) => record[0] === good[1] && record[2] === formatTag({ kind: "campo", campo: "istituto" }),
    );
    expect(istituto?.[4]).toBe(`'=HYPERLINK("http://x";"clic")\\u001b[2J`);
    expect(await readFile(json(), "utf8")).toContain("\\u001b[2J");
  });
});

test("pgs inspect shows a value's escape character as \\u001b, never raw, and reports it", async () => {
  const result = await runPgs(["inspect", good[1]!]);
  expect(result.stdout).not.toContain(ESC);
  expect(result.stdout).toContain("\\u001b[2J");
  expect(result.stdout).toMatch(/caratteri di controllo/);
  const json = await runPgs(["inspect", good[1]!, "--json"]);
  expect(json.stdout).not.toContain(ESC);
  expect(json.stdout).toContain("\\u001b[2J");
});

test("pgs inspect of a FIFO named .docx says it is not a regular file and does not hang", async () => {
  const fifo = [...bad.keys()].find((file) => file.endsWith("tubo.docx"))!;
  const result = await runPgs(["inspect", fifo]);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/non è un file regolare/);
});
