// ESLint flat config for the whole project.
//
// Three jobs beyond the usual TypeScript checks:
//  1. eslint-plugin-office-addins, wired by hand: its shipped configs leave the parser undefined and
//     their `files` glob omits .tsx, so nothing would actually be linted (reference facts §5).
//  2. The direction of imports between the folders of src/ (DESIGN "Data flows one way"), checked
//     on the resolved target folder, not on the spelling of the specifier, and with no exception
//     for type-only imports (STYLE "no type-only exceptions").
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
const SRC = path.join(ROOT, "src");

/**
 * What each folder of src/ may import. A folder always may import its own files.
 * `folders`: other folders of src/ it may reach. `entries`: for a folder listed there, the only
 * modules of it that may be imported (its public port), by path without extension inside that
 * folder. `lazy`: modules of another folder it may load only with a dynamic `import()`, so they
 * ship in their own chunk and never on the first screen, by the same path form as `entries`.
 * `packages`: npm packages it may import (a trailing "/*" allows a whole scope).
 * Folders not listed here (playground, cli) and everything outside src/ may import anything.
 */
export const IMPORT_RULES = {
  plan: { folders: [], packages: [] },
  docx: { folders: ["plan"], packages: ["@xmldom/xmldom", "fflate"] },
  emulator: { folders: ["plan", "docx"], packages: ["@xmldom/xmldom"] },
  word: { folders: ["plan"], packages: [] },
  // The conformance page ships in dist/: the document layer through its port, never the emulator;
  // of the OOXML code only the zip reader and writer, for the packages it makes and reads back, and
  // the plain constants and escaping its fixtures are written with.
  conformance: {
    folders: ["plan", "word", "docx"],
    entries: { word: ["index", "port"], docx: ["zip", "zip-write", "namespaces", "xml-escape"] },
    packages: [],
  },
  taskpane: {
    folders: ["plan", "word"],
    entries: { word: ["index", "port"] },
    // The template builder, for school years other than the official file's (template-for-years.ts).
    lazy: { docx: ["build"] },
    packages: ["react", "react-dom", "@fluentui/*", "@microsoft/office-js-helpers"],
  },
  commands: {
    folders: ["plan", "word"],
    entries: { word: ["index", "port"] },
    packages: ["react", "react-dom", "@fluentui/*", "@microsoft/office-js-helpers"],
  },
};

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
  return allowed.some((a) => (a.endsWith("/*") ? name.startsWith(a.slice(0, -1)) : name === a));
}

/** The folder of src/ a path belongs to, or null when it lies outside src/. */
function srcFolderOf(absolutePath) {
  const rel = path.relative(SRC, absolutePath);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return null;
  const [folder, ...rest] = rel.split(path.sep);
  return { folder: folder ?? "", inner: rest.join("/").replace(/\.(d\.)?[cm]?[tj]sx?$/, "") };
}

/**
 * Why `specifier`, imported from `filename`, breaks the direction of imports; null when fine.
 * `dynamic`: the import is an `import()` expression.
 */
export function importViolation(filename, specifier, dynamic = false) {
  const from = srcFolderOf(path.resolve(filename));
  if (from === null) return null;
  const rules = IMPORT_RULES[from.folder];
  if (rules === undefined) return null;

  if (!specifier.startsWith(".") && !path.isAbsolute(specifier)) {
    if (specifier.startsWith("node:") || BUILTINS.has(specifier) || BUILTINS.has(packageName(specifier))) {
      return `src/${from.folder} runs in the browser too: Node's built-in "${specifier}" is not allowed here.`;
    }
    const name = packageName(specifier);
    if (packageAllowed(name, rules.packages)) return null;
    const allowed = rules.packages.length === 0 ? "no package" : rules.packages.join(", ");
    return `src/${from.folder} may import ${allowed}; "${name}" is not allowed (see IMPORT_RULES in eslint.config.mjs).`;
  }

  const target = path.resolve(path.dirname(path.resolve(filename)), specifier);
  const to = srcFolderOf(target);
  const allowedFolders = rules.folders.map((f) => `src/${f}`).join(", ") || "nothing else";
  if (to === null) {
    return `src/${from.folder} may import only src/${from.folder} and ${allowedFolders}; "${specifier}" leaves src/.`;
  }
  if (to.folder === from.folder) return null;
  const lazy = rules.lazy?.[to.folder];
  if (dynamic && lazy?.includes(to.inner === "" ? "index" : to.inner)) return null;
  if (!rules.folders.includes(to.folder)) {
    return `src/${from.folder} may import only src/${from.folder} and ${allowedFolders}; "${specifier}" reaches src/${to.folder}.`;
  }
  const entries = rules.entries?.[to.folder];
  if (entries !== undefined && !entries.includes(to.inner === "" ? "index" : to.inner)) {
    const ports = entries.map((e) => `src/${to.folder}/${e}`).join(" or ");
    return `src/${from.folder} reaches src/${to.folder} only through ${ports}; "${specifier}" goes around it.`;
  }
  return null;
}

const importDirectionRule = {
  meta: {
    type: "problem",
    docs: { description: "Keep the direction of imports between the folders of src/ (DESIGN.md)." },
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
  {
    files: ["**/*.cjs", "webpack.config.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
