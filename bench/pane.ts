/**
 * The task pane's weight and cold load, against a bare React 19 + FluentProvider + Button pane
 * built with the same configuration. Sizes are exact; load times are medians of cold loads.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { CHROMIUM } from "../test/support/chromium";
import { formatMs } from "./measure";
import { type ColdLoad, compareColdLoads } from "./pane-load";
import { BARE_PANE_ENTRY, type PaneSizes, buildPane, firstScreenFiles, paneSizes, sum } from "./pane-build";
import type { Table } from "./table";

/** The budget for the pane's critical path, in bytes of gzip (150 kB). */
export const CRITICAL_PATH_BUDGET = 150_000;

export type PaneMeasure = {
  readonly pane: PaneSizes;
  readonly bare: PaneSizes;
  /** Undefined where Chromium is missing: the sizes are still measured. */
  readonly load: ColdLoad | undefined;
  readonly runs: number;
};

export async function measurePane(runs: number, note: (text: string) => void): Promise<PaneMeasure> {
  const dir = await mkdtemp(join(tmpdir(), "pgs-bench-pane-"));
  try {
    const paneDir = join(dir, "pane");
    const bareDir = join(dir, "bare");
    note("building the production pane and the bare pane");
    const firstScreen = firstScreenFiles(await buildPane(paneDir));
    await buildPane(bareDir, BARE_PANE_ENTRY);
    const pane = paneSizes(paneDir, firstScreen);
    const bare = paneSizes(bareDir);
    if (CHROMIUM.path === null) {
      note(`chromium not found (${CHROMIUM.hint}): no cold-load figure`);
      return { pane, bare, load: undefined, runs };
    }
    note(`${runs} cold loads of each page in Chromium`);
    return { pane, bare, load: await compareColdLoads(paneDir, bareDir, runs), runs };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

function budgetVerdict(gzip: number): string {
  const margin = gzip - CRITICAL_PATH_BUDGET;
  return margin > 0 ? `${kB(margin)} over` : `${kB(-margin)} under`;
}

export function paneSizeTable(measure: PaneMeasure): Table {
  const { pane, bare } = measure;
  const helpers = pane.onDemand.filter((size) => size.file.startsWith("office-helpers."));
  const row = (name: string, sizes: PaneSizes["critical"]): string[] => [
    name,
    String(sizes.length),
    kB(sum(sizes, "bytes")),
    kB(sum(sizes, "gzip")),
  ];
  return {
    title: `Task pane JavaScript (gzip -9; budget for the critical path ${kB(CRITICAL_PATH_BUDGET)})`,
    headers: ["scripts", "files", "minified", "gzip"],
    numeric: [1, 2, 3],
    rows: [
      row("pane: critical path (taskpane.html's scripts, the shell they fetch)", pane.critical),
      row("pane: office-js-helpers, fetched during start-up", helpers),
      row("pane: everything, sections and dialogs included", [...pane.critical, ...pane.onDemand]),
      row("bare pane: React 19 + FluentProvider + Button", [...bare.critical, ...bare.onDemand]),
      ["pane: critical path against the budget", "", "", budgetVerdict(sum(pane.critical, "gzip"))],
    ],
  };
}

export function paneLoadTable(measure: PaneMeasure): Table {
  const { load } = measure;
  return {
    title: `Cold load in headless Chromium until the pane is usable (median of ${measure.runs}; office.js stood in)`,
    headers: ["page", "ms"],
    numeric: [1],
    rows:
      load === undefined
        ? [["not measured: chromium is missing", "-"]]
        : [
            ["bare pane", formatMs(load.bareMs)],
            ["task pane", formatMs(load.paneMs)],
            ["ratio (target ≤ 1.2)", `${load.ratio.toFixed(2)}×`],
          ],
  };
}
