// ESLint flat config for the whole project.
//
// Three jobs beyond the usual TypeScript checks:
//  1. eslint-plugin-office-addins, wired by hand: its shipped configs leave the parser undefined and
//     their `files` glob omits .tsx, so nothing would actually be linted (reference facts §5).
//  2. The direction of imports between the rooms of the repository (the folders of src/, test/,
//     bench/ and scripts/): data flows one way, and the tools and tests sit above the product.
//     Checked on the resolved target room, not on the spelling of the specifier, and with no
//     exception for type-only imports (a type is as much a dependency as a value).
//  3. The Word/Office globals stay in the folders that are allowed to talk to Office.
import path from "node:path";
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";

import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const ROOT = path.dirname(fileURLToPath(import.meta.url));

/** The rooms of the product, which the tools and tests around it may all import. */
const PRODUCT = [
  "src/plan",
  "src/docx",
  "src/emulator",
  "src/word",
  "src/conformance",
  "src/taskpane",
  "src/commands",
  "src/wiring",
];
const ANY_PACKAGE = ["*"];

/**
 * What each room may import. A room is a folder of src/, of test/ (test/support among them, and
 * test/ itself for the files at its top), bench/ or scripts/; a room always may import its own
 * files, and a file in no room (the configs at the top, assets/) is not checked.
 * `rooms`: the other rooms it may reach. `entries`: for a room listed there, the only modules of
 * it that may be imported (its public port), by path without extension inside that room. `lazy`:
 * modules of another room it may load only with a dynamic `import()`, so they ship in their own
 * chunk and never on the first screen, by the same path form as `entries`. `packages`: npm
 * packages it may import (a trailing "/*" allows a whole scope, "*" any). `node`: it runs in Node
 * only, so Node's built-ins are allowed.
 *
 * The layering: the playground, the command-line tool, the benchmark and the scripts sit on top
 * and nothing imports them but their own tests. Tests import the product, test/support and the
 * room they test; test/support is what the tests, the benchmark and the scripts share, and no test
 * imports another test's folder.
 */
export const IMPORT_RULES = {
  "src/plan": { rooms: [], packages: [] },
  "src/docx": { rooms: ["src/plan"], packages: ["@xmldom/xmldom", "fflate"] },
  "src/emulator": { rooms: ["src/plan", "src/docx"], packages: ["@xmldom/xmldom"] },
  "src/word": { rooms: ["src/plan"], packages: [] },
  // The conformance page ships in dist/: the document layer through its port, never the emulator;
  // of the OOXML code only the zip reader and writer, for the packages it makes and reads back, and
  // the plain constants and escaping its fixtures are written with.
  "src/conformance": {
    rooms: ["src/plan", "src/word", "src/docx"],
    entries: {
      "src/word": ["index", "port"],
      "src/docx": ["zip", "zip-write", "namespaces", "xml-escape"],
    },
    packages: [],
  },
  "src/taskpane": {
    rooms: ["src/plan", "src/word"],
    entries: { "src/word": ["index", "port"] },
    // The template builder, for school years other than the official file's (template-for-years.ts).
    lazy: { "src/docx": ["build"] },
    packages: ["react", "react-dom", "@fluentui/*", "@microsoft/office-js-helpers"],
  },
  "src/commands": {
    rooms: ["src/plan", "src/word"],
    entries: { "src/word": ["index", "port"] },
    packages: ["react", "react-dom", "@fluentui/*", "@microsoft/office-js-helpers"],
  },
  // Where documents are opened behind the port and the pages are put together: everything of the
  // product below it, nothing above.
  "src/wiring": { rooms: PRODUCT.filter((room) => room !== "src/wiring"), packages: [] },
  "src/playground": { rooms: PRODUCT, packages: [] },
  "src/cli": { rooms: ["src/plan", "src/docx", "src/word"], packages: ANY_PACKAGE, node: true },
  bench: { rooms: [...PRODUCT, "test/support"], packages: ANY_PACKAGE, node: true },
  scripts: { rooms: [...PRODUCT, "test/support"], packages: ANY_PACKAGE, node: true },
  // The CLI's tests and the benchmark run the real pgs binary, which test/support builds from the
  // sources first; the fuzz properties hold the CLI's reader of one file to reading or refusing.
  "test/support": {
    rooms: [...PRODUCT, "src/cli"],
    entries: { "src/cli": ["build", "open-plan"] },
    packages: ANY_PACKAGE,
    node: true,
  },
};

/** What a room of test/ may import: the product, test/support, and the room it tests. */
function testRules(room) {
  const tested = {
    "test/playground": "src/playground",
    "test/cli": "src/cli",
    "test/bench": "bench",
    "test/scripts": "scripts",
  };
  const extra = tested[room] === undefined ? [] : [tested[room]];
  return { rooms: [...PRODUCT, "test/support", ...extra], packages: ANY_PACKAGE, node: true };
}

function rulesOf(room) {
  return IMPORT_RULES[room] ?? (room === "test" || room.startsWith("test/") ? testRules(room) : undefined);
}

/** Files allowed to name the Office globals; everything else in src/ goes through src/word's port. */
const OFFICE_GLOBALS_ALLOWED = [
  "src/word/**",
  "src/commands/**",
  "src/taskpane/host*",
  "src/conformance/**",
  "src/emulator/**",
  "src/playground/**",
];
const OFFICE_GLOBALS = ["Word", "Office", "OfficeExtension"];

const BUILTINS = new Set(builtinModules);

function packageName(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

function packageAllowed(name, allowed) {
  return allowed.some((a) =>
    a === "*" ? true : a.endsWith("/*") ? name.startsWith(a.slice(0, -1)) : name === a,
  );
}

const SOURCE_EXTENSION = /\.(d\.)?[cm]?[tj]sx?$/;

/**
 * The room a path belongs to (src/<folder>, test/<folder>, test, bench or scripts) and its path
 * inside the room without extension; null when it lies in no room.
 */
function roomOf(absolutePath) {
  const rel = path.relative(ROOT, absolutePath);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return null;
  const parts = rel.split(path.sep);
  const inner = (rest) => rest.join("/").replace(SOURCE_EXTENSION, "");
  const [top, folder, ...rest] = parts;
  // A folder of src/ named alone ("../emulator") is its index.
  if (top === "src") return folder === undefined ? null : { room: `src/${folder}`, inner: inner(rest) };
  if (top === "test") {
    return rest.length === 0
      ? { room: "test", inner: inner([folder ?? ""]) }
      : { room: `test/${folder}`, inner: inner(rest) };
  }
  if (top === "bench" || top === "scripts") return { room: top, inner: inner(parts.slice(1)) };
  return null;
}

/**
 * Why `specifier`, imported from `filename`, breaks the direction of imports; null when fine.
 * `dynamic`: the import is an `import()` expression.
 */
export function importViolation(filename, specifier, dynamic = false) {
  const from = roomOf(path.resolve(filename));
  if (from === null) return null;
  const rules = rulesOf(from.room);
  // A new folder of src/ is a new room: it says what it may import before it imports anything.
  if (rules === undefined)
    return `${from.room} has no rules in IMPORT_RULES (eslint.config.mjs): say what it may import.`;

  if (!specifier.startsWith(".") && !path.isAbsolute(specifier)) {
    if (specifier.startsWith("node:") || BUILTINS.has(specifier) || BUILTINS.has(packageName(specifier))) {
      return rules.node === true
        ? null
        : `${from.room} runs in the browser too: Node's built-in "${specifier}" is not allowed here.`;
    }
    const name = packageName(specifier);
    if (packageAllowed(name, rules.packages)) return null;
    const allowed = rules.packages.length === 0 ? "no package" : rules.packages.join(", ");
    return `${from.room} may import ${allowed}; "${name}" is not allowed (see IMPORT_RULES in eslint.config.mjs).`;
  }

  const to = roomOf(path.resolve(path.dirname(path.resolve(filename)), specifier));
  const allowedRooms = rules.rooms.join(", ") || "nothing else";
  if (to === null) {
    // A file in no room: a config at the top of the repository or an asset, never code of a room.
    if (!from.room.startsWith("src/")) return null;
    return `${from.room} may import only ${from.room} and ${allowedRooms}; "${specifier}" leaves src/.`;
  }
  if (to.room === from.room) return null;
  const inner = to.inner === "" ? "index" : to.inner;
  if (dynamic && rules.lazy?.[to.room]?.includes(inner)) return null;
  if (!rules.rooms.includes(to.room)) {
    return `${from.room} may import only ${from.room} and ${allowedRooms}; "${specifier}" reaches ${to.room}.`;
  }
  const entries = rules.entries?.[to.room];
  if (entries !== undefined && !entries.includes(inner)) {
    const ports = entries.map((e) => `${to.room}/${e}`).join(" or ");
    return `${from.room} reaches ${to.room} only through ${ports}; "${specifier}" goes around it.`;
  }
  return null;
}

const importDirectionRule = {
  meta: {
    type: "problem",
    docs: { description: "Keep the direction of imports between the rooms of the repository." },
    messages: { wrongDirection: "{{reason}}" },
    schema: [],
  },
  create(context) {
    const check = (node, source, dynamic = false) => {
      if (source?.type !== "Literal" || typeof source.value !== "string") return;
      const reason = importViolation(context.filename, source.value, dynamic);
      if (reason !== null) context.report({ node: source, messageId: "wrongDirection", data: { reason } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source, true),
      TSExternalModuleReference: (node) => check(node, node.expression),
      TSImportType: (node) =>
        check(node, node.argument?.type === "TSLiteralType" ? node.argument.literal : node.argument),
      CallExpression: (node) => {
        if (node.callee.type === "Identifier" && node.callee.name === "require")
          check(node, node.arguments[0]);
      },
    };
  },
};

// no-restricted-globals sees only values; `Word.ContentControl` in a type position is just as much a
// dependency on Office, so qualified type names are checked here.
const officeTypesRule = {
  meta: {
    type: "problem",
    docs: { description: "Keep the Office namespaces out of type positions where their globals are banned." },
    messages: {
      officeType:
        "{{name}} is reachable only in src/word (and the host start-up): go through src/word's port.",
    },
    schema: [],
  },
  create(context) {
    const isShadowed = (node, name) => {
      for (let scope = context.sourceCode.getScope(node); scope !== null; scope = scope.upper) {
        if (scope.set.has(name)) return scope.type !== "global" || scope.set.get(name).defs.length > 0;
      }
      return false;
    };
    return {
      TSQualifiedName(node) {
        if (node.left.type !== "Identifier" || !OFFICE_GLOBALS.includes(node.left.name)) return;
        if (isShadowed(node, node.left.name)) return;
        context.report({ node: node.left, messageId: "officeType", data: { name: node.left.name } });
      },
    };
  },
};

const local = {
  meta: { name: "pgs-local" },
  rules: { "import-direction": importDirectionRule, "no-office-types": officeTypesRule },
};

const TS_FILES = ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"];
// The files that belong to tsconfig.json, hence can be linted with type information.
const TYPED_FILES = ["src/**/*.{ts,tsx}", "test/**/*.{ts,tsx}", "bench/**/*.{ts,tsx}"];

export default defineConfig(
  {
    ignores: [
      "dist/**",
      "dist-cli/**",
      "dist-sourcemaps/**",
      "node_modules/**",
      "coverage/**",
      "test/fixtures/lint/**",
    ],
  },

  js.configs.recommended,
  ...tseslint.configs.recommended.map((c) => ({ ...c, files: c.files ?? TS_FILES })),

  {
    files: TS_FILES,
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    plugins: { "office-addins": officeAddins, local },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "local/import-direction": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },

  // Promise mistakes are the ones that lose a Word.run's error or a write (STYLE §12), and only
  // type information can see them; the project service reuses tsconfig.json.
  {
    files: TYPED_FILES,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: ROOT } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
    },
  },

  {
    ...reactHooks.configs.flat.recommended,
    files: ["src/**/*.{ts,tsx}"],
  },

  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: OFFICE_GLOBALS_ALLOWED,
    rules: {
      "no-restricted-globals": [
        "error",
        ...OFFICE_GLOBALS.map((name) => ({
          name,
          message: `${name} is reachable only in src/word (and the host start-up): go through src/word's port.`,
        })),
      ],
      "local/no-office-types": "error",
    },
  },

  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { globals: { ...globals.node } },
  },
  // The rooms' plain JavaScript (loaders, scripts, the lint test's runner) keeps the same direction.
  {
    files: ["{src,test,bench,scripts}/**/*.{js,cjs,mjs}"],
    plugins: { local },
    rules: { "local/import-direction": "error" },
  },
  {
    files: ["**/*.cjs", "webpack.config.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
