import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import {
  describeWithProgram,
  describeWithPrograms,
  findFile,
  findProgram,
  isCi,
  planFor,
  requireProgram,
  type Program,
} from "./programs";

const bin = mkdtempSync(path.join(os.tmpdir(), "pgs-programs-"));
writeFileSync(path.join(bin, "fake-tool"), "#!/bin/sh\nexit 0\n");
chmodSync(path.join(bin, "fake-tool"), 0o755);
writeFileSync(path.join(bin, "not-executable"), "data\n");
chmodSync(path.join(bin, "not-executable"), 0o644);
afterAll(() => rmSync(bin, { recursive: true, force: true }));

const withPath = { PATH: ["/nonexistent-dir", bin].join(path.delimiter) };
const missing: Program = { name: "no-such-tool", path: null, hint: "apt-get install no-such-tool" };

describe("findProgram", () => {
  test("finds an executable on PATH", () => {
    expect(findProgram("fake-tool", "x", withPath).path).toBe(path.join(bin, "fake-tool"));
  });

  test("does not take a file that is not executable", () => {
    expect(findProgram("not-executable", "x", withPath).path).toBeNull();
  });

  test("takes the first of several names that is there, and names the program by the first", () => {
    const found = findProgram(
      ["chromium-that-is-not-here", "fake-tool"],
      "apt-get install chromium",
      withPath,
    );
    expect(found).toEqual({
      name: "chromium-that-is-not-here",
      path: path.join(bin, "fake-tool"),
      hint: "apt-get install chromium",
    });
  });

  test("knows how to install the programs the tests use", () => {
    expect(findProgram("soffice", undefined, { PATH: "" }).hint).toBe(
      "apt-get install libreoffice-writer-nogui",
    );
    expect(findProgram("xmllint", undefined, { PATH: "" })).toEqual({
      name: "xmllint",
      path: null,
      hint: "apt-get install libxml2-utils",
    });
  });
});

describe("what happens when a program is missing", () => {
  test("CI is CI=true (or 1), nothing else", () => {
    expect(isCi({ CI: "true" })).toBe(true);
    expect(isCi({ CI: "1" })).toBe(true);
    expect(isCi({ CI: "false" })).toBe(false);
    expect(isCi({})).toBe(false);
  });

  test("a present program runs", () => {
    expect(planFor({ name: "t", path: "/bin/t", hint: "" }, { CI: "true" })).toEqual({
      action: "run",
      path: "/bin/t",
    });
  });

  test("outside CI the tests are skipped with a one-line reason that says how to install it", () => {
    const plan = planFor(missing, {});
    expect(plan).toEqual({
      action: "skip",
      reason:
        "no-such-tool not found on PATH (apt-get install no-such-tool): skipping the tests that need it",
    });
  });

  test("under CI=true the tests fail with a one-line reason", () => {
    const plan = planFor(missing, { CI: "true" });
    expect(plan.action).toBe("fail");
    if (plan.action === "fail") {
      expect(plan.reason).toContain("no-such-tool not found on PATH (apt-get install no-such-tool)");
      expect(plan.reason).not.toContain("\n");
    }
  });

  test("requireProgram says yes, no, or throws under CI", () => {
    expect(requireProgram("fake-tool", "x", withPath)).toBe(true);
    expect(requireProgram("no-such-tool", "x", { PATH: bin })).toBe(false);
    expect(() =>
      requireProgram("no-such-tool", "apt-get install no-such-tool", { PATH: bin, CI: "true" }),
    ).toThrow("no-such-tool not found on PATH (apt-get install no-such-tool)");
  });
});

describe("a file the tests need, under the same policy", () => {
  test("a file of the repository is found by its path from the root", () => {
    const found = findFile("package.json", "the repository");
    expect(found.path).toBe(path.resolve(__dirname, "../../package.json"));
  });

  test("a missing file, or a folder in its place, is missing", () => {
    expect(findFile("test/fixtures/no-such-file.xsd", "x").path).toBeNull();
    expect(findFile("test/fixtures", "x").path).toBeNull();
  });

  test("a missing file is skipped outside CI and fails under CI=true, saying where it comes from", () => {
    const file = findFile("test/fixtures/no-such-file.xsd", "see test/fixtures/README.md");
    expect(planFor(file, {})).toEqual({
      action: "skip",
      reason:
        "test/fixtures/no-such-file.xsd is missing (see test/fixtures/README.md): skipping the tests that need it",
    });
    const plan = planFor(file, { CI: "true" });
    expect(plan.action).toBe("fail");
    if (plan.action === "fail") expect(plan.reason).toContain("test/fixtures/no-such-file.xsd is missing");
  });

  const ranWithFile: string[] = [];
  describeWithPrograms(
    [findProgram("fake-tool", "x", withPath), findFile("test/fixtures/no-such-file.xsd", "x")],
    "with the program there but the file missing",
    () => {
      test("is skipped, not run", () => {
        ranWithFile.push("ran");
        throw new Error("a test needing a missing file ran");
      });
    },
    {},
  );

  test("skips a block when its file is missing, even with its program there", () => {
    expect(ranWithFile).toEqual([]);
  });
});

describe("describeWithProgram", () => {
  const ran: string[] = [];

  describeWithProgram(findProgram("fake-tool", "x", withPath), "with the program there", () => {
    test("its tests run", () => {
      ran.push("present");
    });
  });

  // Outside CI (env without CI), so this block is skipped: its failing test must never run.
  describeWithProgram(
    missing,
    "with the program missing",
    () => {
      test("is skipped, not run", () => {
        ran.push("missing");
        throw new Error("a test needing a missing program ran");
      });
    },
    {},
  );

  test("ran the block whose program is there and skipped the other", () => {
    expect(ran).toEqual(["present"]);
  });
});
