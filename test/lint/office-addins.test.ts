import { type Finding, type LintOutput, errors, findingsOf, lint } from "./lint";

const FIXTURES = {
  syncInLoopTs: "test/fixtures/lint/sync-in-loop.ts",
  syncInLoopTsx: "test/fixtures/lint/sync-in-loop-component.tsx",
  cleanTs: "test/fixtures/lint/clean.ts",
  cleanTsx: "test/fixtures/lint/clean-component.tsx",
} as const;

const OFFICE_CODE = "export type P = Word.ContentControl;\nexport const ready = () => Office.onReady();\n";

/** Code linted as if it were at `filePath` (nothing is written to disk). */
const TEXTS = {
  emptyLoad: [
    "src/word/empty-load.ts",
    "export async function f(): Promise<void> {\n" +
      "  await Word.run(async (context) => {\n" +
      "    const first = context.document.contentControls.getFirst();\n" +
      "    first.load();\n" +
      "    await context.sync();\n" +
      "  });\n" +
      "}\n",
  ],
  planReact: ["src/plan/x.ts", 'import { useState } from "react";\nexport const a = useState;\n'],
  planReactType: ["src/plan/x.ts", 'import type { ReactNode } from "react";\nexport type A = ReactNode;\n'],
  planDocx: ["src/plan/x.ts", 'export { a } from "../docx/paths";\n'],
  planNodeFs: ["src/plan/x.ts", 'export { readFileSync } from "node:fs";\n'],
  planOwnFiles: ["src/plan/deep/x.ts", 'export { a } from "../y";\nexport { b } from "./z";\n'],
  planDynamicReact: ["src/plan/x.ts", 'export const load = () => import("react");\n'],
  docxPlan: ["src/docx/x.ts", 'export { a } from "../plan/tags";\nexport { zipSync } from "fflate";\n'],
  docxWord: ["src/docx/x.ts", 'export { a } from "../word/port";\n'],
  emulatorDocx: [
    "src/emulator/x.ts",
    'export { a } from "../docx/paths";\nexport { b } from "../plan/tags";\n',
  ],
  emulatorTaskpane: ["src/emulator/x.ts", 'export { a } from "../taskpane/host";\n'],
  wordPlan: ["src/word/x.ts", 'export { a } from "../plan/tags";\n'],
  wordReact: ["src/word/x.ts", 'export { useState } from "react";\n'],
  wordDocx: ["src/word/x.ts", 'export { a } from "../docx/paths";\n'],
  taskpanePort: [
    "src/taskpane/x.tsx",
    'export { a } from "../word/port";\nexport { Button } from "@fluentui/react-components";\n',
  ],
  taskpaneWordInternals: ["src/taskpane/x.tsx", 'export { a } from "../word/read-plan";\n'],
  taskpaneEmulator: ["src/taskpane/x.tsx", 'export { a } from "../emulator/document";\n'],
  taskpaneBuilderLazily: ["src/taskpane/x.ts", 'export const load = () => import("../docx/build");\n'],
  taskpaneBuilderStatically: ["src/taskpane/x.ts", 'export { buildTemplate } from "../docx/build";\n'],
  taskpaneReaderLazily: ["src/taskpane/x.ts", 'export const load = () => import("../docx/package");\n'],
  commandsDocx: ["src/commands/x.ts", 'export { a } from "../docx/paths";\n'],
  conformanceZip: [
    "src/conformance/x.ts",
    'export { readZipDirectory } from "../docx/zip";\nexport { writeZip } from "../docx/zip-write";\n',
  ],
  conformancePackage: ["src/conformance/x.ts", 'export { DocxPackage } from "../docx/package";\n'],
  playgroundAnything: [
    "src/playground/x.ts",
    'export { a } from "../emulator/document";\nexport { b } from "../taskpane/app";\n',
  ],
  cliAnything: [
    "src/cli/x.ts",
    'export { a } from "../docx/build";\nexport { readFileSync } from "node:fs";\n',
  ],
  officeInPanel: ["src/taskpane/panel.tsx", OFFICE_CODE],
  officeInPlan: ["src/plan/x.ts", OFFICE_CODE],
  officeInWord: ["src/word/x.ts", OFFICE_CODE],
  officeInHost: ["src/taskpane/host.ts", OFFICE_CODE],
  officeInCommands: ["src/commands/x.ts", OFFICE_CODE],
} as const satisfies Record<string, readonly [string, string]>;

let output: LintOutput;

beforeAll(() => {
  output = lint(Object.values(FIXTURES), TEXTS);
});

function fixture(name: keyof typeof FIXTURES): readonly Finding[] {
  const findings = output.files[FIXTURES[name]];
  if (findings === undefined) throw new Error(`no lint result for ${FIXTURES[name]}`);
  return findings;
}

function text(name: keyof typeof TEXTS): readonly Finding[] {
  return findingsOf(output, name);
}

describe("the office-addins rules really run on .ts and .tsx", () => {
  test("a context.sync() inside a for loop in a .ts file is an error", () => {
    const found = errors(fixture("syncInLoopTs"), "office-addins/no-context-sync-in-loop");
    expect(found.map((f) => f.line)).toEqual([8]);
  });

  test("a context.sync() inside a while loop in a .tsx file is an error", () => {
    const found = errors(fixture("syncInLoopTsx"), "office-addins/no-context-sync-in-loop");
    expect(found.map((f) => f.line)).toEqual([10]);
  });

  test("the one-read, one-write batch shape passes every rule in .ts and in .tsx", () => {
    expect(fixture("cleanTs")).toEqual([]);
    expect(fixture("cleanTsx")).toEqual([]);
  });

  test("an empty load() is an error", () => {
    expect(errors(text("emptyLoad"), "office-addins/no-empty-load")).toHaveLength(1);
  });
});

describe("the direction of imports between the folders of src/ is enforced", () => {
  const direction = "local/import-direction";
  const refused = (name: keyof typeof TEXTS) => errors(text(name), direction).length;

  test("src/plan may not import React, not even a type", () => {
    expect(refused("planReact")).toBe(1);
    expect(refused("planReactType")).toBe(1);
  });

  test("src/plan may not reach another folder of src/, Node's built-ins, or React lazily", () => {
    expect(refused("planDocx")).toBe(1);
    expect(refused("planNodeFs")).toBe(1);
    expect(refused("planDynamicReact")).toBe(1);
  });

  test("src/plan may import its own files from any depth", () => {
    expect(text("planOwnFiles")).toEqual([]);
  });

  test("src/docx may import src/plan and its OOXML packages, not src/word", () => {
    expect(text("docxPlan")).toEqual([]);
    expect(refused("docxWord")).toBe(1);
  });

  test("src/emulator may import src/docx and src/plan, not the task pane", () => {
    expect(text("emulatorDocx")).toEqual([]);
    expect(refused("emulatorTaskpane")).toBe(1);
  });

  test("src/word may import src/plan, not React nor src/docx", () => {
    expect(text("wordPlan")).toEqual([]);
    expect(refused("wordReact")).toBe(1);
    expect(refused("wordDocx")).toBe(1);
  });

  test("src/taskpane reaches src/word only through its port and never the emulator", () => {
    expect(text("taskpanePort")).toEqual([]);
    expect(refused("taskpaneWordInternals")).toBe(1);
    expect(refused("taskpaneEmulator")).toBe(1);
  });

  test("src/taskpane may load the template builder only lazily, and no other OOXML code at all", () => {
    expect(text("taskpaneBuilderLazily")).toEqual([]);
    expect(refused("taskpaneBuilderStatically")).toBe(1);
    expect(refused("taskpaneReaderLazily")).toBe(1);
  });

  test("src/conformance may reach the zip reader and writer of src/docx, and no other OOXML code", () => {
    expect(text("conformanceZip")).toEqual([]);
    expect(refused("conformancePackage")).toBe(1);
  });

  test("src/commands may not reach the OOXML code", () => {
    expect(refused("commandsDocx")).toBe(1);
  });

  test("the playground may import the whole product, the command-line tool the document layer and Node", () => {
    expect(text("playgroundAnything")).toEqual([]);
    expect(text("cliAnything")).toEqual([]);
  });
});

describe("the Office globals stay where Office is allowed", () => {
  test("a task-pane component may name neither Word nor Office, in values or in types", () => {
    expect(errors(text("officeInPanel"), "no-restricted-globals")).toHaveLength(1);
    expect(errors(text("officeInPanel"), "local/no-office-types")).toHaveLength(1);
  });

  test("src/plan may not name them either", () => {
    expect(errors(text("officeInPlan"), "no-restricted-globals")).toHaveLength(1);
    expect(errors(text("officeInPlan"), "local/no-office-types")).toHaveLength(1);
  });

  test("src/word, the host start-up and the ribbon commands may", () => {
    expect(text("officeInWord")).toEqual([]);
    expect(text("officeInHost")).toEqual([]);
    expect(text("officeInCommands")).toEqual([]);
  });
});
