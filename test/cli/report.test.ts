/**
 * `pgs report`: every figure of the synthesis recomputed here from what the generator put in each
 * plan (and from `pgs inspect --json` for the warnings), with this file's own sums, not the report's.
 */
import { readFile } from "node:fs/promises";
import { chromium } from "playwright-core";
import { fillPlan, openPlan, type PlanContent, randomContent } from "../support/generate";
import { runPgs } from "../support/pgs";
import { PLAN_ROWS } from "../../src/plan/actions";
import { proposeVersion } from "../../src/plan/versioning";
import {
  CLASSI,
  INDIRIZZI,
  OFFICIAL_SCHOOL_YEARS,
  PLANNING_MONTHS,
  schoolYearLabel,
} from "../../src/plan/vocabulary";
import { CHROMIUM, CHROMIUM_ARGS } from "../support/chromium";
import { loadTemplate, scratchDir, writeBytes } from "../support/plans";
import { describeWithProgram } from "../support/programs";

/** The provinces the generator draws from, and their regions (ISTAT), written out by hand here. */
const REGION: Readonly<Record<string, string>> = {
  RM: "Lazio",
  MI: "Lombardia",
  NA: "Campania",
  TO: "Piemonte",
  BA: "Puglia",
};
/** «XQ» is no province's sigla: that plan must be listed, not placed. */
const UNPLACED_CODICE = "XQIS00100A";
const VERSION_DATE = "12/03/2018";

type Corpus = { readonly file: string; readonly content: PlanContent; readonly version: boolean }[];

let scratch: Awaited<ReturnType<typeof scratchDir>>;
let corpus: Corpus;
let bad: string;

async function withVersion(bytes: Uint8Array, date: string): Promise<Uint8Array> {
  const { word, document } = await openPlan(bytes);
  const reading = await document.readPlan();
  const proposal = proposeVersion(reading.plan, reading.versions, reading.snapshot, date);
  await document.recordVersion(proposal.row, proposal.snapshot);
  return word.save();
}

beforeAll(async () => {
  scratch = await scratchDir();
  const template = await loadTemplate();
  const contents = [11, 12, 13].map((seed) => randomContent(OFFICIAL_SCHOOL_YEARS, seed));
  const odd = contents[2]!;
  contents[2] = { ...odd, campi: { ...odd.campi, "codice-meccanografico": UNPLACED_CODICE } };
  corpus = await Promise.all(
    contents.map(async (content, index) => {
      const filled = await fillPlan(template, content);
      const version = index === 2;
      const bytes = version ? await withVersion(filled, VERSION_DATE) : filled;
      return { file: await writeBytes(scratch.path(`piano-${index}.docx`), bytes), content, version };
    }),
  );
  bad = await writeBytes(scratch.path("appunti.docx"), "solo testo\n");
}, 240_000);

afterAll(() => scratch.remove());

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);

/** The synthesis, summed here from the generator's content. */
async function expected() {
  const years = OFFICIAL_SCHOOL_YEARS;
  const regions: Record<string, number> = {};
  const provinces: Record<string, number> = {};
  const unplaced: { file: string; codice: string }[] = [];
  for (const { file, content } of corpus) {
    const codice = content.campi?.["codice-meccanografico"] ?? "";
    const region = REGION[codice.slice(0, 2)];
    if (region === undefined) unplaced.push({ file, codice });
    else {
      regions[region] = (regions[region] ?? 0) + 1;
      provinces[codice.slice(0, 2)] = (provinces[codice.slice(0, 2)] ?? 0) + 1;
    }
  }
  const studentsOf = (indirizzo: string, classe: string) =>
    corpus
      .flatMap(({ content }) => content.counts ?? [])
      .filter((count) => count.indirizzo === indirizzo && count.classe === classe)
      .reduce((sum, count) => sum + count.count, 0);
  const grand = INDIRIZZI.flatMap((i) => CLASSI.map((c) => studentsOf(i.id, c.id))).reduce(
    (a, b) => a + b,
    0,
  );
  const levels = years.flatMap((year) =>
    PLAN_ROWS.map((row) => {
      const chosen = corpus.map(
        ({ content }) =>
          content.levels?.find((entry) => entry.row === row.id && entry.year.start === year.start)?.level ??
          "nessuno",
      );
      const count = (level: string) => chosen.filter((entry) => entry === level).length;
      return {
        row: row.id,
        year: schoolYearLabel(year),
        counts: {
          attivazione: count("attivazione"),
          consolidamento: count("consolidamento"),
          "non-richiesto": count("non-richiesto"),
          nessuno: count("nessuno"),
        },
      };
    }),
  );
  const months = years.flatMap((year) =>
    PLAN_ROWS.map((row) => ({
      row: row.id,
      year: schoolYearLabel(year),
      plans: PLANNING_MONTHS.map(
        (month) =>
          corpus.filter(({ content }) =>
            (content.months ?? []).some(
              (entry) => entry.row === row.id && entry.year.start === year.start && entry.month === month.id,
            ),
          ).length,
      ),
    })),
  );
  const warnings: string[][] = [];
  for (const { file } of corpus) {
    const inspected = await runPgs(["inspect", file, "--json"]);
    warnings.push(
      (JSON.parse(inspected.stdout) as { warnings: { code: string }[] }).warnings.map((w) => w.code),
    );
  }
  const codes = [...new Set(warnings.flat())];
  return {
    read: corpus.length,
    codici: new Set(corpus.map(({ content }) => content.campi?.["codice-meccanografico"])).size,
    regions,
    provinces,
    unplaced,
    students: {
      total: grand,
      byIndirizzo: INDIRIZZI.map((i) => {
        const total = CLASSI.map((c) => studentsOf(i.id, c.id)).reduce((a, b) => a + b, 0);
        return {
          indirizzo: i.id,
          byClasse: Object.fromEntries(CLASSI.map((c) => [c.id, studentsOf(i.id, c.id)])),
          total,
          percent: percent(total, grand),
        };
      }),
      byClasse: CLASSI.map((c) => {
        const total = INDIRIZZI.map((i) => studentsOf(i.id, c.id)).reduce((a, b) => a + b, 0);
        return { classe: c.id, total, percent: percent(total, grand) };
      }),
    },
    levels,
    months,
    plansWithWarnings: warnings.filter((list) => list.length > 0).length,
    warnings: Object.fromEntries(
      codes.map((code) => [
        code,
        {
          plans: warnings.filter((list) => list.includes(code)).length,
          warnings: warnings.flat().filter((entry) => entry === code).length,
        },
      ]),
    ),
    plansWithVersions: corpus.filter((plan) => plan.version).length,
  };
}

type Synthesis = {
  plans: { read: number; refused: string[] };
  schools: {
    codici: number;
    byRegion: { regione: string; plans: number }[];
    byProvince: { provincia: string; regione: string; plans: number }[];
    unplaced: { file: string; codice: string }[];
  };
  students: unknown;
  levels: { row: string; year: string; counts: unknown }[];
  months: { row: string; year: string; plans: number[] }[];
  checks: { plansWithWarnings: number; byCode: { code: string; plans: number; warnings: number }[] };
  versions: { plansWithVersions: number; last: string | null };
};

/** Every number written in the page's tables, read back from the Italian notation. */
function tableNumbers(html: string): number[] {
  return [...html.matchAll(/<td class="n">([^<]*)<\/td>/g)].map((match) =>
    Number(
      (match[1] ?? "")
        .replace(/\u00a0%$/, "")
        .replace(/\./g, "")
        .replace(",", "."),
    ),
  );
}

/** Every number anywhere in the JSON. */
function jsonNumbers(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(jsonNumbers);
  if (value && typeof value === "object") return Object.values(value).flatMap(jsonNumbers);
  return [];
}

describe("pgs report over generated plans, a plan with an unknown province and a file that is no .docx", () => {
  let result: Awaited<ReturnType<typeof runPgs>>;
  let synthesis: Synthesis;
  let html: string;

  beforeAll(async () => {
    result = await runPgs([
      "report",
      scratch.dir,
      "--html",
      scratch.path("sintesi.html"),
      "--json",
      scratch.path("sintesi.json"),
    ]);
    synthesis = JSON.parse(await readFile(scratch.path("sintesi.json"), "utf8")) as Synthesis;
    html = await readFile(scratch.path("sintesi.html"), "utf8");
  }, 120_000);

  test("exits 1 and lists the file it could not read, on stderr and in the JSON", () => {
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Piani letti: ${corpus.length} di ${corpus.length + 1}.`);
    expect(result.stderr).toContain(bad);
    expect(synthesis.plans.refused).toEqual([expect.stringContaining(bad)]);
  });

  test("every figure of the JSON equals the one summed from the plans' content", async () => {
    const want = await expected();
    expect(synthesis.plans.read).toBe(want.read);
    expect(synthesis.schools.codici).toBe(want.codici);
    expect(Object.fromEntries(synthesis.schools.byRegion.map((e) => [e.regione, e.plans]))).toEqual(
      want.regions,
    );
    expect(Object.fromEntries(synthesis.schools.byProvince.map((e) => [e.provincia, e.plans]))).toEqual(
      want.provinces,
    );
    expect(synthesis.schools.unplaced).toEqual(want.unplaced);
    expect(synthesis.students).toEqual(want.students);
    expect(synthesis.levels.map(({ row, year, counts }) => ({ row, year, counts }))).toEqual(want.levels);
    expect(synthesis.months.map(({ row, year, plans }) => ({ row, year, plans }))).toEqual(want.months);
    expect(synthesis.checks.plansWithWarnings).toBe(want.plansWithWarnings);
    expect(
      Object.fromEntries(
        synthesis.checks.byCode.map((e) => [e.code, { plans: e.plans, warnings: e.warnings }]),
      ),
    ).toEqual(want.warnings);
    expect(synthesis.versions).toEqual({ plansWithVersions: want.plansWithVersions, last: "2018-03-12" });
  }, 60_000);

  test("every number in the page's tables is a figure of the JSON", () => {
    const numbers = tableNumbers(html);
    expect(numbers.length).toBeGreaterThan(PLAN_ROWS.length * 12);
    const known = new Set(jsonNumbers(synthesis));
    expect(numbers.filter((number) => !known.has(number))).toEqual([]);
  });

  test("writes shares the Italian way, one decimal and a space before the sign", () => {
    const [first] = (synthesis.students as { byIndirizzo: { percent: number }[] }).byIndirizzo;
    const share = `${first!.percent.toFixed(1).replace(".", ",")}\u00a0%`;
    expect(html).toContain(`<td class="n">${share}</td>`);
  });

  test("the page holds its charts as SVG, with no script and no address to load", () => {
    expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(1 + 1 + 3 + 3);
    // url(#…) is the SVG's own gradient, inside the page; anything else would be fetched.
    expect(html.match(/<script|<link|<img|<iframe|\bsrc=|url\((?!#)/gi) ?? []).toEqual([]);
    expect(html).toContain("default-src 'none'");
  });

  test("lists the plan whose codice names no province, with its file", () => {
    expect(html).toContain(UNPLACED_CODICE);
    expect(html).toContain(corpus[2]!.file);
  });

  test("speaks English with --lang en, and groups by province with --by provincia", async () => {
    const out = scratch.path("synthesis.html");
    const english = await runPgs([
      "report",
      ...corpus.map((plan) => plan.file),
      "--html",
      out,
      "--lang",
      "en",
      "--by",
      "provincia",
    ]);
    expect(english.code).toBe(0);
    const page = await readFile(out, "utf8");
    expect(page).toContain('<html lang="en">');
    expect(page).toContain("Plans by province");
    expect(page).toMatch(/<td class="n">\d+\.\d%<\/td>/);
  }, 120_000);

  test("refuses an unknown grouping with a usage error", async () => {
    const wrong = await runPgs(["report", scratch.dir, "--json", scratch.path("x.json"), "--by", "comune"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("--by vuole regione oppure provincia");
  });

  describeWithProgram(CHROMIUM, "the page in Chromium", () => {
    test("opens with no console error and no request beyond the page itself", async () => {
      const browser = await chromium.launch({
        executablePath: CHROMIUM.path ?? "",
        args: [...CHROMIUM_ARGS],
      });
      try {
        const page = await browser.newPage();
        const errors: string[] = [];
        const requests: string[] = [];
        page.on("console", (message) => {
          if (message.type() === "error") errors.push(message.text());
        });
        page.on("pageerror", (error) => errors.push(error.message));
        page.on("request", (request) => requests.push(request.url()));
        const url = `file://${scratch.path("sintesi.html")}`;
        await page.goto(url, { waitUntil: "load" });
        expect(await page.locator("svg").count()).toBeGreaterThanOrEqual(8);
        expect(await page.locator("table").count()).toBeGreaterThanOrEqual(8);
        expect(errors).toEqual([]);
        expect(requests).toEqual([url]);
      } finally {
        await browser.close();
      }
    }, 60_000);
  });
});
