/**
 * Real timings of the add-in's own operations on the real template, in the Word at hand: readPlan,
 * applyChanges of one mark, recordVersion. Measured with performance.now(); reported, never
 * compared (speed targets live in `npm run bench`).
 */
import { isMonthPlanned, setMonth } from "../plan/changes";
import { proposeVersion } from "../plan/versioning";
import type { PlanDocument } from "../word/port";
import type { Timings } from "./report";

async function timed<T>(operation: () => Promise<T>): Promise<{ readonly ms: number; readonly result: T }> {
  const start = performance.now();
  const result = await operation();
  return { ms: Math.round(performance.now() - start), result };
}

/** "gg/mm/aaaa" for today, as the pane proposes it. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(now.getDate())}/${pad(now.getMonth() + 1)}/${now.getFullYear()}`;
}

export async function measureTimings(document: PlanDocument): Promise<Timings> {
  const read = await timed(() => document.readPlan());
  const { plan, versions, snapshot } = read.result;
  const year = plan.schema.years[0];
  if (!year) throw new Error("the template has no school year");
  const mark = setMonth(plan, "1.1", year, "set", !isMonthPlanned(plan, "1.1", year, "set"));
  const apply = await timed(() => document.applyChanges(plan, mark));
  const after = await document.readPlan();
  const proposal = proposeVersion(after.plan, versions, snapshot, today());
  const record = await timed(() => document.recordVersion(proposal.row, proposal.snapshot));
  return { readPlanMs: read.ms, applyOneMarkMs: apply.ms, recordVersionMs: record.ms };
}
