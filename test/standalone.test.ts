/**
 * The repository stands alone: nothing in its code, tests, benchmark, scripts, CI or README points
 * at a file outside it, so a fresh clone with no folder beside it has everything its tests read.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const SCANNED = [
  "src",
  "test",
  "bench",
  "scripts",
  "docs",
  ".ci",
  "README.md",
  "webpack.config.js",
  "package.json",
];
const TEXT = /\.(?:[cm]?[jt]sx?|json|md|xml|xsd|txt|sh|yml|yaml|html)$|^run$/;

/** Written in pieces so that this file does not match itself. */
const FORBIDDEN: readonly { readonly what: string; readonly pattern: RegExp }[] = [
  {
    what: "the shared folder beside the repository",
    pattern: new RegExp(["\\.\\.", "shared\\b"].join("[/\\\\]")),
  },
  {
    what: "the workplace's own folders",
    pattern: new RegExp(["(?<![\\w.])", "work", "(?:wt|shared|main)\\b"].join("/")),
  },
];

/** A relative path in a string literal: two dots, a slash, and on. */
const RELATIVE_PATH = /["'`]((?:\.\.\/)+[^"'`\s$]*)["'`]/g;

function filesUnder(entry: string): string[] {
  const full = path.join(ROOT, entry);
  const stat = statSync(full, { throwIfNoEntry: false });
  if (stat === undefined) return [];
  if (stat.isFile()) return [entry];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((dirent) => dirent.isFile() && TEXT.test(dirent.name))
    .map((dirent) => path.relative(ROOT, path.join(dirent.parentPath, dirent.name)));
}

const files = SCANNED.flatMap(filesUnder).filter((file) => !file.includes("node_modules"));

/** Where `text` of `file` points outside the repository, one line per place. */
function outsideReferences(file: string, text: string): string[] {
  const found: string[] = [];
  text.split("\n").forEach((line, index) => {
    for (const { what, pattern } of FORBIDDEN)
      if (pattern.test(line)) found.push(`${file}:${index + 1}: ${what}: ${line.trim()}`);
    for (const match of line.matchAll(RELATIVE_PATH)) {
      const target = path.resolve(ROOT, path.dirname(file), match[1] ?? "");
      if (path.relative(ROOT, target).startsWith(".."))
        found.push(`${file}:${index + 1}: leaves the repository: ${match[1]}`);
    }
  });
  return found;
}

test("scans the folders and files a fresh clone runs", () => {
  expect(files).toEqual(
    expect.arrayContaining(["README.md", "src/taskpane/host.ts", "test/standalone.test.ts", ".ci/run"]),
  );
  expect(files.length).toBeGreaterThan(100);
});

test("no file refers to a path outside the repository", () => {
  expect(
    files.flatMap((file) => outsideReferences(file, readFileSync(path.join(ROOT, file), "utf8"))),
  ).toEqual([]);
});

test("the check sees the references it is there to catch", () => {
  const up = "..";
  const shared = [up, "shared", "DESIGN.md"].join("/");
  expect(outsideReferences("src/x.ts", `// see ${shared}`)).toHaveLength(1);
  expect(outsideReferences("README.md", ["/work", "shared", "reference"].join("/"))).toHaveLength(1);
  const quoted = (text: string) => `const a = "${text}";`;
  expect(
    outsideReferences("test/build/x.ts", quoted([up, up, up, "elsewhere", "file.xsd"].join("/"))),
  ).toHaveLength(1);
  expect(outsideReferences("test/build/x.ts", quoted([up, up].join("/")))).toEqual([]);
});
