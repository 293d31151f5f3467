/**
 * `npm run bench`: round trips per operation, cost against document size, `pgs export`
 * throughput, the task pane's weight and cold load against a bare pane, and (full run only) the
 * playground's click-to-mark time in Chromium, printed as aligned tables and then as a markdown summary for the README.
 * Everything generated comes from a fixed seed, so two runs differ only in their timings.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HOST_PROFILES } from "../src/emulator";
import { writeCorpus } from "../test/support/corpus";
import { compareWithFloor, enlargeCorpus, floorTable } from "./pgs-floor";
import { ENLARGEMENT } from "./enlarge";
import { formatBytes, formatMs } from "./measure";
import { USAGE, parseBenchOptions } from "./options";
import { measurePane, paneLoadTable, paneSizeTable } from "./pane";
import { sum } from "./pane-build";
import { clickToMarkTable, measureClickToMark } from "./playground";
import { growth, measureScaling, scalingTable, scalingVerdict } from "./scaling";
import { measureSyncs, syncTable } from "./syncs";
import { measureTraffic, trafficTable } from "./traffic";
import { measureVolume, volumeTable } from "./volume";
import { hostFile, HOST_FILES } from "../test/support/office-js";
import { markdownTable, plainTable } from "./table";
import { loadTemplate } from "../test/support/template";
import { measureExport, plansPerSecond, throughputTable } from "./throughput";

/** Progress goes to stderr so stdout holds only the tables. */
const note = (text: string) => process.stderr.write(`[bench] ${text}\n`);

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes("--help")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const options = parseBenchOptions(argv);
  const template = await loadTemplate();
  const out = (text: string) => process.stdout.write(`${text}\n\n`);
  out(
    `pgs benchmark${options.quick ? " (quick)" : ""} — seed ${options.seed}, node ${process.version}, ${process.platform}/${process.arch}`,
  );

  note("counting round trips");
  const syncs = await measureSyncs(template, HOST_PROFILES, options.seed);
  out(plainTable(syncTable(syncs)));

  note("metering what each click loads");
  const volume = await measureVolume(template);
  out(plainTable(volumeTable(volume)));

  note("metering the requests Microsoft's office.js client sends");
  const traffic = await measureTraffic(template);
  out(plainTable(trafficTable(traffic, hostFile(HOST_FILES.desktop).version)));

  note(`timing documents ${options.factors.join("×, ")}× the template`);
  const scaling = await measureScaling(template, options.factors, options.runs);
  out(`${plainTable(scalingTable(scaling, options.runs, ENLARGEMENT))}\n${scalingVerdict(scaling)}`);

  const pane = await measurePane(options.loads, note);
  out(plainTable(paneSizeTable(pane)));
  out(plainTable(paneLoadTable(pane)));

  const dir = await mkdtemp(join(tmpdir(), "pgs-bench-"));
  try {
    note(
      `generating ${options.distinct} filled plans (seed ${options.seed}) and writing ${options.plans} files in ${dir}`,
    );
    const corpus = await writeCorpus(
      template,
      join(dir, "plans"),
      options.plans,
      options.distinct,
      options.seed,
    );
    note(`running pgs export over ${corpus.total} plans (${formatBytes(corpus.bytes)})`);
    const exported = await measureExport(corpus, dir);
    out(plainTable(throughputTable(exported)));

    for (const total of [corpus.total, options.largePlans]) {
      const files =
        total === corpus.total ? corpus : await enlargeCorpus(corpus, total, join(dir, `plans-${total}`));
      note(`timing pgs against the floor over ${total} plans`);
      out(plainTable(floorTable(await compareWithFloor(files, dir))));
    }

    // The browser figures take a webpack build and Chromium: the full run only.
    if (!options.quick) {
      note("building the playground and timing clicks in Chromium");
      const clicks = await measureClickToMark(options.runs);
      out(plainTable(clickToMarkTable(clicks, options.runs)));
    }

    const desktopSyncs = (operation: string) =>
      syncs.find((row) => row.profile === "desktop" && row.operation === operation)?.syncs ?? Number.NaN;
    const largest = scaling[scaling.length - 1];
    process.stdout.write(
      `README summary (markdown):\n\n${markdownTable(
        ["measure", "value"],
        [
          [
            "syncs: readPlan / applyChanges / recordVersion (desktop)",
            `${desktopSyncs("readPlan")} / ${desktopSyncs("applyChanges: whole-plan fill")} / ${desktopSyncs("recordVersion")}`,
          ],
          ...volume.map((row): [string, string] => [
            `volume: ${row.operation} (desktop)`,
            `${row.syncs} syncs, ${row.loaded.controls} controls, ${row.loaded.characters} characters`,
          ]),
          ...traffic
            .filter((row) => row.operation === "readPlan")
            .map((row): [string, string] => [
              `office.js traffic: readPlan, ${row.identity} identity`,
              `${row.requests} requests, ${formatBytes(row.bytesOut)} sent (${formatBytes(row.cleanupBytesOut)} cleanup), ${formatBytes(row.bytesIn)} received`,
            ]),
          ["readPlan, template (emulated, median)", `${formatMs(scaling[0]?.readMs ?? Number.NaN)} ms`],
          [
            `readPlan, ${largest?.factor ?? "?"}× template`,
            `${formatMs(largest?.readMs ?? Number.NaN)} ms (growth/size ${growth(scaling, (row) => row.readMs).toFixed(2)})`,
          ],
          [
            `pgs export, ${exported.plans} plans`,
            `${plansPerSecond(exported).toFixed(1)} plans/s, peak RSS ${exported.peakRssKiB === undefined ? "n/a" : formatBytes(exported.peakRssKiB * 1024)}`,
          ],
          [
            "export output (CSV / JSON)",
            `${formatBytes(exported.csvBytes)} / ${formatBytes(exported.jsonBytes)}`,
          ],
          [
            "task pane JS, gzip: critical path / everything / bare pane",
            [
              sum(pane.pane.critical, "gzip"),
              sum([...pane.pane.critical, ...pane.pane.onDemand], "gzip"),
              sum([...pane.bare.critical, ...pane.bare.onDemand], "gzip"),
            ]
              .map((bytes) => `${bytes.toLocaleString("en")} B`)
              .join(" / "),
          ],
          [
            "cold load until usable, task pane ÷ bare pane",
            pane.load === undefined ? "not measured (no chromium)" : `${pane.load.ratio.toFixed(2)}×`,
          ],
        ],
      )}\n`,
    );
    return exported.exitCode === 0 ? 0 : 1;
  } finally {
    if (options.keep) note(`kept ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
