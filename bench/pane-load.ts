/**
 * Cold loads of a built pane in headless Chromium: each load in a fresh browser context (empty
 * cache), served from 127.0.0.1, timed from navigation start until the pane is usable.
 */
import { chromium } from "playwright-core";

import { CHROMIUM, CHROMIUM_ARGS, standInForOfficeJs } from "../test/support/chromium";
import { serve } from "../test/support/server";
import { median } from "./measure";
import { PANE_PAGE, webpackConfig } from "./pane-build";

/**
 * What "usable" means for each page: the bare pane once its Button is drawn; the real pane once
 * start-up has settled and its answer is drawn. Under the office.js stand-in that answer is the
 * message bar saying the page is outside Word: office.js, the helpers chunk and start-up included.
 */
export const READY_SELECTOR = {
  bare: ".fui-Button",
  pane: "main .fui-MessageBar",
} as const;

/** Milliseconds from navigation start until `selector` first matches, for each of `runs` cold loads. */
export async function coldLoads(dir: string, selector: string, runs: number): Promise<number[]> {
  if (CHROMIUM.path === null) throw new Error(`chromium not found (${CHROMIUM.hint})`);
  const served = await serve(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM.path, args: [...CHROMIUM_ARGS] });
  try {
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext();
      await standInForOfficeJs(context, webpackConfig.OFFICE_JS);
      // Noted inside the page, at the mutation that draws it: no round trip to the driver counted.
      // A string, not a function: what tsx compiles may call helpers the page does not have.
      await context.addInitScript(`new MutationObserver(function (_, observer) {
        if (document.querySelector(${JSON.stringify(selector)}) === null) return;
        window.readyAt = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });`);
      const page = await context.newPage();
      await page.goto(`${served.url}${PANE_PAGE}.html`);
      await page.waitForFunction(
        () => typeof (window as unknown as { readyAt?: number }).readyAt === "number",
      );
      times.push(await page.evaluate(() => (window as unknown as { readyAt: number }).readyAt));
      await context.close();
    }
    return times;
  } finally {
    await browser.close();
    await served.close();
  }
}

export type ColdLoad = { readonly paneMs: number; readonly bareMs: number; readonly ratio: number };

/** Alternates the two pages so that a busy moment of the machine weighs on both alike. */
export async function compareColdLoads(paneDir: string, bareDir: string, runs: number): Promise<ColdLoad> {
  const pane: number[] = [];
  const bare: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    bare.push(...(await coldLoads(bareDir, READY_SELECTOR.bare, 1)));
    pane.push(...(await coldLoads(paneDir, READY_SELECTOR.pane, 1)));
  }
  const paneMs = median(pane);
  const bareMs = median(bare);
  return { paneMs, bareMs, ratio: paneMs / bareMs };
}
