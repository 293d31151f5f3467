/**
 * The quick benchmark runs end to end and prints every table it promises. No timing is asserted:
 * speed targets live in the benchmark's output, where a slow machine cannot make a test flaky.
 */
import { spawn } from "node:child_process";
import { REPO_ROOT } from "../support/pgs";
import { CHROMIUM } from "../support/chromium";
import { testWithProgram } from "../support/programs";

type Run = { readonly code: number | null; readonly stdout: string; readonly stderr: string };

function npmRunBenchQuick(): Promise<Run> {
  return new Promise((resolve, reject) => {
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const child = spawn(npm, ["run", "--silent", "bench", "--", "--quick"], {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

let run: Run;

beforeAll(async () => {
  run = await npmRunBenchQuick();
}, 600_000);

/** The rows of the plain-text table whose title starts with `title`. */
function tableRows(title: string): string[] {
  const block = run.stdout.split("\n\n").find((chunk) => chunk.startsWith(title));
  if (!block) throw new Error(`no table «${title}» in:\n${run.stdout}`);
  return block.split("\n").slice(3);
}

test("npm run bench -- --quick exits 0 and keeps progress notes on stderr", () => {
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^pgs benchmark \(quick\) — seed \d+/);
  expect(run.stderr).toContain("[bench]");
  expect(run.stderr).not.toContain("    at ");
});

test("counts the round trips of every operation on both host profiles", () => {
  const rows = tableRows("Round trips");
  for (const profile of ["desktop", "web-stress"]) {
    for (const operation of [
      "readPlan",
      "applyChanges: 1 mark (table)",
      "applyChanges: 1 line (cover table)",
      "applyChanges: whole-plan fill",
      "recordVersion",
    ]) {
      const row = rows.find((line) => line.startsWith(operation) && line.includes(` ${profile} `));
      expect(row).toBeDefined();
      expect(row).toMatch(new RegExp(`${profile}\\s+\\d+\\s`));
    }
  }
});

test("meters the volume of one mark, a 12-month span and a version: syncs, controls, objects and characters", () => {
  const rows = tableRows("Volume per click");
  for (const operation of [
    "readPlan",
    "applyChanges: 1 mark",
    "applyChanges: 12-month span",
    "recordVersion",
  ]) {
    expect(rows.find((line) => line.startsWith(operation))).toMatch(/\s\d+\s+[\d,]+\s+[\d,]+\s+[\d,]+\s/);
  }
  expect(rows.find((line) => line.startsWith("applyChanges: 1 mark"))).toMatch(
    /≤ 3 controls, ≤ 2 syncs: met$/,
  );
  expect(rows.find((line) => line.startsWith("applyChanges: 12-month span"))).toMatch(/≤ 36 controls: met$/);
  // Ten selection hints, each a small read of one sync: never the 1,077 controls of a whole read.
  expect(rows.find((line) => line.startsWith("the dirigente types a paragraph in 10 bursts"))).toMatch(
    /bursts\s+10\s+\d+\s.*≤ 30 controls: met$/,
  );
});

test("times the template and documents 5× and 20× larger, and gives a verdict on growth", () => {
  const rows = tableRows("Emulated document layer vs document size").filter(
    (line) => !line.startsWith("Verdict"),
  );
  expect(rows.map((line) => line.split(/\s+/)[0])).toEqual(["1×", "5×", "20×"]);
  expect(run.stdout).toContain("body repeated N×");
  expect(run.stdout).toMatch(/Verdict .*readPlan \d+\.\d\d (linear|sub-linear|super-linear)/);
});

test("measures pgs export over 100 generated plans: rate, peak memory and output size", () => {
  const rows = tableRows("pgs export of 100 plans");
  const value = (name: string) => rows.find((line) => line.startsWith(name));
  expect(value("exit code")).toMatch(/\s0$/);
  expect(value("plans per second")).toMatch(/\d+\.\d$/);
  expect(value("peak RSS")).toBeDefined();
  expect(value("CSV output")).toMatch(/\d+ records/);
  expect(value("JSON output")).toBeDefined();
  expect(run.stdout).toContain("5 distinct filled plans");
});

test("weighs the task pane against the bare pane: critical path, everything, budget", () => {
  const rows = tableRows("Task pane JavaScript");
  const gzip = (name: string): number => {
    const row = rows.find((line) => line.startsWith(name));
    if (row === undefined) throw new Error(`no row «${name}»`);
    return Number(/([\d.]+) kB$/.exec(row)?.[1]);
  };
  const critical = gzip("pane: critical path");
  const everything = gzip("pane: everything");
  const bare = gzip("bare pane");
  expect(bare).toBeGreaterThan(50);
  expect(critical).toBeGreaterThan(bare);
  expect(everything).toBeGreaterThan(critical + gzip("pane: office-js-helpers"));
  expect(rows.find((line) => line.startsWith("pane: critical path against the budget"))).toMatch(
    /\d kB (over|under)$/,
  );
});

testWithProgram(CHROMIUM, "reports the cold load of the pane as a ratio to the bare pane", () => {
  const rows = tableRows("Cold load in headless Chromium");
  const ms = (name: string) =>
    Number(/(\d+(?:\.\d)?)$/.exec(rows.find((line) => line.startsWith(name)) ?? "")?.[1]);
  expect(ms("bare pane")).toBeGreaterThan(0);
  expect(ms("task pane")).toBeGreaterThan(0);
  expect(rows.find((line) => line.startsWith("ratio"))).toMatch(/\d\.\d\d×$/);
});

test("ends with a markdown table for the README", () => {
  const markdown = run.stdout.slice(run.stdout.indexOf("README summary (markdown):"));
  expect(markdown).toContain("| measure | value |\n|---|---|");
  expect(markdown).toContain("| pgs export, 100 plans |");
  expect(markdown).toMatch(
    /\| task pane JS, gzip: critical path \/ everything \/ bare pane \| [\d,]+ B \/ [\d,]+ B \/ [\d,]+ B \|/,
  );
  expect(markdown).toMatch(
    /\| cold load until usable, task pane ÷ bare pane \| (\d\.\d\d×|not measured \(no chromium\)) \|/,
  );
});

test("prints the requests and bytes Microsoft's office.js client sends per operation, for both identity schemes", () => {
  const rows = tableRows("RichApi traffic through Microsoft's client");
  for (const identity of ["index", "reference"]) {
    const read = rows.find((row) => row.startsWith("readPlan") && row.includes(identity));
    // Two syncs (the controls, then the versioning table) and the cleanup request after Word.run.
    expect(read).toMatch(/readPlan\s+\w+\s+3 \(1\)\s+[\d,]+ B/);
    expect(rows.some((row) => row.startsWith("recordVersion") && row.includes(identity))).toBe(true);
  }
});
