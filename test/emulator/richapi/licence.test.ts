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

/**
 * The first line of every office.js file's header, and the title of its licence, assembled so that
 * this file does not carry them; compared without case or spacing, in every tracked text file.
 */
const OFFICE_JS_MARKS = [
  ["Office JavaScript", "API library"],
  ["Microsoft Software", "License Terms"],
].map((words) => words.join(" ").toLowerCase());
const flat = (text: string) => text.toLowerCase().replace(/\s+/g, " ");

function trackedFiles(): string[] {
  return execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" }).split("\0").filter(Boolean);
}

test("@microsoft/office-js is a devDependency pinned to one exact version, never a production dependency", () => {
  expect(pkg.dependencies["@microsoft/office-js"]).toBeUndefined();
  expect(pkg.devDependencies["@microsoft/office-js"]).toMatch(/^\d+\.\d+\.\d+$/);
});

test("no committed file carries office.js (its header) or its licence, and no product code imports it or its loader", () => {
  const files = trackedFiles().filter((f) => /\.(js|cjs|mjs|ts|tsx|html|md|json|txt)$/.test(f));
  const carrying = files.filter((f) => {
    const text = flat(readFileSync(path.join(ROOT, f), "utf8"));
    return OFFICE_JS_MARKS.some((mark) => text.includes(mark));
  });
  expect(carrying).toEqual([]);
  const product = files.filter((f) => f.startsWith("src/") || f.startsWith("bin/"));
  const importing = product.filter((f) =>
    /@microsoft\/office-js["/]|support\/office-js/.test(readFileSync(path.join(ROOT, f), "utf8")),
  );
  expect(importing).toEqual([]);
});
