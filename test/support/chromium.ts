/**
 * Debian's Chromium driven through playwright-core, for the tests and the benchmark that load the
 * built pages, and the stand-in for office.js those pages load from Microsoft's CDN.
 */
import { chromium, type Browser, type BrowserContext } from "playwright-core";

import { findProgram } from "./programs";

export const CHROMIUM = findProgram("chromium");

export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM.path ?? "/usr/bin/chromium", args: [...CHROMIUM_ARGS] });
}

/**
 * What the pages get instead of office.js, which Microsoft's CDN serves and this machine cannot
 * reach: an Office whose onReady settles at once with no host, as office.js does in a plain browser
 * tab. The pane then starts up, loads office-js-helpers, finds it is not in Word and says so.
 */
export const OFFICE_JS_STAND_IN = `window.Office = {
  onReady: function (callback) {
    var info = { host: null, platform: null };
    if (callback) callback(info);
    return Promise.resolve(info);
  },
  context: { displayLanguage: "it-IT", requirements: { isSetSupported: function () { return false; } } },
  actions: { associate: function () {} },
};
`;

/**
 * Answers every request for office.js with the stand-in, from the CDN's own address: the page's
 * Content-Security-Policy judges it as it would judge the real file.
 */
export async function standInForOfficeJs(context: BrowserContext, officeJsUrl: string): Promise<void> {
  await context.route(officeJsUrl, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: OFFICE_JS_STAND_IN }),
  );
}
