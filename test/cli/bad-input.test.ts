/** What `pgs inspect` does with files that are not plans: one line naming the file, never a stack trace. */
import { mkdir } from "node:fs/promises";
import { runPgs } from "../support/pgs";
import { foreignDocx, scratchDir, truncatedDocx, writeBytes } from "../support/plans";

let scratch: Awaited<ReturnType<typeof scratchDir>>;

beforeAll(async () => {
  scratch = await scratchDir();
});

afterAll(() => scratch.remove());

type BadInput = {
  readonly title: string;
  readonly make: (path: string) => Promise<unknown>;
  readonly reason: RegExp;
};

const BAD_INPUTS: readonly BadInput[] = [
  {
    title: "a text file renamed .docx",
    make: (path) => writeBytes(path, "Questo non è un documento Word.\n"),
    reason: /non è un file \.docx/,
  },
  {
    title: "a corrupt zip (a real .docx cut in half)",
    make: async (path) => writeBytes(path, await truncatedDocx()),
    reason: /danneggiato/,
  },
  {
    title: "a valid .docx that is not the template",
    make: async (path) => writeBytes(path, await foreignDocx()),
    reason: /non è un Piano Generale di Supporto/,
  },
  { title: "a missing file", make: async () => undefined, reason: /file inesistente/ },
  { title: "a directory", make: (path) => mkdir(path), reason: /è una cartella/ },
];

test.each(BAD_INPUTS)(
  "inspect of $title exits non-zero with one line on stderr naming the file and no stack trace",
  async (input) => {
    const file = scratch.path(`${input.title.replace(/\W+/g, "-")}.docx`);
    await input.make(file);
    const result = await runPgs(["inspect", file]);
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBeNull();
    expect(result.stdout).toBe("");
    const lines = result.stderr.split("\n").filter((line) => line !== "");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toMatch(input.reason);
    expect(result.stderr).not.toContain("    at ");
  },
);
