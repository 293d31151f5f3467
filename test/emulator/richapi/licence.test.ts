/**
 * Microsoft's office.js may be used to develop and test the add-in, and distributed only in its
 * original form (its LICENSE.md): so it is an exact-pinned devDependency, loaded unmodified by the
 * tests, never committed and never reached by the product (`src/`, `bin/`).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");
const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The first line of every office.js file's header, assembled so that this file does not carry it. */
const OFFICE_JS_HEADER = ["Office JavaScript", "API library"].join(" ");

function trackedFiles(): string[] {
  return execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" }).split("\0").filter(Boolean);
}

test("@microsoft/office-js is a devDependency pinned to one exact version, never a production dependency", () => {
  expect(pkg.dependencies["@microsoft/office-js"]).toBeUndefined();
  expect(pkg.devDependencies["@microsoft/office-js"]).toMatch(/^\d+\.\d+\.\d+$/);
});

test("no committed file carries office.js (its header) and no product code imports it or its loader", () => {
  const files = trackedFiles().filter((f) => /\.(js|cjs|mjs|ts|tsx|html)$/.test(f));
  const carrying = files.filter((f) => readFileSync(path.join(ROOT, f), "utf8").includes(OFFICE_JS_HEADER));
  expect(carrying).toEqual([]);
  const product = files.filter((f) => f.startsWith("src/") || f.startsWith("bin/"));
  const importing = product.filter((f) =>
    /@microsoft\/office-js["/]|support\/office-js/.test(readFileSync(path.join(ROOT, f), "utf8")),
  );
  expect(importing).toEqual([]);
});
