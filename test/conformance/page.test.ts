/**
 * conformance.html's code in a real browser over the emulator (conformance-emulated.html, built as
 * `npm start` builds it): every case runs, agrees with the profile's expected data, the timings on
 * the template are measured, and the report is the JSON a committed report must be.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import HtmlWebpackPlugin from "html-webpack-plugin";
import { chromium, type Browser } from "playwright-core";
import webpack from "webpack";
import { CASES } from "../../src/conformance/cases";
import { parseReport } from "../../src/conformance/report";
import { type Served, serve } from "../support/server";
import { CHROMIUM, CHROMIUM_ARGS } from "../support/chromium";
import { describeWithProgram } from "../support/programs";

const ROOT = path.resolve(__dirname, "../..");
const PAGE = "conformance-emulated";

type WebpackConfigModule = (
  env: Readonly<Record<string, string>>,
  argv: { readonly mode: "production" | "development" },
) => webpack.Configuration;

function buildPage(outputPath: string): Promise<void> {
  const configModule = createRequire(__filename)(path.join(ROOT, "webpack.config.js")) as WebpackConfigModule;
  const full = configModule({ outputPath }, { mode: "development" });
  const entry = (full.entry as Record<string, string>)[PAGE];
  if (entry === undefined) throw new Error(`webpack.config.js has no "${PAGE}" page`);
  const config: webpack.Configuration = {
    ...full,
    entry: { [PAGE]: entry },
    devtool: false,
    cache: {
      type: "filesystem",
      cacheDirectory: path.join(ROOT, "node_modules/.cache/pgs-conformance-test"),
    },
    plugins: (full.plugins ?? []).filter(
      (plugin) => !(plugin instanceof HtmlWebpackPlugin) || plugin.userOptions.filename === `${PAGE}.html`,
    ),
    infrastructureLogging: { level: "error" },
  };
  return new Promise((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

describeWithProgram(CHROMIUM, "the conformance page over the emulator", () => {
  let dir: string;
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "pgs-conformance-"));
    await buildPage(dir);
    [served, browser] = await Promise.all([
      serve(dir),
      chromium.launch({ executablePath: CHROMIUM.path ?? "/usr/bin/chromium", args: [...CHROMIUM_ARGS] }),
    ]);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test.each(["desktop", "web"])(
    "on the %s profile every case agrees with the emulator's expectation, and the report says so",
    async (profile) => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${served.url}${PAGE}.html?profile=${profile}`);
      await page.getByRole("button", { name: "Esegui i casi" }).click();
      await page
        .getByTestId("status")
        .filter({ hasText: /^Fatto:/ })
        .waitFor({ timeout: 120_000 });
      expect(await page.locator("tr[data-case]").count()).toBe(CASES.length);
      expect(
        await page
          .locator('tr[data-agrees="false"]')
          .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-case"))),
      ).toEqual([]);
      const report = parseReport(await page.getByLabel("Rapporto").inputValue());
      expect(Object.keys(report.observations).sort()).toEqual(CASES.map((c) => c.id).sort());
      expect(Object.keys(report.timings)).toEqual(["readPlanMs", "applyOneMarkMs", "recordVersionMs"]);
      expect(errors).toEqual([]);
      await page.close();
    },
    180_000,
  );
});
