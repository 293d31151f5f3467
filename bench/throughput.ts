/**
 * `pgs export` over the corpus, run as the real binary in a child process. Peak memory is the
 * child's maximum RSS from GNU time (`/usr/bin/time -v`); without it, the column says so.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import { join } from "node:path";
import type { Corpus } from "../test/support/corpus";
import { countCsvRecords } from "../test/support/csv-read";
import { formatBytes, timed } from "./measure";
import { runPgs } from "../test/support/pgs";
import type { Table } from "./table";

export const GNU_TIME = "/usr/bin/time";

export type Throughput = {
  readonly plans: number;
  readonly distinct: number;
  readonly exitCode: number | null;
  readonly wallMs: number;
  readonly startupMs: number;
  readonly peakRssKiB: number | undefined;
  readonly csvBytes: number;
  readonly jsonBytes: number;
  readonly csvLines: number;
};

export function hasGnuTime(): boolean {
  try {
    accessSync(GNU_TIME, constants.X_OK);
    return spawnSync(GNU_TIME, ["-v", "true"], { encoding: "utf8" }).stderr.includes(
      "Maximum resident set size",
    );
  } catch {
    return false;
  }
}

export async function measureExport(corpus: Corpus, outDir: string): Promise<Throughput> {
  const memory = hasGnuTime();
  // Start-up (Node + tsx compiling the sources) is paid once per run; measured apart so plans/s is fair.
  const startup = await timed(() => runPgs(["--help"]));
  const csv = join(outDir, "export.csv");
  const json = join(outDir, "export.json");
  const run = await timed(() =>
    runPgs(["export", corpus.dir, "--csv", csv, "--json", json], memory ? { wrapper: [GNU_TIME, "-v"] } : {}),
  );
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.value.stderr)?.[1];
  return {
    plans: corpus.total,
    distinct: corpus.distinct,
    exitCode: run.value.code,
    wallMs: run.ms,
    startupMs: startup.ms,
    peakRssKiB: rss === undefined ? undefined : Number(rss),
    csvBytes: statSync(csv).size,
    jsonBytes: statSync(json).size,
    csvLines: await countCsvRecords(csv),
  };
}

export function plansPerSecond(result: Throughput): number {
  return result.plans / (Math.max(1, result.wallMs - result.startupMs) / 1000);
}

export function throughputTable(result: Throughput): Table {
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  return {
    title: `pgs export of ${result.plans} plans (${result.distinct} distinct filled plans generated with the emulator, each written ${Math.ceil(result.plans / result.distinct)}× under different names)`,
    headers: ["measure", "value"],
    rows: [
      ["exit code", String(result.exitCode)],
      ["wall time (s)", seconds(result.wallMs)],
      ["of which start-up (s, pgs --help)", seconds(result.startupMs)],
      ["plans per second (excluding start-up)", plansPerSecond(result).toFixed(1)],
      [
        "peak RSS",
        result.peakRssKiB === undefined
          ? "not measured (/usr/bin/time -v missing)"
          : formatBytes(result.peakRssKiB * 1024),
      ],
      ["CSV output", `${formatBytes(result.csvBytes)}, ${result.csvLines} records (header + plans × fields)`],
      ["JSON output", formatBytes(result.jsonBytes)],
    ],
  };
}
