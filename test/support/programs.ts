/**
 * External programs some tests need (LibreOffice, pdftotext, xmllint, Chromium), and files they
 * read (the fixtures in test/fixtures): one policy for both.
 *
 * Where a program or a file is missing, a test that needs it is skipped with a one-line reason,
 * except under CI (CI=true), where the same test FAILS with that reason: CI installs every program
 * (.ci/run) and clones every file, so a missing one there is a broken machine, not a reason to
 * pass silently.
 *
 *   const soffice = findProgram("soffice");
 *   describeWithProgram(soffice, "the template opens in LibreOffice", () => { ... soffice.path ... });
 *   const schema = findFile("test/fixtures/ooxml-schemas/wml-driver.xsd", "test/fixtures/ooxml-schemas/README.md");
 *   describeWithPrograms([xmllint, schema], "validates", () => { ... });
 */
import { accessSync, constants, statSync } from "node:fs";
import path from "node:path";

export type Environment = Readonly<Record<string, string | undefined>>;

export type Program = {
  /** The name asked for (the first, when several were), for messages. */
  readonly name: string;
  /** Absolute path of the executable found on PATH (or of the file), or null when it is missing. */
  readonly path: string | null;
  /** How to get it, e.g. the Debian package to install, or where a file comes from. */
  readonly hint: string;
  /** A file the tests read rather than a program they run; default "program". */
  readonly kind?: "program" | "file";
};

const REPO_ROOT = path.resolve(__dirname, "../..");

/** A file of the repository that tests read, by its path from the repository's root. */
export function findFile(relativePath: string, hint: string, root: string = REPO_ROOT): Program {
  const file = path.join(root, relativePath);
  const present = statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  return { name: relativePath, path: present ? file : null, hint, kind: "file" };
}

/** How to install the programs the tests use, on Debian (the CI machine). */
export const INSTALL_HINTS: Readonly<Record<string, string>> = {
  soffice: "apt-get install libreoffice-writer-nogui",
  pdftotext: "apt-get install poppler-utils",
  pdftoppm: "apt-get install poppler-utils",
  xmllint: "apt-get install libxml2-utils",
  chromium: "apt-get install chromium",
};

export function isCi(env: Environment = process.env): boolean {
  return env.CI === "true" || env.CI === "1";
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Looks for the first of `names` on PATH; `hint` defaults to INSTALL_HINTS. */
export function findProgram(
  names: string | readonly string[],
  hint?: string,
  env: Environment = process.env,
): Program {
  const candidates = typeof names === "string" ? [names] : names;
  const name = candidates[0];
  if (name === undefined) throw new Error("findProgram needs at least one name");
  const dirs = (env.PATH ?? "").split(path.delimiter).filter((d) => d !== "");
  for (const candidate of candidates) {
    for (const dir of dirs) {
      const file = path.join(dir, candidate);
      if (isExecutable(file)) return { name, path: file, hint: hint ?? INSTALL_HINTS[candidate] ?? "" };
    }
  }
  return { name, path: null, hint: hint ?? INSTALL_HINTS[name] ?? `install ${name}` };
}

export type Plan =
  | { readonly action: "run"; readonly path: string }
  | { readonly action: "skip"; readonly reason: string }
  | { readonly action: "fail"; readonly reason: string };

/** Whether tests needing `program` run, are skipped, or fail; the reason is one line. */
export function planFor(program: Program, env: Environment = process.env): Plan {
  if (program.path !== null) return { action: "run", path: program.path };
  const missing =
    program.kind === "file"
      ? `${program.name} is missing (${program.hint})`
      : `${program.name} not found on PATH (${program.hint})`;
  return isCi(env)
    ? { action: "fail", reason: `${missing}: CI=true, so the tests that need it fail instead of skipping` }
    : { action: "skip", reason: `${missing}: skipping the tests that need it` };
}

const reported = new Set<string>();

/** Prints a skip reason once per test file, on one line, outside Jest's multi-line console output. */
function reportSkip(reason: string): void {
  if (reported.has(reason)) return;
  reported.add(reason);
  process.stderr.write(`[programs] ${reason}\n`);
}

/**
 * For use inside a test or at collection time: true when the program is there; false (and a
 * printed reason) when it is missing outside CI; throws under CI so the test fails.
 */
export function requireProgram(name: string, hint: string, env: Environment = process.env): boolean {
  const plan = planFor(findProgram(name, hint, env), env);
  switch (plan.action) {
    case "run":
      return true;
    case "skip":
      reportSkip(plan.reason);
      return false;
    case "fail":
      throw new Error(plan.reason);
  }
}

/** A describe block that runs only where `program` is; see the module comment for CI. */
export function describeWithProgram(
  program: Program,
  title: string,
  body: () => void,
  env: Environment = process.env,
): void {
  describeWithPrograms([program], title, body, env);
}

/** A describe block that runs only where every one of `programs` is. */
export function describeWithPrograms(
  programs: readonly Program[],
  title: string,
  body: () => void,
  env: Environment = process.env,
): void {
  const plans = programs.map((program) => ({ program, plan: planFor(program, env) }));
  const { program, plan } = plans.find((entry) => entry.plan.action !== "run") ?? {
    program: undefined,
    plan: { action: "run" as const },
  };
  switch (plan.action) {
    case "run":
      describe(title, body);
      return;
    case "skip":
      reportSkip(plan.reason);
      describe.skip(title, body);
      return;
    case "fail":
      describe(title, () => {
        test(`needs ${program?.name ?? "its programs"}`, () => {
          throw new Error(plan.reason);
        });
      });
      return;
  }
}

/** A single test that runs only where `program` is; see the module comment for CI. */
export function testWithProgram(
  program: Program,
  title: string,
  fn: () => unknown,
  timeout?: number,
  env: Environment = process.env,
): void {
  const plan = planFor(program, env);
  switch (plan.action) {
    case "run":
      test(
        title,
        async () => {
          await fn();
        },
        timeout,
      );
      return;
    case "skip":
      reportSkip(plan.reason);
      test.skip(title, async () => {
        await fn();
      });
      return;
    case "fail":
      test(title, () => {
        throw new Error(plan.reason);
      });
      return;
  }
}
