/**
 * The two webpack loaders of scripts/: what they change, what they leave alone, and that a
 * changed dependency stops the build instead of shipping half-patched code.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { tokens } from "@fluentui/react-components";

const ROOT = path.resolve(__dirname, "../..");
const load = createRequire(__filename);

type Loader = ((this: { resourcePath: string }, source: string) => string) & {
  readonly inlineTokens?: (source: string) => string;
};
const globalThisLoader = load(path.join(ROOT, "scripts/global-this-loader.cjs")) as Loader;
const inlineTokensLoader = load(path.join(ROOT, "scripts/inline-tokens-loader.cjs")) as Loader;
const inlineTokens = inlineTokensLoader.inlineTokens!;

const patchHelpers = (source: string): string =>
  globalThisLoader.call({ resourcePath: "helpers.js" }, source);

describe("the global-this loader for office-js-helpers", () => {
  test("replaces the installed bundle's global lookups, and nothing there evaluates code afterwards", () => {
    const file = load.resolve("@microsoft/office-js-helpers");
    const source = readFileSync(file, "utf8");
    const patched = patchHelpers(source);
    expect(patched).not.toMatch(/Function\(['"]return this['"]\)|\(1,\s*eval\)/);
    expect(patched.length).toBeLessThan(source.length);
  });

  test("turns both spellings into globalThis", () => {
    expect(patchHelpers(`var root = freeGlobal || freeSelf || Function('return this')();`)).toBe(
      "var root = freeGlobal || freeSelf || globalThis;",
    );
    expect(patchHelpers(`g = g || Function("return this")() || (1,eval)("this");`)).toBe(
      "g = g || globalThis;",
    );
  });

  test("stops the build when the lookup is gone or another eval remains", () => {
    expect(() => patchHelpers("var x = 1;")).toThrow("no Function");
    expect(() => patchHelpers(`Function("return this")(); eval(code);`)).toThrow("still evaluates code");
  });
});

describe("the Fluent tokens loader", () => {
  const styles = `import { makeStyles, tokens } from "@fluentui/react-components";
export const useStyles = makeStyles({ root: { color: tokens.colorBrandForeground1, zIndex: tokens.zIndexPopup } });`;

  test("writes each token's own value in place of the read", () => {
    const out = inlineTokens(styles);
    expect(out).toContain(`color: ${JSON.stringify(tokens.colorBrandForeground1)}`);
    expect(out).toContain(`zIndex: ${JSON.stringify(tokens.zIndexPopup)}`);
    expect(out).not.toMatch(/tokens\.\w/);
  });

  test("leaves unknown names, other objects called tokens, and files without Fluent's import alone", () => {
    const unknown = styles.replace("colorBrandForeground1", "notAToken");
    expect(inlineTokens(unknown)).toContain("tokens.notAToken");
    const rebound = `${styles}\nfunction f(tokens) { return tokens.colorBrandForeground1; }`;
    expect(inlineTokens(rebound)).toBe(rebound);
    const foreign = `import { tokens } from "./my-tokens";\nconst c = tokens.colorBrandForeground1;`;
    expect(inlineTokens(foreign)).toBe(foreign);
    expect(inlineTokens("const a = other.tokens.colorBrandForeground1;")).toBe(
      "const a = other.tokens.colorBrandForeground1;",
    );
  });
});
