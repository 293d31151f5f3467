/**
 * Reports from real Word hold the emulator to account: for every report under conformance/reports,
 * the emulator profile of that platform must observe what Word observed, case by case.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { CASES } from "../../src/conformance/cases";
import {
  type Disagreement,
  disagreements,
  parseReport,
  profileForPlatform,
} from "../../src/conformance/report";
import { observe } from "../../src/conformance/runner";
import type { Observation } from "../../src/conformance/types";
import { emulatedOpener } from "../../src/wiring/conformance-host";

const REPORTS = path.resolve(__dirname, "../../conformance/reports");

/** Every disagreement between the reports of `folder` and the emulator, by file. */
async function checkReports(folder: string): Promise<Record<string, readonly Disagreement[] | string>> {
  const out: Record<string, readonly Disagreement[] | string> = {};
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const report = parseReport(readFileSync(path.join(folder, file), "utf8"));
    const profile = profileForPlatform(report.diagnostics.platform);
    if (!profile) {
      out[file] = `no emulator profile stands for platform ${report.diagnostics.platform}`;
      continue;
    }
    const emulated: Record<string, Observation> = {};
    for (const testCase of CASES) emulated[testCase.id] = await observe(testCase, emulatedOpener(profile));
    out[file] = disagreements(report, emulated);
  }
  return out;
}

test("conformance/reports holds its README and reports only, and every report there agrees with its platform's emulator profile", async () => {
  const files = readdirSync(REPORTS).sort();
  const reports = files.filter((f) => f.endsWith(".json"));
  // With no report committed yet, the folder holds its README alone.
  expect(files.filter((f) => !reports.includes(f))).toEqual(["README.md"]);
  const results = await checkReports(REPORTS);
  expect(Object.keys(results)).toEqual(reports);
  for (const result of Object.values(results)) expect(result).toEqual([]);
});

test("a report in the folder is read and checked: one observing what the desktop profile does agrees", async () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), "pgs-reports-"));
  try {
    const report = {
      format: 1,
      diagnostics: { host: "Word", platform: "PC", version: "16.0.99999.0" },
      observations: Object.fromEntries(CASES.map((c) => [c.id, c.expected.desktop])),
      timings: {},
    };
    writeFileSync(path.join(folder, "PC-test.json"), JSON.stringify(report));
    writeFileSync(path.join(folder, "README.md"), "not a report\n");
    expect(await checkReports(folder)).toEqual({ "PC-test.json": [] });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

describe("a report that disagrees fails the check", () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), "pgs-reports-"));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test("Word on the web reporting the controls in tables missing disagrees with the web profile", async () => {
    const observations = Object.fromEntries(CASES.map((c) => [c.id, c.expected.web]));
    const report = {
      format: 1,
      diagnostics: { host: "Word", platform: "OfficeOnline", version: "16.0.99999.0" },
      observations: { ...observations, "controls-listed": ["blocco", "bloccato", "libero"] },
      timings: {},
    };
    writeFileSync(path.join(folder, "OfficeOnline-test.json"), JSON.stringify(report));
    const results = await checkReports(folder);
    expect(results["OfficeOnline-test.json"]).toEqual([
      {
        caseId: "controls-listed",
        word: ["blocco", "bloccato", "libero"],
        emulator: ["blocco", "in-cella", "blocco-cella", "bloccato", "libero"],
      },
    ]);
  });

  test("a report from a platform no profile stands for is refused", async () => {
    writeFileSync(
      path.join(folder, "OfficeOnline-test.json"),
      JSON.stringify({
        format: 1,
        diagnostics: { host: "Word", platform: "iOS", version: "2.0" },
        observations: {},
        timings: {},
      }),
    );
    expect((await checkReports(folder))["OfficeOnline-test.json"]).toMatch(/no emulator profile/);
  });

  test("a file that is not a report is refused", () => {
    expect(() => parseReport('{"format":2}')).toThrow(/not a report/);
  });
});
