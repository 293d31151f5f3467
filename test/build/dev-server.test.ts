/**
 * `npm start`'s first address: `/` sends the browser to the playground. Tested on the middleware
 * list webpack.config.js gives webpack-dev-server, run by a plain HTTP server on a free port, so
 * the test needs neither port 3000 nor a build.
 */
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import path from "node:path";
import type webpack from "webpack";

type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
type DevServerConfiguration = {
  readonly setupMiddlewares?: (middlewares: unknown[], devServer: unknown) => unknown[];
};
type WebpackConfigModule = ((
  env: Readonly<Record<string, string>>,
  argv: { readonly mode: "production" | "development" },
) => webpack.Configuration & { readonly devServer?: DevServerConfiguration }) & { readonly DEV_HOME: string };

const ROOT = path.resolve(__dirname, "../..");
const configModule = createRequire(__filename)(path.join(ROOT, "webpack.config.js")) as WebpackConfigModule;

/** The middlewares `npm start` would run, in order, ending with one that answers "from the pages". */
function devMiddlewares(): Middleware[] {
  const devServer = configModule({}, { mode: "development" }).devServer;
  const setup = devServer?.setupMiddlewares;
  if (setup === undefined) throw new Error("webpack.config.js sets no setupMiddlewares");
  const pages: Middleware = (_request, response) => {
    response.statusCode = 200;
    response.end("from the pages");
  };
  // The real devServer argument is not read by our middleware list; an empty object stands in.
  const list = setup([{ name: "pages", middleware: pages }], {});
  return list.map((entry) =>
    typeof entry === "function" ? (entry as Middleware) : (entry as { middleware: Middleware }).middleware,
  );
}

async function withServer(run: (base: string) => Promise<void>): Promise<void> {
  const middlewares = devMiddlewares();
  const server = createServer((request, response) => {
    const next = (index: number): void => middlewares[index]?.(request, response, () => next(index + 1));
    next(0);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

test("/ redirects to the playground under npm start", async () => {
  await withServer(async (base) => {
    const response = await fetch(`${base}/`, { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/${configModule.DEV_HOME}`);
    expect(configModule.DEV_HOME).toBe("playground.html");
    expect((await fetch(`${base}/?x=1`, { redirect: "manual" })).status).toBe(302);
  });
});

test("every other address still reaches the pages", async () => {
  await withServer(async (base) => {
    for (const address of ["/taskpane.html", "/playground.html", "/manifest.xml"]) {
      const response = await fetch(`${base}${address}`, { redirect: "manual" });
      expect(response.status).toBe(200);
      expect(await response.text()).toBe("from the pages");
    }
    const post = await fetch(`${base}/`, { method: "POST", redirect: "manual" });
    expect(post.status).toBe(200);
  });
});
