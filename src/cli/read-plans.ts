import { availableParallelism } from "node:os";
import { IsolatedReader, type Part, type PlanParts, type WorkerAnswer } from "./isolated-reader";
import { progressOnTerminal } from "./progress";
import { oneLine } from "./terminal";

/**
 * Workers reading at once: one per core, at most four (past that the main thread, which writes
 * the outputs, is the bottleneck), and never more than there are files.
 */
export function poolSize(files: number, cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(4, cores, files));
}

/**
 * Reads every file in isolation and hands each plan, in the files' order, to `onPlan`; a file that
 * cannot be read goes to `onFailure` with its reason, and the rest go on. A pool of workers
 * (isolated-reader.ts) is reused across files, each reading one file at a time, so a file that
 * throws or exhausts its worker's heap still fails alone. Reads run ahead of `onPlan` by at most
 * two files per worker, so the answers waiting are a handful, whatever the number of files.
 */
export async function forEachPlan<P extends Part>(
  files: readonly string[],
  parts: readonly P[],
  onPlan: (file: string, value: Pick<PlanParts, P>) => Promise<void> | void,
  onFailure: (message: string) => void,
  size: number = poolSize(files.length),
): Promise<void> {
  const readers = Array.from({ length: size }, () => new IsolatedReader());
  // Each worker reads its files one after the other: file i goes to worker i mod size.
  const queues: Promise<unknown>[] = readers.map(() => Promise.resolve());
  const answers = new Map<number, Promise<WorkerAnswer<P>>>();
  const ahead = size * 2;
  const schedule = (index: number): void => {
    const file = files[index];
    const slot = index % size;
    const reader = readers[slot];
    if (file === undefined || reader === undefined) return;
    const answer = (queues[slot] ?? Promise.resolve()).then(() => reader.read(file, parts));
    queues[slot] = answer;
    answers.set(index, answer);
  };
  const progress = progressOnTerminal(files.length);
  try {
    for (let index = 0; index < Math.min(ahead, files.length); index++) schedule(index);
    for (const [index, file] of files.entries()) {
      const result = await answers.get(index);
      answers.delete(index);
      schedule(index + ahead);
      if (result?.ok) await onPlan(file, result.value);
      else if (result) onFailure(result.message);
      progress.step();
    }
  } finally {
    progress.done();
    await Promise.allSettled(answers.values());
    await Promise.all(readers.map((reader) => reader.close()));
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
