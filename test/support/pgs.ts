/**
 * Runs the real `pgs` binary (bin/pgs.cjs) as a child process, as a user would, with stdout and
 * stderr captured (so stderr is never a TTY). Used by the benchmark and by the CLI tests. The
 * binary runs the compiled CLI: it is compiled again from the sources once per process, before the
 * first run, so no test or measure ever runs a stale build.
 */
import { spawn } from "node:child_process";
import { join, resolve } from "node:path";
import { buildCli } from "../../src/cli/build";

export const REPO_ROOT = resolve(__dirname, "../..");
export const PGS_BIN = join(REPO_ROOT, "bin/pgs.cjs");

export type PgsResult = { readonly code: number | null; readonly stdout: string; readonly stderr: string };

export type PgsOptions = {
  /** Defaults to the repository, where `node bin/pgs.cjs` is documented to run. */
  readonly cwd?: string;
  /** A command to run node under, e.g. ["/usr/bin/time", "-v"]. */
  readonly wrapper?: readonly string[];
};

let built = false;

/** Compiles pgs from the sources, once per process. */
export function ensureCliBuilt(): void {
  if (built) return;
  buildCli();
  built = true;
}

export function runPgs(args: readonly string[], options: PgsOptions = {}): Promise<PgsResult> {
  ensureCliBuilt();
  const [command = process.execPath, ...prefix] = options.wrapper
    ? [...options.wrapper, process.execPath]
    : [];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, [...prefix, PGS_BIN, ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      resolvePromise({
        code,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
      }),
    );
  });
}
