import { spawnSync } from "node:child_process";

/**
 * Local stand-in for test/support/programs.ts (not there yet when these tests were written):
 * a test that needs an external program is skipped with a one-line reason on a developer machine
 * and fails under CI=true, where a missing program is a broken environment.
 */
export function hasProgram(name: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;
}

export function describeWithPrograms(programs: readonly string[], title: string, body: () => void): void {
  const missing = programs.filter((name) => !hasProgram(name));
  if (missing.length === 0) {
    describe(title, body);
    return;
  }
  const reason = `needs ${missing.join(", ")} on PATH`;
  if (process.env.CI === "true") {
    describe(title, () => {
      it(`has the programs it needs (${reason})`, () => {
        throw new Error(`${title}: ${reason}`);
      });
    });
    return;
  }
  describe.skip(`${title} (skipped: ${reason})`, body);
}
