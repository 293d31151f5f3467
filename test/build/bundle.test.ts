import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { type Page as BrowserPage, chromium } from "playwright-core";
import webpack from "webpack";

import { CHROMIUM, CHROMIUM_ARGS, standInForOfficeJs } from "../support/chromium";
import { inventoryTable } from "../support/inventory";
import { describeWithProgram } from "../support/programs";
import { serve } from "../support/server";

const ROOT = path.resolve(__dirname, "../..");

type Page = { readonly name: string; readonly entry: string; readonly devOnly?: boolean };
type WebpackConfigModule = ((
  env: Readonly<Record<string, string>>,
  argv: { readonly mode: "production" | "development" },
) => webpack.Configuration) & {
  readonly PAGES: readonly Page[];
  readonly OFFICE_JS: string;
  readonly CONTENT_SECURITY_POLICY: readonly string[];
};

// webpack.config.js is CommonJS without type declarations: load it as webpack-cli does.
const configModule = createRequire(__filename)(path.join(ROOT, "webpack.config.js")) as WebpackConfigModule;

/** Folders and packages that must never reach the shipped pages (only the product ships: no emulator, playground, builder or test code). */
const FORBIDDEN: readonly { readonly what: string; readonly path: string }[] = [
  { what: "the Word emulator", path: "src/emulator/" },
  { what: "the playground", path: "src/playground/" },
  { what: "the command-line tool", path: "src/cli/" },
  { what: "the OOXML template builder and reader", path: "src/docx/" },
  { what: "test code", path: "test/" },
  { what: "benchmark code", path: "bench/" },
  { what: "build scripts", path: "scripts/" },
  { what: "xmldom (only the OOXML code needs it)", path: "node_modules/@xmldom/" },
  { what: "fast-check", path: "node_modules/fast-check/" },
  { what: "Playwright", path: "node_modules/playwright-core/" },
];

/**
 * The one exception: the pane builds a template for school years other than the official file's
 * with the builder of assets/, loaded by `import()` (src/taskpane/template-for-years.ts). The
 * builder, the small modules it needs, the zip writer and fflate may ship in those chunks only,
 * never on the first screen; the OOXML reader never ships in the pane.
 */
const BUILDER_CHUNK = "template-builder";
const BUILDER_MODULES: readonly string[] = [
  "src/docx/build/",
  "src/docx/addin-reference.ts",
  "src/docx/namespaces.ts",
  "src/docx/paths.ts",
  "src/docx/xml-escape.ts",
  "src/docx/zip-write.ts",
  "node_modules/fflate/",
];

/**
 * The other exception: the conformance page writes the packages it inserts and reads back the one
 * Word saved, with the zip writer and reader of src/docx (and what the reader needs for its
 * errors), the namespaces and escaping its fixtures are written with, and nothing else of the OOXML
 * code.
 */
const CONFORMANCE_ENTRY = "conformance";
const CONFORMANCE_ZIP_MODULES: readonly string[] = [
  "src/docx/zip.ts",
  "src/docx/zip-write.ts",
  "src/docx/read-error.ts",
  "src/docx/messages.ts",
  "src/docx/namespaces.ts",
  "src/docx/xml-escape.ts",
];

const BASE_URL = "https://pgs.example.org/addin/";

/** Every source file in `chunks`, relative to the repository, concatenated ones included. */
function sourceFiles(stats: webpack.Stats, chunks: Iterable<webpack.Chunk>): string[] {
  const { compilation } = stats;
  const files = new Set<string>();
  const visit = (module: webpack.Module): void => {
    const resource = module.nameForCondition();
    if (resource) files.add(path.relative(ROOT, resource).split(path.sep).join("/"));
    // A concatenated module (scope hoisting) carries the modules it swallowed.
    const nested: unknown = (module as { modules?: unknown }).modules;
    if (Array.isArray(nested)) (nested as webpack.Module[]).forEach(visit);
  };
  for (const chunk of chunks) {
    for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) visit(module);
  }
  return [...files].sort();
}

/** Every source file in the emitted chunks. */
const shippedFiles = (stats: webpack.Stats): string[] => sourceFiles(stats, stats.compilation.chunks);

/** The chunks `import("../docx/build")` loads, and every other chunk. */
function splitByBuilder(stats: webpack.Stats): { builder: webpack.Chunk[]; others: webpack.Chunk[] } {
  const group = stats.compilation.namedChunkGroups.get(BUILDER_CHUNK);
  if (group === undefined)
    throw new Error(`no "${BUILDER_CHUNK}" chunk: has the pane stopped loading the builder?`);
  const builder = new Set(group.chunks);
  return {
    builder: [...builder],
    others: [...stats.compilation.chunks].filter((chunk) => !builder.has(chunk)),
  };
}

/** The chunks an entry point loads itself. */
function entryChunks(stats: webpack.Stats, name: string): webpack.Chunk[] {
  const entrypoint = stats.compilation.entrypoints.get(name);
  if (entrypoint === undefined) throw new Error(`no ${name} entry point`);
  return entrypoint.chunks;
}

/** The chunk taskpane.html's entry fetches at once, with React and Fluent UI: the shell. */
const SHELL_CHUNK = "shell";

function shellChunks(stats: webpack.Stats): webpack.Chunk[] {
  const group = stats.compilation.namedChunkGroups.get(SHELL_CHUNK);
  if (group === undefined)
    throw new Error(`no "${SHELL_CHUNK}" chunk: has the pane stopped fetching its shell?`);
  return group.chunks;
}

/**
 * The source files on the pane's critical path: the scripts taskpane.html loads itself, and the
 * shell they fetch at once, which must arrive before the pane is usable.
 */
function criticalPathFiles(stats: webpack.Stats): string[] {
  return sourceFiles(stats, [...entryChunks(stats, "taskpane"), ...shellChunks(stats)]);
}

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Code that turns a string into code: eval, new Function, Function("…") and the (0, eval) form.
 * `isFunction(` or `.eval(` are other names and do not match.
 */
const EVALUATES_CODE = /(?<![\w$.])(?:eval\s*\(|\(\s*\d+\s*,\s*eval\s*\)|new\s+Function\b|Function\s*\()/;

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
  let critical: string[];
  let builderFiles: string[];
  let conformanceFiles: string[];
  let elsewhere: string[];

  beforeAll(async () => {
    outDir = mkdtempSync(path.join(os.tmpdir(), "pgs-bundle-"));
    stats = await build(outDir);
    files = shippedFiles(stats);
    critical = criticalPathFiles(stats);
    const { builder, others } = splitByBuilder(stats);
    builderFiles = sourceFiles(stats, builder);
    const conformance = new Set(entryChunks(stats, CONFORMANCE_ENTRY));
    conformanceFiles = sourceFiles(stats, conformance);
    const outsideConformance = sourceFiles(
      stats,
      others.filter((chunk) => !conformance.has(chunk)),
    );
    // The conformance page's zip modules are its exception; anything else there is checked as usual.
    elsewhere = [
      ...outsideConformance,
      ...conformanceFiles.filter((file) => !CONFORMANCE_ZIP_MODULES.includes(file)),
    ];
  }, 400_000);

  afterAll(() => {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(`${outDir}-sourcemaps`, { recursive: true, force: true });
  });

  test("builds only the shipped pages, never a development-only one", () => {
    const shipped = configModule.PAGES.filter((p) => p.devOnly !== true).map((p) => p.name);
    expect(Object.keys(stats.toJson({ all: false, entrypoints: true }).entrypoints ?? {}).sort()).toEqual(
      [...shipped].sort(),
    );
    expect(shipped).toEqual(expect.arrayContaining(["taskpane", "commands"]));
  });

  test("really contains the task pane and the ribbon commands", () => {
    expect(files).toEqual(expect.arrayContaining(["src/taskpane/index.ts", "src/taskpane/host.ts"]));
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

  test.each(FORBIDDEN)(
    "contains no module of $what outside the builder's own chunks and the conformance page's zip modules",
    ({ path: forbidden }) => {
      expect(elsewhere.filter((f) => f.startsWith(forbidden))).toEqual([]);
    },
  );

  test("the conformance page holds the zip reader and writer of src/docx, and no other OOXML code", () => {
    expect(conformanceFiles).toEqual(expect.arrayContaining(["src/docx/zip.ts", "src/docx/zip-write.ts"]));
    expect(
      conformanceFiles.filter(
        (file) => file.startsWith("src/docx/") && !CONFORMANCE_ZIP_MODULES.includes(file),
      ),
    ).toEqual([]);
  });

  test("the builder's chunks hold the builder, what it needs and the plan, and nothing of the first screen's", () => {
    expect(builderFiles).toEqual(expect.arrayContaining(["src/docx/build/build-template.ts"]));
    const allowed = (file: string) =>
      BUILDER_MODULES.some((module) => file.startsWith(module)) || file.startsWith("src/plan/");
    expect(builderFiles.filter((file) => !allowed(file))).toEqual([]);
    expect(critical.filter((file) => BUILDER_MODULES.some((module) => file.startsWith(module)))).toEqual([]);
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

  test("ships no source map and no sourceMappingURL; the maps are beside the output, one per script", () => {
    const shipped = filesUnder(outDir);
    expect(shipped.filter((file) => file.endsWith(".map"))).toEqual([]);
    for (const file of shipped.filter((f) => /\.(js|html|txt)$/.test(f)))
      expect(readFileSync(path.join(outDir, file), "utf8")).not.toContain("sourceMappingURL");
    const scripts = shipped.filter((file) => file.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(2);
    expect(filesUnder(`${outDir}-sourcemaps`)).toEqual(scripts.map((file) => `${file}.map`).sort());
    const map = JSON.parse(readFileSync(path.join(`${outDir}-sourcemaps`, `${scripts[0]}.map`), "utf8")) as {
      file: string;
      sources: string[];
    };
    expect(map.file).toBe(scripts[0]);
    expect(map.sources.length).toBeGreaterThan(0);
  });

  test("no shipped script turns a string into code (eval, new Function)", () => {
    expect(EVALUATES_CODE.test('x=new Function("return this")()')).toBe(true);
    expect(EVALUATES_CODE.test("r=r||(0,eval)('this')")).toBe(true);
    expect(EVALUATES_CODE.test("o.isFunction(f)&&a.eval(b)")).toBe(false);
    const offenders = filesUnder(outDir)
      .filter((file) => file.endsWith(".js"))
      .map((file) => ({
        file,
        found: EVALUATES_CODE.exec(readFileSync(path.join(outDir, file), "utf8"))?.[0],
      }))
      .filter((hit) => hit.found !== undefined);
    expect(offenders).toEqual([]);
  });

  test("every page carries the Content-Security-Policy: scripts from itself and Microsoft's CDN, no eval", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const html = readFileSync(path.join(outDir, page), "utf8");
      const policy = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1];
      expect(policy?.split("; ")).toEqual(configModule.CONTENT_SECURITY_POLICY);
      const scriptSrc = configModule.CONTENT_SECURITY_POLICY.find((d) => d.startsWith("script-src "));
      expect(scriptSrc?.split(" ").slice(1)).toEqual([
        "'self'",
        "https://appsforoffice.microsoft.com/lib/1/hosted/",
        "https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js",
      ]);
      expect(configModule.CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
  });

  test("the first screen (the shell and its spinner) waits for neither the panel, nor any section, nor office-js-helpers", () => {
    expect(critical).toEqual(expect.arrayContaining(["src/taskpane/index.ts", "src/taskpane/host.ts"]));
    const onDemand = [
      "node_modules/@microsoft/office-js-helpers/",
      "src/taskpane/word-panel.tsx",
      "src/taskpane/panel/Panel.tsx",
      "src/taskpane/panel/ServiceLevels.tsx",
      "src/taskpane/panel/Planning.tsx",
      "src/taskpane/panel/Students.tsx",
      "src/taskpane/panel/Versions.tsx",
      "src/taskpane/panel/Texts.tsx",
      "src/taskpane/panel/Problems.tsx",
      "src/taskpane/panel/BlankDocument.tsx",
      "src/docx/build/build-template.ts",
      "src/word/apply-changes.ts",
    ];
    for (const module of onDemand) {
      expect(files.some((file) => file.startsWith(module))).toBe(true);
      expect(critical.filter((file) => file.startsWith(module))).toEqual([]);
    }
  });

  test("the first screen is drawn before React: taskpane.html's own script holds neither React nor Fluent UI, its shell does", () => {
    const own = sourceFiles(stats, entryChunks(stats, "taskpane"));
    expect(own).toEqual(expect.arrayContaining(["src/taskpane/index.ts", "src/taskpane/host.ts"]));
    const heavy = ["node_modules/react-dom/", "node_modules/@fluentui/"];
    expect(own.filter((file) => heavy.some((module) => file.startsWith(module)))).toEqual([]);
    const shell = sourceFiles(stats, shellChunks(stats));
    for (const module of heavy) expect(shell.some((file) => file.startsWith(module))).toBe(true);
  });

  test("ships no package that docs/dependencies.md does not list", () => {
    const listed = new Set(
      [...inventoryTable("Direct"), ...inventoryTable("Shipped with them")].map((row) => row.name),
    );
    const shipped = new Set(
      files
        .map((file) => /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1])
        .filter((name) => name !== undefined),
    );
    expect(shipped.size).toBeGreaterThan(5);
    expect([...shipped].filter((name) => !listed.has(name))).toEqual([]);
  });

  test("Fluent UI's tokens object is not shipped: every style reads its string directly", () => {
    expect(files.filter((file) => file.startsWith("node_modules/@fluentui/tokens/lib/tokens"))).toEqual([]);
  });

  describeWithProgram(CHROMIUM, "the built pages in Chromium, under their own policy", () => {
    const violations = (page: BrowserPage): Promise<string[]> =>
      page.evaluate("window.cspViolations") as Promise<string[]>;

    test.each(["taskpane.html", "commands.html"])(
      "%s loads, starts and reports no Content-Security-Policy violation",
      async (file) => {
        const served = await serve(outDir);
        const browser = await chromium.launch({
          executablePath: CHROMIUM.path ?? "",
          args: [...CHROMIUM_ARGS],
        });
        try {
          const context = await browser.newContext();
          await standInForOfficeJs(context, configModule.OFFICE_JS);
          await context.addInitScript(`window.cspViolations = [];
            document.addEventListener("securitypolicyviolation", function (event) {
              window.cspViolations.push(event.violatedDirective + " " + event.blockedURI);
            });`);
          const page = await context.newPage();
          const errors: string[] = [];
          page.on("pageerror", (error) => errors.push(error.message));
          page.on("console", (message) => {
            if (message.type() === "error") errors.push(message.text());
          });
          await page.goto(`${served.url}${file}`, { waitUntil: "load" });
          if (file === "taskpane.html") {
            // Start-up ran to its end: office.js (stood in), office-js-helpers' chunk, the answer.
            await page.getByText("Non sei in Word").waitFor({ timeout: 20_000 });
            // The sections' chunks are prefetched once the first screen is up.
            await page.waitForLoadState("networkidle");
          }
          expect(await violations(page)).toEqual([]);
          expect(errors).toEqual([]);

          // The listener does hear the policy: an inline script is refused and reported.
          await page.evaluate(
            `document.head.append(Object.assign(document.createElement("script"), { textContent: "window.ran = true" }))`,
          );
          await page.waitForFunction("window.cspViolations.length > 0");
          expect(await violations(page)).toEqual([expect.stringMatching(/^script-src-elem inline/)]);
          expect(await page.evaluate("window.ran")).toBeUndefined();
        } finally {
          await browser.close();
          await served.close();
        }
      },
      60_000,
    );
  });
});
