/** The pool of readers: answers in the files' order, a bad file failing alone, workers reused. */
import { forEachPlan, poolSize } from "../../src/cli/read-plans";
import { SAMPLE, filledPlan, scratchDir, writeBytes } from "../support/plans";

let scratch: Awaited<ReturnType<typeof scratchDir>>;
let good: string;
let bad: string;

beforeAll(async () => {
  scratch = await scratchDir();
  good = await writeBytes(scratch.path("piano.docx"), await filledPlan());
  bad = await writeBytes(scratch.path("appunti.docx"), "solo testo\n");
}, 60_000);

afterAll(() => scratch.remove());

test("two workers hand the plans over in the files' order, and the bad file fails alone", async () => {
  const files = [good, bad, good, good, bad, good];
  const seen: string[] = [];
  await forEachPlan(
    files,
    ["facts"],
    (file, plan) => {
      expect(plan.facts.codice).toBe(SAMPLE.codice);
      seen.push(file);
    },
    (message) => seen.push(message),
    2,
  );
  expect(seen).toEqual(
    files.map((file) => (file === bad ? expect.stringContaining(`${bad}: non è un file .docx`) : file)),
  );
}, 60_000);

test("sizes the pool by cores, at most four, never more than the files", () => {
  expect(poolSize(1000, 2)).toBe(2);
  expect(poolSize(1000, 16)).toBe(4);
  expect(poolSize(1, 8)).toBe(1);
  expect(poolSize(0, 8)).toBe(1);
});
