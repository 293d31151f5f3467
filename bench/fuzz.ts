/**
 * `npm run fuzz [-- --runs N --seed S]`: the fast-check properties of test/support/fuzz/properties.ts on
 * many generated cases (10,000 each by default), printing for each the cases run, the failures,
 * the slowest case and the peak memory (resident set) of the process while it ran.
 */
import fc from "fast-check";
import { parseArgs } from "node:util";
import { FUZZ_PROPERTIES } from "../test/support/fuzz/properties";
import { formatBytes, formatMs } from "./measure";
import { markdownTable } from "./table";

type Figures = {
  name: string;
  runs: number;
  failures: number;
  worstMs: number;
  peakRss: number;
  error?: string;
};

async function runProperty(
  name: string,
  property: (typeof FUZZ_PROPERTIES)[number]["property"],
  runs: number,
  seed: number,
): Promise<Figures> {
  let worstMs = 0;
  let peakRss = process.memoryUsage().rss;
  let started = 0;
  let cases = 0;
  const timed = property
    .beforeEach((previous) => {
      started = performance.now();
      return previous();
    })
    .afterEach((previous) => {
      worstMs = Math.max(worstMs, performance.now() - started);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      cases++;
      return previous();
    });
  const details = await fc.check(timed, { numRuns: runs, seed, endOnFailure: true });
  const figures: Figures = { name, runs: cases, failures: details.failed ? 1 : 0, worstMs, peakRss };
  if (details.failed) figures.error = fc.defaultReportMessage(details) ?? "failed";
  return figures;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { runs: { type: "string", default: "10000" }, seed: { type: "string", default: "20170901" } },
  });
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  const rows: Figures[] = [];
  for (const { name, property } of FUZZ_PROPERTIES) {
    process.stderr.write(`[fuzz] ${name}: ${runs} cases\n`);
    rows.push(await runProperty(name, property, runs, seed));
  }
  process.stdout.write(
    `pgs fuzz — seed ${seed}, node ${process.version}\n\n` +
      markdownTable(
        ["Property", "Cases run", "Failures", "Worst time", "Peak RSS"],
        rows.map((row) => [
          row.name,
          row.runs.toLocaleString("en-GB"),
          String(row.failures),
          `${formatMs(row.worstMs)} ms`,
          formatBytes(row.peakRss),
        ]),
      ) +
      "\n",
  );
  for (const row of rows) if (row.error) process.stdout.write(`\n${row.name}:\n${row.error}\n`);
  return rows.some((row) => row.failures > 0) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`fuzz: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
