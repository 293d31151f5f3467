/** The export's reader runs each file in a worker with a capped heap, and survives a worker that dies. */
import { IsolatedReader } from "../../src/cli/isolated-reader";
import { filledPlan, scratchDir, writeBytes } from "../support/plans";

let scratch: Awaited<ReturnType<typeof scratchDir>>;
let plan: string;

beforeAll(async () => {
  scratch = await scratchDir();
  plan = await writeBytes(scratch.path("piano.docx"), await filledPlan());
});

afterAll(() => scratch.remove());

test("reads a plan in a worker and answers with its rows", async () => {
  const reader = new IsolatedReader();
  try {
    const answer = await reader.read(plan, ["rows"]);
    expect(answer.ok).toBe(true);
    expect(answer.ok && answer.value.rows.length).toBeGreaterThan(1000);
  } finally {
    await reader.close();
  }
});

test("a file that exhausts the worker's heap is one failure, and the next file gets a new worker", async () => {
  // A heap far too small for the reading: the worker runs out of memory, the caller does not.
  const reader = new IsolatedReader(8);
  try {
    const first = await reader.read(plan, ["rows"]);
    expect(first).toEqual({ ok: false, message: expect.stringContaining(plan) });
    expect(first.ok || first.message).toMatch(/memoria esaurita nella lettura \(oltre 8 MiB\)/);
    const second = await reader.read(plan, ["rows"]);
    expect(second.ok).toBe(false);
  } finally {
    await reader.close();
  }
});
