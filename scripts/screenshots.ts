/**
 * `npm run screenshots`: the pictures in docs/, made from the code as it is.
 *
 * - the task pane at 320 px (Word for Windows' default width) in light, dark and high contrast;
 * - the playground: the document beside the pane;
 * - page 1 of the template as LibreOffice renders it (soffice --convert-to pdf, then pdftoppm);
 * - the top of a `pgs report` page over a generated corpus (`npm run screenshots -- report` makes
 *   this one alone).
 *
 * Builds the playground as the tests do and drives Debian's Chromium through playwright-core.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import type { Page } from "playwright-core";

import { writeCorpus } from "../test/support/corpus";
import { runPgs } from "../test/support/pgs";
import { loadTemplate } from "../test/support/template";
import { STRINGS } from "../src/taskpane/strings";
import { launchChromium } from "../test/support/chromium";
import { openPlayground } from "../test/support/playground-page";
import { buildAndServe } from "../test/support/server";
import { TEMPLATE_PATH } from "../test/support/documents";

const DOCS = path.resolve(__dirname, "../docs");
/** Each picture, the pane's theme it shows, and the playground's «Tema di Office» that gives it. */
const THEMES = [
  { theme: "light", office: "white" },
  { theme: "dark", office: "black" },
  { theme: "high-contrast", office: "high-contrast" },
] as const;

async function shootPane(page: Page, file: string): Promise<void> {
  await page.locator(".panel-column").screenshot({ path: path.join(DOCS, file) });
  process.stderr.write(`[screenshots] docs/${file}\n`);
}

/** A report over 30 plans (6 distinct, generated through the document layer), its first screen. */
async function shootReport(): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), "pgs-screenshots-report-"));
  const browser = await launchChromium();
  try {
    const corpus = await writeCorpus(await loadTemplate(), path.join(work, "piani"), 30, 6, 20170901);
    const html = path.join(work, "sintesi.html");
    const result = await runPgs(["report", corpus.dir, "--html", html]);
    if (result.code !== 0) throw new Error(`pgs report: ${result.stderr}`);
    const page = await browser.newPage({ viewport: { width: 1000, height: 1500 } });
    await page.goto(`file://${html}`);
    await page.screenshot({ path: path.join(DOCS, "pgs-report.png") });
    process.stderr.write("[screenshots] docs/pgs-report.png\n");
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  mkdirSync(DOCS, { recursive: true });
  if (process.argv.includes("report")) return shootReport();
  const [site, browser] = await Promise.all([buildAndServe(), launchChromium()]);
  try {
    const errors: string[] = [];
    for (const { theme, office } of THEMES) {
      const page = await openPlayground(browser, site, errors, `?pane=320&theme=${office}`, {
        width: 1280,
        height: 900,
      });
      if (theme === "high-contrast") await page.emulateMedia({ forcedColors: "active" });
      await page.locator(`[data-theme="${theme}"]`).waitFor();
      await shootPane(page, `pane-320-${theme}.png`);
      if (theme === "light") {
        await page.screenshot({ path: path.join(DOCS, "playground.png") });
        process.stderr.write("[screenshots] docs/playground.png\n");
        await page.getByRole("complementary").getByRole("button", { name: STRINGS.it.planningTitle }).click();
        await page.getByRole("complementary").getByRole("grid").waitFor();
        await page.locator(".panel-slot").evaluate((slot) => slot.scrollTo(0, 0));
        await shootPane(page, "pane-320-planning.png");
      }
      await page.close();
    }
    if (errors.length > 0) throw new Error(errors.join("; "));
  } finally {
    await browser.close();
    await site.dispose();
  }

  const work = mkdtempSync(path.join(os.tmpdir(), "pgs-screenshots-"));
  try {
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${work}/profile`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        work,
        TEMPLATE_PATH,
      ],
      { stdio: "ignore" },
    );
    const pdf = path.join(work, `${path.basename(TEMPLATE_PATH, ".docx")}.pdf`);
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "60",
      "-f",
      "1",
      "-l",
      "1",
      "-singlefile",
      pdf,
      path.join(work, "page"),
    ]);
    renameSync(path.join(work, "page.png"), path.join(DOCS, "template-page-1.png"));
    process.stderr.write("[screenshots] docs/template-page-1.png\n");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  await shootReport();
}

main().catch((error: unknown) => {
  process.stderr.write(`screenshots: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
