// Builds the add-in's pages.
//
//   npm start       https://localhost:3000/ with every page, manifest.xml and the icons, in memory
//   npm run build   dist/: the shipped pages only, with dist/manifest.xml pointing at ADDIN_BASE_URL;
//                   their source maps go to dist-sourcemaps/, beside dist/ and never served
//
// Only the product ships (DESIGN invariant 5): a page marked `devOnly` is never in a production
// build, and test/build/bundle.test.ts checks that no emulator, playground, CLI or OOXML-builder
// module reaches the production bundle.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");

const ROOT = __dirname;
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The origin that manifest.xml names and that `npm start` serves. */
const DEV_BASE_URL = "https://localhost:3000/";
const DEV_PORT = 3000;
/** Where `/` sends a browser under `npm start`: without Word, the playground is the product. */
const DEV_HOME = "playground.html";

/**
 * The Content-Security-Policy of every page, as a <meta> tag (the pages are static files on any
 * host, so no response header can be counted on). Office publishes no list of what office.js needs
 * (office-js #1005, office-js-docs-pr #721, both open); what is allowed here, and why:
 * - scripts: our own files, and office.js with the host-specific files it loads from the same
 *   folder of Microsoft's CDN. office.js also loads MicrosoftAjax.js from ajax.aspnetcdn.com
 *   (office-js #1005, #5733; #6430 says Microsoft plans to drop it): that one file is allowed, by
 *   its full path. No 'unsafe-eval' and no 'unsafe-inline': the bundle has no eval and no
 *   new Function (test/build/bundle.test.ts scans it), and the pages have no inline script.
 * - styles: 'unsafe-inline', because Fluent UI's Griffel inserts <style> elements at run time and
 *   office.js's host files set inline styles too (office-js #1687). A nonce cannot replace it on
 *   static pages.
 * - nothing else is fetched, framed or posted: office.js talks to Office through postMessage or the
 *   host's bridge, which CSP does not govern. Assumption: office.js's own telemetry
 *   (browser.pipe.aria.microsoft.com in #1005) may be refused without breaking the add-in.
 * frame-ancestors cannot be set in a <meta> tag, and must not be: Word on the web frames the pane
 * from its own origins.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' https://appsforoffice.microsoft.com/lib/1/hosted/ https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** Under `npm start` the pages also talk to webpack-dev-server's live-reload socket. */
function contentSecurityPolicy(production) {
  const devSocket = new URL(DEV_BASE_URL).host;
  return CONTENT_SECURITY_POLICY.map((directive) =>
    !production && directive.startsWith("connect-src") ? `${directive} wss://${devSocket}` : directive,
  ).join("; ");
}

/**
 * The pages, one line each. `officeJs`: the page loads office.js from Microsoft's CDN (the only
 * copy Microsoft supports). `devOnly`: served by `npm start`, never built for production.
 */
const PAGES = [
  {
    name: "taskpane",
    entry: "./src/taskpane/index.ts",
    title: "Piano Generale di Supporto",
    officeJs: true,
  },
  {
    name: "commands",
    entry: "./src/commands/commands.ts",
    title: "Piano Generale di Supporto: comandi",
    officeJs: true,
  },
  // The «Registra versione» dialog that the ribbon's function command opens (DialogApi 1.1).
  {
    name: "version-dialog",
    entry: "./src/commands/version-dialog.ts",
    title: "Piano Generale di Supporto: registra versione",
    officeJs: true,
  },
  // Runs the conformance cases inside real Word (manifest.conformance.xml): shipped, so an
  // administrator can run it on their tenant. It carries the cases' expected data, not the emulator.
  {
    name: "conformance",
    entry: "./src/conformance/index.ts",
    title: "Piano Generale di Supporto: verifica dell'emulatore",
    officeJs: true,
  },
  // The same page over the emulator, for the Chromium test (?profile=web picks the profile).
  {
    name: "conformance-emulated",
    entry: "./src/wiring/conformance-page.ts",
    title: "Verifica dell'emulatore (emulato)",
    officeJs: false,
    devOnly: true,
  },
  // The document and the real panel side by side over the Word emulator, for a machine without
  // Word (https://localhost:3000/playground.html). It fetches the template, which it imports with
  // `new URL(…, import.meta.url)`: webpack emits the .docx beside the page, no rule needed.
  {
    name: "playground",
    entry: "./src/playground/index.ts",
    title: "Piano Generale di Supporto: playground",
    officeJs: false,
    devOnly: true,
  },
];

/** The production base URL: one setting, ADDIN_BASE_URL, for every URL in the manifest. */
function baseUrlFromEnv(env) {
  const raw = env.ADDIN_BASE_URL ?? DEV_BASE_URL;
  const url = new URL(raw);
  if (url.protocol !== "https:")
    throw new Error(`ADDIN_BASE_URL must be an https URL (Office requires it): ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * manifest.xml with every development URL moved to `baseUrl`. Paths keep their place under the base
 * (https://localhost:3000/assets/x.png -> <base>assets/x.png); a bare origin (AppDomain) becomes the
 * base's origin.
 */
function rewriteManifest(xml, baseUrl) {
  const base = new URL(baseUrl);
  const origin = base.origin;
  const prefix = base.href.endsWith("/") ? base.href : `${base.href}/`;
  const devOrigin = new URL(DEV_BASE_URL).origin;
  return xml.replaceAll(`${devOrigin}/`, prefix).replaceAll(devOrigin, origin);
}

/** Emits manifest.xml (rewritten) and the icons beside the pages, in both dev and production. */
class AddinFilesPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("AddinFilesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "AddinFilesPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          // The pane's manifest and the conformance page's (its own add-in).
          for (const name of ["manifest.xml", "manifest.conformance.xml"]) {
            const manifestPath = path.join(ROOT, name);
            compilation.fileDependencies.add(manifestPath);
            const manifest = rewriteManifest(fs.readFileSync(manifestPath, "utf8"), this.baseUrl);
            compilation.emitAsset(name, new webpack.sources.RawSource(manifest));
          }

          const assetsDir = path.join(ROOT, "assets");
          compilation.contextDependencies.add(assetsDir);
          for (const file of fs
            .readdirSync(assetsDir)
            .filter((f) => f.endsWith(".png"))
            .sort()) {
            const source = new webpack.sources.RawSource(fs.readFileSync(path.join(assetsDir, file)));
            compilation.emitAsset(`assets/${file}`, source);
          }
        },
      );
    });
  }
}

/**
 * Takes the source maps out of the output: they are written to `dir` (dist-sourcemaps/ beside
 * dist/), for decoding an error report's stack, and never reach the folder that is served. With
 * devtool "hidden-source-map" the shipped files carry no sourceMappingURL either.
 */
class SourceMapsBesidePlugin {
  constructor(dir) {
    this.dir = dir;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("SourceMapsBesidePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        // After SourceMapDevToolPlugin (stage DEV_TOOLING) has made the maps.
        { name: "SourceMapsBesidePlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ANALYSE },
        (assets) => {
          const maps = Object.keys(assets).filter((name) => name.endsWith(".map"));
          fs.rmSync(this.dir, { recursive: true, force: true });
          fs.mkdirSync(this.dir, { recursive: true });
          for (const name of maps) {
            const file = path.join(this.dir, name);
            fs.mkdirSync(path.dirname(file), { recursive: true });
            fs.writeFileSync(file, assets[name].buffer());
            compilation.deleteAsset(name);
          }
        },
      );
    });
  }
}

/**
 * `/` under `npm start` answers with a redirect to the playground; every other request goes on to
 * the pages. Plain Node request/response calls, so a test can run it on any HTTP server.
 */
function redirectRootToHome(request, response, next) {
  const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
  if (pathname !== "/" || (request.method !== "GET" && request.method !== "HEAD")) return next();
  response.statusCode = 302;
  response.setHeader("Location", `/${DEV_HOME}`);
  response.end();
}

function html(page, production) {
  const office = page.officeJs ? `\n    <script src="${OFFICE_JS}"></script>` : "";
  return `<!doctype html>
<html lang="it">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(production)}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${page.title}</title>${office}
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;
}

/**
 * Uses the certificates of office-addin-dev-certs when a developer already installed them (Word
 * then trusts the server); otherwise webpack-dev-server's own self-signed certificate, which the
 * browser must be told to accept once. The package itself is not a dependency (it needs sudo).
 */
function devServerHttps() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) {
    const options = Object.fromEntries(
      Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]),
    );
    return { type: "https", options };
  }
  return { type: "https" };
}

/** @returns {import("webpack").Configuration} */
function config(env = {}, argv = {}) {
  const production = (argv.mode ?? env.mode ?? "production") === "production";
  const pages = PAGES.filter((p) => !(production && p.devOnly));
  // `--env ADDIN_BASE_URL=…` or the environment variable of the same name: one setting either way.
  const baseUrl = production
    ? baseUrlFromEnv({ ADDIN_BASE_URL: env.ADDIN_BASE_URL ?? process.env.ADDIN_BASE_URL })
    : DEV_BASE_URL;

  const outputPath = env.outputPath ?? path.join(ROOT, "dist");
  // dist/ -> dist-sourcemaps/; a test's temporary folder gets its own sibling the same way.
  const sourceMapsPath = env.sourceMapsPath ?? `${outputPath}-sourcemaps`;

  return {
    mode: production ? "production" : "development",
    context: ROOT,
    // The browsers that run a React 19 pane all have globalThis: naming es2020 lets webpack's
    // runtime use it instead of its `new Function("return this")` fallback, which the CSP refuses.
    target: ["web", "es2020"],
    // No eval-based maps in development either: the same CSP applies under `npm start`.
    devtool: production ? "hidden-source-map" : "cheap-module-source-map",
    entry: Object.fromEntries(pages.map((p) => [p.name, p.entry])),
    output: {
      path: outputPath,
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            {
              // Griffel's build-time transform: our makeStyles calls become precomputed class
              // names and CSS, as Fluent's own styles already are, so the first screen does not
              // carry the style compiler (stylis, rtl-css-js) at all.
              loader: "@griffel/webpack-loader",
              options: {
                modules: [{ moduleSource: "@fluentui/react-components", importName: "makeStyles" }],
              },
            },
            {
              loader: "ts-loader",
              // Type errors are `npm run typecheck`'s job; here TypeScript only strips types.
              options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
            },
          ],
        },
        {
          // Fluent UI's tokens as plain strings in every style that reads them, so the 467-name
          // object never ships (scripts/inline-tokens-loader.cjs says why).
          test: /\.(?:tsx?|m?js)$/,
          include: [path.join(ROOT, "src"), /[\\/]node_modules[\\/]@fluentui[\\/]/],
          loader: path.join(ROOT, "scripts/inline-tokens-loader.cjs"),
        },
        {
          // office-js-helpers ships one 2018 bundle whose global lookups end in Function("return
          // this") and eval("this"); the loader replaces them with globalThis so that the CSP can
          // refuse eval (scripts/global-this-loader.cjs fails the build if they change shape).
          test: /[\\/]@microsoft[\\/]office-js-helpers[\\/]dist[\\/].*\.js$/,
          loader: path.join(ROOT, "scripts/global-this-loader.cjs"),
        },
      ],
    },
    plugins: [
      ...pages.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: `${p.name}.html`,
            chunks: [p.name],
            templateContent: html(p, production),
          }),
      ),
      new AddinFilesPlugin(baseUrl),
      ...(production ? [new SourceMapsBesidePlugin(sourceMapsPath)] : []),
    ],
    performance: {
      // React + Fluent UI v9 for a pane is about this size; a jump past it deserves a look.
      maxEntrypointSize: 700 * 1024,
      maxAssetSize: 700 * 1024,
    },
    devServer: {
      // The manifest names localhost; nothing else on the network needs to reach the dev files.
      host: "localhost",
      port: DEV_PORT,
      server: devServerHttps(),
      // As in Microsoft's add-in templates: Office's own frames (another origin) may fetch these files.
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      setupMiddlewares: (middlewares) => [
        { name: "root-to-playground", middleware: redirectRootToHome },
        ...middlewares,
      ],
      client: { overlay: { warnings: false } },
      // Without Word, the playground is the product: say where it is, and where Word finds the add-in.
      onListening: () => {
        for (const page of pages) console.log(`  ${page.name.padEnd(10)} ${DEV_BASE_URL}${page.name}.html`);
        console.log(`  manifest   ${DEV_BASE_URL}manifest.xml`);
      },
    },
  };
}

module.exports = config;
module.exports.PAGES = PAGES;
module.exports.DEV_BASE_URL = DEV_BASE_URL;
module.exports.OFFICE_JS = OFFICE_JS;
module.exports.DEV_HOME = DEV_HOME;
module.exports.CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY;
module.exports.redirectRootToHome = redirectRootToHome;
module.exports.baseUrlFromEnv = baseUrlFromEnv;
module.exports.rewriteManifest = rewriteManifest;
