/**
 * How the emulated document layer's cost grows with the document: open, readPlan and a one-mark
 * applyChanges on the template and on copies enlarged by enlarge.ts, median of N runs.
 */
import { isMonthPlanned, setMonth } from "../src/plan/changes";
import { documentXmlBytes, enlargeDocument } from "./enlarge";
import { openPlan } from "../test/support/generate";
import { formatBytes, formatMs, median, timed } from "./measure";
import type { Table } from "./table";

export type ScalingRow = {
  readonly factor: number;
  readonly xmlBytes: number;
  readonly openMs: number;
  readonly readMs: number;
  readonly readNodes: number;
  readonly applyMs: number;
  readonly applyNodes: number;
};

export async function measureScaling(
  template: Uint8Array,
  factors: readonly number[],
  runs: number,
): Promise<readonly ScalingRow[]> {
  const rows: ScalingRow[] = [];
  for (const factor of factors) {
    const bytes = await enlargeDocument(template, factor);
    const opens: number[] = [];
    const reads: number[] = [];
    const applies: number[] = [];
    let readNodes = 0;
    let applyNodes = 0;
    for (let run = 0; run < runs; run++) {
      const opened = await timed(() => openPlan(bytes));
      opens.push(opened.ms);
      const { word, document } = opened.value;
      word.resetStats();
      const read = await timed(() => document.readPlan());
      reads.push(read.ms);
      readNodes = word.stats.nodesTouched;
      const plan = read.value.plan;
      const year = plan.schema.years[0];
      if (!year) throw new Error("the plan has no school year");
      const changes = setMonth(plan, "1.1", year, "set", !isMonthPlanned(plan, "1.1", year, "set"));
      word.resetStats();
      const applied = await timed(() => document.applyChanges(plan, changes));
      if (applied.value.written.length !== 1) throw new Error(`factor ${factor}: the mark was not written`);
      applies.push(applied.ms);
      applyNodes = word.stats.nodesTouched;
    }
    rows.push({
      factor,
      xmlBytes: await documentXmlBytes(bytes),
      openMs: median(opens),
      readMs: median(reads),
      readNodes,
      applyMs: median(applies),
      applyNodes,
    });
  }
  return rows;
}

/** Growth of cost relative to growth of size, largest document against the template: 1 is linear. */
export function growth(rows: readonly ScalingRow[], cost: (row: ScalingRow) => number): number {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last || first === last) return Number.NaN;
  return cost(last) / cost(first) / (last.xmlBytes / first.xmlBytes);
}

function verdictOf(ratio: number): string {
  if (Number.isNaN(ratio)) return "not measured";
  if (ratio > 2) return "super-linear";
  if (ratio < 0.5) return "sub-linear";
  return "linear";
}

export function scalingVerdict(rows: readonly ScalingRow[]): string {
  const parts = [
    ["open", growth(rows, (row) => row.openMs)],
    ["readPlan", growth(rows, (row) => row.readMs)],
    ["applyChanges", growth(rows, (row) => row.applyMs)],
    ["readPlan nodes", growth(rows, (row) => row.readNodes)],
  ] as const;
  return `Verdict (cost growth ÷ size growth, largest vs template; 1.0 = linear, >2 super-linear): ${parts
    .map(([name, ratio]) => `${name} ${ratio.toFixed(2)} ${verdictOf(ratio)}`)
    .join("; ")}`;
}

export function scalingTable(rows: readonly ScalingRow[], runs: number, how: string): Table {
  return {
    title: `Emulated document layer vs document size (desktop, median of ${runs}; ${how})`,
    headers: [
      "size",
      "document.xml",
      "open ms",
      "readPlan ms",
      "readPlan nodes",
      "apply 1 mark ms",
      "apply nodes",
    ],
    rows: rows.map((row) => [
      `${row.factor}×`,
      formatBytes(row.xmlBytes),
      formatMs(row.openMs),
      formatMs(row.readMs),
      String(row.readNodes),
      formatMs(row.applyMs),
      String(row.applyNodes),
    ]),
    numeric: [1, 2, 3, 4, 5, 6],
  };
}
