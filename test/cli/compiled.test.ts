/** pgs runs as compiled JavaScript: neither the command nor its worker needs tsx or a .ts file. */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { PGS_BIN, ensureCliBuilt } from "../support/pgs";
import { filledPlan, scratchDir, writeBytes } from "../support/plans";

let scratch: Awaited<ReturnType<typeof scratchDir>>;
let blocker: string;

beforeAll(async () => {
  ensureCliBuilt();
  scratch = await scratchDir();
  // Loaded before pgs (and, through execArgv, before its workers): any require of tsx or of a .ts file throws.
  blocker = scratch.path("no-typescript.cjs");
  await writeFile(
    blocker,
    `const Module = require("node:module");
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (/^tsx(\\/|$)/.test(request) || /\\.ts$/.test(request)) throw new Error("TypeScript loaded: " + request);
  return resolve.call(this, request, ...rest);
};
`,
  );
});

afterAll(() => scratch.remove());

function pgs(args: readonly string[]) {
  return spawnSync(process.execPath, ["-r", blocker, PGS_BIN, ...args], {
    encoding: "utf8",
    cwd: scratch.dir,
  });
}

test("pgs --help runs with tsx and every .ts file out of reach", () => {
  const result = pgs(["--help"]);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  expect(result.stdout).toContain("pgs report");
});

test("pgs export reads a plan in its worker with tsx out of reach, from another directory", async () => {
  const plan = await writeBytes(scratch.path("piano.docx"), await filledPlan());
  const result = pgs(["export", plan, "--json", scratch.path("piano.json")]);
  expect(result.stderr).toBe("Piani esportati: 1 di 1.\n");
  expect(result.status).toBe(0);
  expect(JSON.parse(readFileSync(scratch.path("piano.json"), "utf8"))).toHaveLength(1);
}, 60_000);

test("tsx is a development dependency only", () => {
  const manifest = JSON.parse(readFileSync(`${__dirname}/../../package.json`, "utf8")) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  expect(Object.keys(manifest.dependencies)).not.toContain("tsx");
  expect(Object.keys(manifest.devDependencies)).toContain("tsx");
});
