/**
 * The reading of one plan for `pgs export` and `pgs report`, in a worker thread with a capped heap
 * (isolated-reader.ts): a file that throws, or exhausts the worker's memory, fails alone.
 */
import { parentPort } from "node:worker_threads";
import { readBytes } from "./files";
import { planJson } from "./inspect";
import { UnreadablePlanError, readPlanFile } from "./open-plan";
import { planRows } from "./plan-rows";
import { planFacts } from "./report/facts";
import type { PlanParts, WorkerAnswer, WorkerRequest } from "./isolated-reader";

/** Why a file was not exported, in one line; an unexpected error too, so one bad file never stops the rest. */
function failure(file: string, error: unknown): string {
  if (error instanceof UnreadablePlanError) return error.message;
  return `${file}: errore inatteso nella lettura (${error instanceof Error ? error.message : String(error)})`;
}

async function answer(request: WorkerRequest): Promise<WorkerAnswer> {
  try {
    const { file } = request;
    const reading = await readPlanFile(file, await readBytes(file));
    const parts = new Set(request.parts);
    return {
      ok: true,
      value: {
        ...(parts.has("rows") ? { rows: planRows(file, reading.plan) } : {}),
        ...(parts.has("json") ? { json: planJson(file, reading) } : {}),
        ...(parts.has("facts") ? { facts: planFacts(file, reading) } : {}),
      } as PlanParts,
    };
  } catch (error) {
    return { ok: false, message: failure(request.file, error) };
  }
}

parentPort?.on("message", (request: WorkerRequest) => {
  void answer(request).then((result) => parentPort?.postMessage(result));
});
