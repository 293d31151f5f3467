/**
 * Round trips per operation (DESIGN invariant 4), counted by the emulator on each host profile. The
 * documented column is the contract written in src/word/port.ts; a mismatch is shown, not hidden.
 */
import type { HostProfile } from "../src/emulator";
import { type FieldChange, isMonthPlanned, setMonth, setText } from "../src/plan/changes";
import type { Plan } from "../src/plan/read";
import { formatTag } from "../src/plan/tags";
import { proposeVersion } from "../src/plan/versioning";
import type { ApplyResult } from "../src/plan/refusals";
import { changesFor, openPlan, randomContent } from "../test/support/generate";
import type { Table } from "./table";

export type SyncRow = {
  readonly operation: string;
  readonly profile: HostProfile;
  readonly syncs: number;
  readonly documented: string;
  readonly asDocumented: boolean;
  readonly outcome: string;
};

function outcome(result: ApplyResult): string {
  const reasons = [...new Set(result.refused.map((refusal) => refusal.reason))].join(", ");
  return `${result.written.length} written, ${result.refused.length} refused${reasons ? ` (${reasons})` : ""}`;
}

/** One mark in a planning grid: a field inside a table, which web-stress does not list. */
function oneMark(plan: Plan): FieldChange[] {
  const year = plan.schema.years[0];
  if (!year) throw new Error("the plan has no school year");
  return setMonth(plan, "1.1", year, "set", !isMonthPlanned(plan, "1.1", year, "set"));
}

/**
 * ISTITUTO on the cover. The template lays the cover out in a table too, so on web-stress this is
 * as unreachable as a mark; the template has no inline control outside tables that would show the
 * "host refuses at sync" path (3 syncs).
 */
function oneText(plan: Plan): FieldChange[] {
  return setText(plan, formatTag({ kind: "campo", campo: "istituto" }), "Istituto di prova");
}

type Case = {
  readonly operation: string;
  readonly documented: string;
  /** The counts port.ts allows for this operation. */
  readonly allowed: readonly number[];
  readonly run: (
    template: Uint8Array,
    profile: HostProfile,
    seed: number,
  ) => Promise<{ syncs: number; outcome: string }>;
};

function applyCase(operation: string, changes: (plan: Plan, seed: number) => FieldChange[]): Case {
  return {
    operation,
    documented: "2 (0 nothing to write, 1 all refused on read, 3 host refuses)",
    allowed: [0, 1, 2, 3],
    run: async (template, profile, seed) => {
      const { word, document } = await openPlan(template, profile);
      const { plan } = await document.readPlan();
      const wanted = changes(plan, seed);
      word.resetStats();
      const result = await document.applyChanges(plan, wanted);
      return { syncs: word.stats.syncs, outcome: outcome(result) };
    },
  };
}

const CASES: readonly Case[] = [
  {
    operation: "readPlan",
    documented: "2 (the controls, then the tables it needs)",
    allowed: [2],
    run: async (template, profile) => {
      const { word, document } = await openPlan(template, profile);
      word.resetStats();
      const reading = await document.readPlan();
      return { syncs: word.stats.syncs, outcome: `strategy ${reading.strategy}` };
    },
  },
  applyCase("applyChanges: 1 mark (table)", oneMark),
  applyCase("applyChanges: 1 line (cover table)", oneText),
  applyCase("applyChanges: whole-plan fill", (plan, seed) =>
    changesFor(plan, randomContent(plan.schema.years, seed)),
  ),
  {
    operation: "recordVersion",
    documented: "2",
    allowed: [2],
    run: async (template, profile) => {
      const { word, document } = await openPlan(template, profile);
      const reading = await document.readPlan();
      const { row, snapshot } = proposeVersion(
        reading.plan,
        reading.versions,
        reading.snapshot,
        "01/09/2024",
      );
      word.resetStats();
      const versions = await document.recordVersion(row, snapshot);
      return { syncs: word.stats.syncs, outcome: `${versions.length} version row(s)` };
    },
  },
];

/** Runs every case on every profile; a case that throws is reported as such, with its message. */
export async function measureSyncs(
  template: Uint8Array,
  profiles: readonly HostProfile[],
  seed: number,
): Promise<readonly SyncRow[]> {
  const rows: SyncRow[] = [];
  for (const profile of profiles) {
    for (const entry of CASES) {
      try {
        const { syncs, outcome: result } = await entry.run(template, profile, seed);
        const asDocumented = entry.allowed.includes(syncs);
        rows.push({
          operation: entry.operation,
          profile,
          syncs,
          documented: entry.documented,
          asDocumented,
          outcome: result,
        });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        rows.push({
          operation: entry.operation,
          profile,
          syncs: Number.NaN,
          documented: entry.documented,
          asDocumented: false,
          outcome: `threw: ${message}`,
        });
      }
    }
  }
  return rows;
}

export function syncTable(rows: readonly SyncRow[]): Table {
  return {
    title: "Round trips (context.sync calls counted by the emulator)",
    headers: ["operation", "profile", "syncs", "documented (port.ts)", "as documented", "outcome"],
    rows: rows.map((row) => [
      row.operation,
      row.profile,
      Number.isNaN(row.syncs) ? "—" : String(row.syncs),
      row.documented,
      row.asDocumented ? "yes" : "NO",
      row.outcome,
    ]),
    numeric: [2],
  };
}
