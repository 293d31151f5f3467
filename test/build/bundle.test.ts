import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "../..");

type Page = { readonly name: string; readonly entry: string; readonly devOnly?: boolean };
type WebpackConfigModule = ((
  env: Readonly<Record<string, string>>,
  argv: { readonly mode: "production" | "development" },
) => webpack.Configuration) & {
  readonly PAGES: readonly Page[];
  readonly OFFICE_JS: string;
};

// webpack.config.js is CommonJS without type declarations: load it as webpack-cli does.
const configModule = createRequire(__filename)(path.join(ROOT, "webpack.config.js")) as WebpackConfigModule;

/** Folders and packages that must never reach the shipped pages (DESIGN invariant 5). */
const FORBIDDEN: readonly { readonly what: string; readonly path: string }[] = [
  { what: "the Word emulator", path: "src/emulator/" },
  { what: "the playground", path: "src/playground/" },
  { what: "the command-line tool", path: "src/cli/" },
  { what: "the OOXML template builder and reader", path: "src/docx/" },
  { what: "test code", path: "test/" },
  { what: "benchmark code", path: "bench/" },
  { what: "build scripts", path: "scripts/" },
  { what: "JSZip (only the OOXML code needs it)", path: "node_modules/jszip/" },
  { what: "xmldom (only the OOXML code needs it)", path: "node_modules/@xmldom/" },
  { what: "fast-check", path: "node_modules/fast-check/" },
  { what: "Playwright", path: "node_modules/playwright-core/" },
];

const BASE_URL = "https://pgs.example.org/addin/";

/** Every source file in the emitted chunks, relative to the repository, concatenated ones included. */
function shippedFiles(stats: webpack.Stats): string[] {
  const { compilation } = stats;
  const files = new Set<string>();
  const visit = (module: webpack.Module): void => {
    const resource = module.nameForCondition();
    if (resource) files.add(path.relative(ROOT, resource).split(path.sep).join("/"));
    // A concatenated module (scope hoisting) carries the modules it swallowed.
    const nested: unknown = (module as { modules?: unknown }).modules;
    if (Array.isArray(nested)) (nested as webpack.Module[]).forEach(visit);
  };
  for (const chunk of compilation.chunks) {
    for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) visit(module);
  }
  return [...files].sort();
}

function build(outputPath: string): Promise<webpack.Stats> {
  const config = configModule({ outputPath, ADDIN_BASE_URL: BASE_URL }, { mode: "production" });
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats === undefined) return reject(new Error("webpack returned no stats"));
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(stats);
    });
  });
}

describe("the production build", () => {
  let outDir: string;
  let stats: webpack.Stats;
  let files: string[];

  beforeAll(async () => {
    outDir = mkdtempSync(path.join(os.tmpdir(), "pgs-bundle-"));
    stats = await build(outDir);
    files = shippedFiles(stats);
  }, 300_000);

  afterAll(() => {
    rmSync(outDir, { recursive: true, force: true });
  });

  test("builds only the shipped pages, never a development-only one", () => {
    const shipped = configModule.PAGES.filter((p) => p.devOnly !== true).map((p) => p.name);
    expect(Object.keys(stats.toJson({ all: false, entrypoints: true }).entrypoints ?? {}).sort()).toEqual(
      [...shipped].sort(),
    );
    expect(shipped).toEqual(expect.arrayContaining(["taskpane", "commands"]));
  });

  test("really contains the task pane and the ribbon commands", () => {
    expect(files).toEqual(expect.arrayContaining(["src/taskpane/index.tsx", "src/taskpane/host.ts"]));
    expect(files).toContain("src/commands/commands.ts");
  });

  test("contains the conformance page, with its cases as data and no emulator", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        "src/conformance/index.ts",
        "src/conformance/cases.ts",
        "src/conformance/page.ts",
      ]),
    );
    expect(files.filter((f) => f.startsWith("src/wiring/"))).toEqual([]);
    const manifest = readFileSync(path.join(outDir, "manifest.conformance.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    expect(manifest).toContain(`${BASE_URL}conformance.html`);
  });

  test.each(FORBIDDEN)("contains no module of $what", ({ path: forbidden }) => {
    expect(files.filter((f) => f.startsWith(forbidden))).toEqual([]);
  });

  test("the pages load office.js from Microsoft's CDN", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const html = readFileSync(path.join(outDir, page), "utf8");
      expect(html).toContain(`src=${configModule.OFFICE_JS}`);
    }
  });

  test("writes manifest.xml and the icons beside the pages, every URL moved to ADDIN_BASE_URL", () => {
    const manifest = readFileSync(path.join(outDir, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    const urls = manifest.match(/https?:\/\/[^"<\s]+/g) ?? [];
    const ours = urls.filter((u) => u.startsWith("https://pgs.example.org"));
    expect(ours.length).toBeGreaterThan(5);
    for (const url of ours) {
      if (url !== "https://pgs.example.org") expect(url.startsWith(BASE_URL)).toBe(true);
    }
    const icons = readdirSync(path.join(outDir, "assets"));
    expect(icons).toEqual(
      expect.arrayContaining(["icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]),
    );
  });
});
