/**
 * Reads plans in a worker thread whose heap is capped, one file at a time: a file that throws is
 * one failure; a file that exhausts the worker's memory, or takes longer than READ_TIMEOUT_MS,
 * ends that worker, is one failure too, and the next file gets a new worker.
 */
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { planJson } from "./inspect";
import type { PlanRowOut } from "./plan-rows";
import type { PlanFacts } from "./report/facts";

/** What a command may need of a plan; the worker computes only the parts asked for. */
export type PlanParts = {
  /** The export's rows, one per field. */
  readonly rows: PlanRowOut[];
  /** The plan as `pgs inspect --json` prints it. */
  readonly json: ReturnType<typeof planJson>;
  /** The report's and the workbook's counts. */
  readonly facts: PlanFacts;
};
export type Part = keyof PlanParts;
export type WorkerRequest = { readonly file: string; readonly parts: readonly Part[] };
export type WorkerAnswer<P extends Part = Part> =
  | { readonly ok: true; readonly value: Pick<PlanParts, P> }
  | { readonly ok: false; readonly message: string };

/**
 * The worker's heap, in MiB. A plan at every limit of src/plan/limits.ts reads within it (the
 * template reads in under 100 MiB); what a zip inflates lives outside the heap and is bounded by
 * those limits.
 */
export const WORKER_HEAP_MIB = 768;
/** Longer than any plan within the limits takes (the template: 40 ms). */
const READ_TIMEOUT_MS = 120_000;

/**
 * The worker's code: compiled, the file esbuild wrote beside this one (dist-cli/); from the
 * TypeScript sources (the tests, which import this module directly), those sources through tsx.
 */
function newWorker(heapMib: number): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: heapMib } };
  if (__filename.endsWith(".cjs")) return new Worker(join(__dirname, "export-worker.cjs"), options);
  const source = JSON.stringify(join(__dirname, "export-worker.ts"));
  return new Worker(`require("tsx/cjs"); require(${source});`, { ...options, eval: true });
}

export class IsolatedReader {
  private worker: Worker | null = null;

  constructor(private readonly heapMib = WORKER_HEAP_MIB) {}

  async read<P extends Part>(file: string, parts: readonly P[]): Promise<WorkerAnswer<P>> {
    const worker = (this.worker ??= newWorker(this.heapMib));
    return new Promise<WorkerAnswer<P>>((resolve) => {
      const done = (result: WorkerAnswer<P>, dead: boolean): void => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        if (dead) {
          this.worker = null;
          void worker.terminate();
        }
        resolve(result);
      };
      const onMessage = (result: WorkerAnswer<P>) => done(result, false);
      const onError = (error: Error) => {
        const code = (error as { code?: string }).code;
        const reason =
          code === "ERR_WORKER_OUT_OF_MEMORY"
            ? `memoria esaurita nella lettura (oltre ${this.heapMib} MiB)`
            : `errore inatteso nella lettura (${error.message})`;
        done({ ok: false, message: `${file}: ${reason}` }, true);
      };
      const onExit = () => done({ ok: false, message: `${file}: lettura interrotta` }, true);
      const timer = setTimeout(
        () =>
          done(
            { ok: false, message: `${file}: lettura troppo lunga (oltre ${READ_TIMEOUT_MS / 1000} s)` },
            true,
          ),
        READ_TIMEOUT_MS,
      );
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.postMessage({ file, parts } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}
