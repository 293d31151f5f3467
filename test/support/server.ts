/**
 * The playground built as `npm start` builds it (development mode, same webpack.config.js), but
 * only its own page, into a temporary folder, and served over plain HTTP on 127.0.0.1.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import HtmlWebpackPlugin from "html-webpack-plugin";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "../..");

type WebpackConfigModule = (
  env: Readonly<Record<string, string>>,
  argv: { readonly mode: "production" | "development" },
) => webpack.Configuration;

const configModule = createRequire(__filename)(path.join(ROOT, "webpack.config.js")) as WebpackConfigModule;

export const PAGE = "playground";

/** Builds playground.html and what it loads into `outputPath`. */
export function buildPlayground(outputPath: string): Promise<void> {
  const full = configModule({ outputPath }, { mode: "development" });
  const entries = full.entry as Record<string, string>;
  const entry = entries[PAGE];
  if (entry === undefined) throw new Error(`webpack.config.js has no "${PAGE}" page`);
  const config: webpack.Configuration = {
    ...full,
    entry: { [PAGE]: entry },
    // Source maps are for people; the test only needs the code. The cache makes later runs quick.
    devtool: false,
    cache: { type: "filesystem", cacheDirectory: path.join(ROOT, "node_modules/.cache/pgs-playground-test") },
    plugins: (full.plugins ?? []).filter(
      (plugin) => !(plugin instanceof HtmlWebpackPlugin) || plugin.userOptions.filename === `${PAGE}.html`,
    ),
    infrastructureLogging: { level: "error" },
  };
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".xml": "application/xml",
  ".png": "image/png",
};

export type Served = { readonly url: string; readonly close: () => Promise<void> };

/** A static server for `dir` on 127.0.0.1 and a free port. */
export function serve(dir: string): Promise<Served> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = path.join(dir, path.normalize(pathname).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

export type Site = Served & { readonly dir: string; readonly dispose: () => Promise<void> };

export async function buildAndServe(): Promise<Site> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pgs-playground-"));
  await buildPlayground(dir);
  const served = await serve(dir);
  return {
    ...served,
    dir,
    dispose: async () => {
      await served.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
