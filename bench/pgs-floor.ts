/**
 * `pgs export` and `pgs report` against the floor (bench/floor.ts), in the same run on the same
 * files: the ratio of each command's time to the floor's, plans per second and peak memory (GNU
 * time's maximum RSS of the pgs process; its workers are threads of it, so they are counted), and
 * how long `pgs --help` takes beside a bare `node -e 0`.
 */
import { spawn } from "node:child_process";
import { copyFile, mkdir, readdir } from "node:fs/promises";
import { join } from "node:path";
import type { Corpus } from "../test/support/corpus";
import { floorRead } from "./floor";
import { formatBytes, median, timed } from "./measure";
import { runPgs } from "../test/support/pgs";
import type { Table } from "./table";
import { GNU_TIME, hasGnuTime } from "./throughput";

export type CommandRun = {
  readonly command: string;
  readonly ms: number;
  readonly exitCode: number | null;
  readonly peakRssKiB: number | undefined;
};

export type FloorComparison = {
  readonly plans: number;
  readonly floorMs: number;
  readonly helpMs: number;
  readonly nodeMs: number;
  readonly runs: readonly CommandRun[];
};

/** `corpus` written again under `total` names in `dir` (copies: each is read from scratch all the same). */
export async function enlargeCorpus(corpus: Corpus, total: number, dir: string): Promise<Corpus> {
  await mkdir(dir, { recursive: true });
  const sources = (await readdir(corpus.dir)).sort();
  for (let index = 0; index < total; index++) {
    const source = sources[index % sources.length];
    if (source === undefined) throw new Error("empty corpus");
    await copyFile(join(corpus.dir, source), join(dir, `piano-${String(index + 1).padStart(5, "0")}.docx`));
  }
  return { dir, total, distinct: corpus.distinct, bytes: Math.round((corpus.bytes / corpus.total) * total) };
}

function nodeStart(): Promise<number> {
  return timed(
    () =>
      new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, ["-e", "0"], { stdio: "ignore" });
        child.on("error", reject);
        child.on("close", () => resolve());
      }),
  ).then((run) => run.ms);
}

export async function compareWithFloor(corpus: Corpus, outDir: string): Promise<FloorComparison> {
  const files = (await readdir(corpus.dir)).sort().map((name) => join(corpus.dir, name));
  const floor = await timed(() => floorRead(files));
  const helps: number[] = [];
  const nodes: number[] = [];
  for (let run = 0; run < 5; run++) {
    helps.push((await timed(() => runPgs(["--help"]))).ms);
    nodes.push(await nodeStart());
  }
  const memory = hasGnuTime();
  const commands: [string, string[]][] = [
    [
      "export --csv --json",
      ["export", corpus.dir, "--csv", join(outDir, "e.csv"), "--json", join(outDir, "e.json")],
    ],
    ["export --xlsx", ["export", corpus.dir, "--xlsx", join(outDir, "e.xlsx")]],
    [
      "report --html --json",
      ["report", corpus.dir, "--html", join(outDir, "r.html"), "--json", join(outDir, "r.json")],
    ],
  ];
  const runs: CommandRun[] = [];
  for (const [command, args] of commands) {
    const run = await timed(() => runPgs(args, memory ? { wrapper: [GNU_TIME, "-v"] } : {}));
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.value.stderr)?.[1];
    runs.push({
      command,
      ms: run.ms,
      exitCode: run.value.code,
      peakRssKiB: rss === undefined ? undefined : Number(rss),
    });
  }
  return { plans: corpus.total, floorMs: floor.ms, helpMs: median(helps), nodeMs: median(nodes), runs };
}

export function floorTable(result: FloorComparison): Table {
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  return {
    title: `pgs against the floor, ${result.plans} plans (floor: read each .docx, inflate word/document.xml, walk its tags, one process: ${seconds(result.floorMs)} s, ${(result.plans / (result.floorMs / 1000)).toFixed(0)} plans/s; target ≤ 1.5×)`,
    headers: ["command", "exit", "wall (s)", "plans/s", "÷ floor", "peak RSS"],
    rows: [
      ...result.runs.map((run) => [
        run.command,
        String(run.exitCode),
        seconds(run.ms),
        (result.plans / (run.ms / 1000)).toFixed(1),
        `${(run.ms / result.floorMs).toFixed(2)}×`,
        run.peakRssKiB === undefined ? "n/a (no /usr/bin/time -v)" : formatBytes(run.peakRssKiB * 1024),
      ]),
      [
        "--help (median of 5)",
        "",
        (result.helpMs / 1000).toFixed(2),
        "",
        `${(result.helpMs / result.nodeMs).toFixed(2)}× node -e 0 (${(result.nodeMs / 1000).toFixed(2)} s); target ≤ 2.5×`,
        "",
      ],
    ],
  };
}
