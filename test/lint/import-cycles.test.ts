/**
 * No import runs in a circle, in the product, the tests, the benchmark or the scripts: a circle
 * means neither file can be read, tested or moved without the other, and the order in which
 * modules start up decides what a file sees of the other at load time.
 */
import { importCycles, importGraph, sourceFiles } from "./import-graph";

/**
 * The circles allowed, with why; each mirrors one in Word's own object model. The emulator's
 * runtime: a request context queues the operations of its proxy objects, and each proxy object
 * answers to its context; the two are one model written in two files for size, and only types cross
 * between them. Its API: a content control gives its range (`ContentControl.getRange`) and a range
 * gives the controls in it and the one around it (`Range.contentControls`,
 * `parentContentControlOrNullObject`); each file reaches the other's specs only inside functions
 * called after both have loaded.
 */
const ALLOWED: readonly (readonly string[])[] = [
  ["src/emulator/runtime/context.ts", "src/emulator/runtime/handle.ts"],
  ["src/emulator/api/content-control.ts", "src/emulator/api/range.ts"],
];

const key = (files: readonly string[]) => [...new Set(files)].sort().join(" ");

describe("the import graph", () => {
  const graph = importGraph(sourceFiles(["src", "test", "bench", "scripts"]));
  const cycles = importCycles(graph);

  test("is read from every room, with type-only imports and re-exports among its arrows", () => {
    expect(graph.size).toBeGreaterThan(300);
    expect(graph.get("src/plan/tags.ts")).toContain("src/plan/field-key.ts");
    expect(graph.get("test/playground/browser.ts")).toContain("test/support/playground-page.ts");
  });

  test("has no circle but those the emulator takes from Word's object model", () => {
    const allowed = new Set(ALLOWED.map(key));
    const found = cycles.filter((cycle) => !allowed.has(key(cycle))).map((cycle) => cycle.join(" → "));
    expect(found).toEqual([]);
  });

  test("each allowed circle is still there (remove it from the list once it is gone)", () => {
    const found = new Set(cycles.map(key));
    expect(ALLOWED.map(key).filter((cycle) => !found.has(cycle))).toEqual([]);
  });
});

describe("the circle finder", () => {
  const graphOf = (edges: Record<string, readonly string[]>) => new Map(Object.entries(edges));

  test("reports a circle as the way round it, back to where it started", () => {
    const cycles = importCycles(graphOf({ a: ["b"], b: ["c"], c: ["a", "d"], d: [] }));
    expect(cycles).toEqual([["a", "b", "c", "a"]]);
  });

  test("reports a file that imports itself, and nothing for a graph that only branches and joins", () => {
    expect(importCycles(graphOf({ a: ["a"] }))).toEqual([["a", "a"]]);
    expect(importCycles(graphOf({ a: ["b", "c"], b: ["d"], c: ["d"], d: [] }))).toEqual([]);
  });
});
