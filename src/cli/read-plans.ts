import { IsolatedReader, type Part, type PlanParts } from "./isolated-reader";
import { progressOnTerminal } from "./progress";
import { oneLine } from "./terminal";

/**
 * Reads every file in isolation (isolated-reader.ts) and hands each plan, in the files' order, to
 * `onPlan`; a file that cannot be read goes to `onFailure` with its reason, and the rest go on.
 */
export async function forEachPlan<P extends Part>(
  files: readonly string[],
  parts: readonly P[],
  onPlan: (file: string, value: Pick<PlanParts, P>) => Promise<void> | void,
  onFailure: (message: string) => void,
): Promise<void> {
  const reader = new IsolatedReader();
  const progress = progressOnTerminal(files.length);
  try {
    for (const file of files) {
      const result = await reader.read(file, parts);
      if (result.ok) await onPlan(file, result.value);
      else onFailure(result.message);
      progress.step();
    }
  } finally {
    progress.done();
    await reader.close();
  }
}

/** The closing lines on stderr: how many plans of how many files, and each file not read. */
export function reportOutcome(verb: string, done: number, total: number, failures: readonly string[]): void {
  process.stderr.write(`${verb}: ${done} di ${total}.\n`);
  if (failures.length > 0) {
    process.stderr.write(
      `File non letti (${failures.length}):\n${failures.map((line) => `  ${oneLine(line)}\n`).join("")}`,
    );
  }
}
