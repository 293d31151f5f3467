/**
 * The direction of imports around the product: the playground, the command-line tool, the
 * benchmark and the scripts sit on top, and only their own tests import them; test/support is
 * what the tests, the benchmark and the scripts share; no test reaches into another test's folder.
 */
import { type LintOutput, errors, findingsOf, lint } from "./lint";

const from = (target: string) => `export { a } from "${target}";\n`;

/** Code linted as if it were at `filePath` (nothing is written to disk). */
const TEXTS = {
  wiringPlayground: ["src/wiring/x.ts", from("../playground/template")],
  wiringProduct: [
    "src/wiring/x.ts",
    from("../emulator") + from("../word/port") + from("../taskpane/official-template"),
  ],
  wiringNode: ["src/wiring/x.ts", 'export { readFileSync } from "node:fs";\n'],
  taskpaneWiring: ["src/taskpane/x.ts", from("../wiring/emulated-host")],
  playgroundCli: ["src/playground/x.ts", from("../cli/inspect")],
  cliPlayground: ["src/cli/x.ts", from("../playground/app")],
  cliTest: ["src/cli/x.ts", from("../../test/support/pgs")],
  benchPlayground: ["bench/x.ts", from("../src/playground/app")],
  benchCli: ["bench/x.ts", from("../src/cli/inspect")],
  benchSupport: ["bench/x.ts", from("../test/support/pgs") + from("../src/emulator")],
  benchOtherTests: ["bench/x.ts", from("../test/playground/browser")],
  scriptsBench: ["scripts/x.ts", from("../bench/corpus")],
  scriptsSupport: ["scripts/x.ts", from("../test/support/chromium") + from("../src/taskpane/strings")],
  testPlayground: ["test/taskpane/x.test.ts", from("../../src/playground/gate")],
  testCli: ["test/docx/x.test.ts", from("../../src/cli/open-plan")],
  testBench: ["test/docx/x.test.ts", from("../../bench/generate")],
  testScripts: ["test/build/x.test.ts", from("../../scripts/screenshots")],
  testOtherTests: ["test/playground/x.test.ts", from("../taskpane/support/panel")],
  testSupport: ["test/cli/x.test.ts", from("../support/pgs") + from("../../src/plan/tags")],
  testTopSupport: ["test/x.test.ts", from("./support/programs")],
  playgroundTests: ["test/playground/x.test.ts", from("../../src/playground/gate")],
  cliTests: ["test/cli/x.test.ts", from("../../src/cli/inspect")],
  benchTests: ["test/bench/x.test.ts", from("../../bench/floor")],
  scriptsTests: ["test/scripts/x.test.ts", from("../../scripts/screenshots")],
  supportBench: ["test/support/x.ts", from("../../bench/measure")],
  supportTests: ["test/support/x.ts", from("../emulator/tables.test")],
  supportCliBuild: ["test/support/x.ts", from("../../src/cli/build") + from("../../src/cli/open-plan")],
  supportCliInside: ["test/support/x.ts", from("../../src/cli/inspect")],
  supportPlayground: ["test/support/x.ts", from("../../src/playground/gate")],
  newRoom: ["src/newroom/x.ts", from("../plan/tags")],
  loaderBench: ["scripts/x.cjs", 'module.exports = require("../bench/corpus");\n'],
} as const satisfies Record<string, readonly [string, string]>;

let output: LintOutput;

beforeAll(() => {
  output = lint([], TEXTS);
});

const refused = (name: keyof typeof TEXTS) =>
  errors(findingsOf(output, name), "local/import-direction").length;
const clean = (name: keyof typeof TEXTS) => findingsOf(output, name);

describe("nothing imports the playground, the command-line tool, the benchmark or the scripts", () => {
  test("src/wiring, the tests of another room, test/support and the benchmark may not import the playground", () => {
    expect(refused("wiringPlayground")).toBe(1);
    expect(refused("testPlayground")).toBe(1);
    expect(refused("supportPlayground")).toBe(1);
    expect(refused("benchPlayground")).toBe(1);
    expect(refused("cliPlayground")).toBe(1);
  });

  test("the playground, the benchmark and the tests of another room may not import the command-line tool", () => {
    expect(refused("playgroundCli")).toBe(1);
    expect(refused("benchCli")).toBe(1);
    expect(refused("testCli")).toBe(1);
  });

  test("no test, no helper and no script imports the benchmark, and no test imports a script", () => {
    expect(refused("testBench")).toBe(1);
    expect(refused("supportBench")).toBe(1);
    expect(refused("scriptsBench")).toBe(1);
    expect(refused("loaderBench")).toBe(1);
    expect(refused("testScripts")).toBe(1);
  });

  test("the tests of each of them may import it", () => {
    expect(clean("playgroundTests")).toEqual([]);
    expect(clean("cliTests")).toEqual([]);
    expect(clean("benchTests")).toEqual([]);
    expect(clean("scriptsTests")).toEqual([]);
  });
});

describe("test/support is what the tests, the benchmark and the scripts share", () => {
  test("the benchmark, the scripts and every test may import it and the product", () => {
    expect(clean("benchSupport")).toEqual([]);
    expect(clean("scriptsSupport")).toEqual([]);
    expect(clean("testSupport")).toEqual([]);
    expect(clean("testTopSupport")).toEqual([]);
  });

  test("a test's own folder is its own: no other test, no helper and no benchmark reaches into it", () => {
    expect(refused("testOtherTests")).toBe(1);
    expect(refused("supportTests")).toBe(1);
    expect(refused("benchOtherTests")).toBe(1);
  });

  test("test/support reaches the command-line tool only to build it and to read one file with it", () => {
    expect(clean("supportCliBuild")).toEqual([]);
    expect(refused("supportCliInside")).toBe(1);
  });

  test("the product never imports test/support", () => {
    expect(refused("cliTest")).toBe(1);
  });
});

test("a new folder of src/ is refused every import until the rules say what it may import", () => {
  expect(refused("newRoom")).toBe(1);
});

describe("src/wiring puts the product together and sits above it", () => {
  test("it may import the emulator, the port and the task pane", () => {
    expect(clean("wiringProduct")).toEqual([]);
  });

  test("it runs in the browser, so Node's built-ins are refused", () => {
    expect(refused("wiringNode")).toBe(1);
  });

  test("the task pane may not import it", () => {
    expect(refused("taskpaneWiring")).toBe(1);
  });
});
