/**
 * The production task pane, and the bare pane it is measured against, built with the project's
 * own webpack.config.js, and the sizes of the JavaScript each page loads.
 */
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { gzipSync } from "node:zlib";
import HtmlWebpackPlugin from "html-webpack-plugin";
import webpack from "webpack";

import { REPO_ROOT } from "../test/support/pgs";

type WebpackConfigModule = ((
  env: Readonly<Record<string, string>>,
  argv: { readonly mode: "production" | "development" },
) => webpack.Configuration) & { readonly OFFICE_JS: string };

// webpack.config.js is CommonJS without type declarations: load it as webpack-cli does.
export const webpackConfig = createRequire(__filename)(
  path.join(REPO_ROOT, "webpack.config.js"),
) as WebpackConfigModule;

/** The yardstick: React 19, a FluentProvider and one Button, and nothing else. */
export const BARE_PANE_ENTRY = "./bench/bare-pane/index.tsx";

export const PANE_PAGE = "taskpane";

/**
 * Builds taskpane.html for production into `outputPath`: the real pane, or with `entry` in place of
 * its code (same page, same configuration, same Content-Security-Policy).
 */
export function buildPane(outputPath: string, entry?: string): Promise<webpack.Stats> {
  const full = webpackConfig({ outputPath }, { mode: "production" });
  const config: webpack.Configuration =
    entry === undefined
      ? full
      : {
          ...full,
          entry: { [PANE_PAGE]: entry },
          plugins: (full.plugins ?? []).filter(
            (plugin) =>
              !(plugin instanceof HtmlWebpackPlugin) || plugin.userOptions.filename === `${PANE_PAGE}.html`,
          ),
        };
  return new Promise((resolve, reject) => {
    webpack({ ...config, infrastructureLogging: { level: "error" } }, (error, stats) => {
      if (error) return reject(error);
      if (stats === undefined) return reject(new Error("webpack returned no stats"));
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(stats);
    });
  });
}

export type ScriptSize = { readonly file: string; readonly bytes: number; readonly gzip: number };

export type PaneSizes = {
  /** The scripts taskpane.html loads, and those its entry fetches at once: the critical path. */
  readonly critical: readonly ScriptSize[];
  /** Chunks loaded on demand: office-js-helpers during start-up, the sections when opened. */
  readonly onDemand: readonly ScriptSize[];
};

/** gzip at level 9, as a static host precompresses. */
const gzipBytes = (data: Buffer): number => gzipSync(data, { level: 9 }).length;

export const sum = (sizes: readonly ScriptSize[], key: "bytes" | "gzip"): number =>
  sizes.reduce((total, size) => total + size[key], 0);

/**
 * The chunk the pane's entry fetches at once, before the pane is usable (src/taskpane/index.ts):
 * on the critical path as much as taskpane.html's own scripts.
 */
export const FIRST_SCREEN_CHUNK = "shell";

/** The files of the first-screen chunk and the chunks split from it, from the build's stats. */
export function firstScreenFiles(stats: webpack.Stats): string[] {
  const group = stats.compilation.namedChunkGroups.get(FIRST_SCREEN_CHUNK);
  return group === undefined ? [] : group.chunks.flatMap((chunk) => [...chunk.files]);
}

/**
 * The pane's scripts in a built folder, split by how taskpane.html gets them: its own scripts and
 * `firstScreen` (the files its entry fetches before the pane is usable) are the critical path.
 */
export function paneSizes(dir: string, firstScreen: readonly string[] = []): PaneSizes {
  const html = readFileSync(path.join(dir, `${PANE_PAGE}.html`), "utf8");
  const loaded = new Set([
    ...[...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)"?/g)]
      .map((match) => match[1] ?? "")
      .filter((src) => !/^https?:/.test(src)),
    ...firstScreen,
  ]);
  const size = (file: string): ScriptSize => {
    const data = readFileSync(path.join(dir, file));
    return { file, bytes: data.length, gzip: gzipBytes(data) };
  };
  const scripts = readdirSync(dir)
    .filter((file) => file.endsWith(".js") && !file.startsWith("commands."))
    .sort();
  if (![...loaded].every((file) => scripts.includes(file)))
    throw new Error(`${PANE_PAGE}.html loads scripts that are not in ${dir}`);
  return {
    critical: scripts.filter((file) => loaded.has(file)).map(size),
    onDemand: scripts.filter((file) => !loaded.has(file)).map(size),
  };
}
