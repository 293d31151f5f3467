/**
 * ESLint with the project's config, run in a child process (run-eslint.mjs says why) over files on
 * disk and over code linted as if it sat at a given path, for the tests of the lint itself.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

export type Finding = {
  readonly ruleId: string | null;
  readonly severity: number;
  readonly message: string;
  readonly line: number;
};
export type LintOutput = {
  readonly files: Readonly<Record<string, readonly Finding[]>>;
  readonly texts: Readonly<Record<string, readonly Finding[]>>;
};

/** Code linted as if it were at the path (relative to the repository); nothing is written to disk. */
export type Texts = Readonly<Record<string, readonly [filePath: string, code: string]>>;

/** One child process for every case: starting ESLint once keeps a suite to a few seconds. */
export function lint(files: readonly string[], texts: Texts): LintOutput {
  const request = {
    files,
    texts: Object.entries(texts).map(([key, [filePath, code]]) => ({ key, filePath, code })),
  };
  const stdout = execFileSync(process.execPath, [path.join(__dirname, "run-eslint.mjs")], {
    cwd: ROOT,
    input: JSON.stringify(request),
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as LintOutput;
}

const ERROR = 2;

export function errors(findings: readonly Finding[], ruleId: string): readonly Finding[] {
  return findings.filter((f) => f.ruleId === ruleId && f.severity === ERROR);
}

/** The findings for one of the texts, failing loudly when ESLint gave none back. */
export function findingsOf(output: LintOutput, key: string): readonly Finding[] {
  const findings = output.texts[key];
  if (findings === undefined) throw new Error(`no lint result for ${key}`);
  return findings;
}
