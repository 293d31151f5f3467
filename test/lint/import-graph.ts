/**
 * The repository's own import graph, read from the sources with TypeScript's pre-processor (which
 * lists static imports, re-exports, `import()` and `require()` without type-checking), for the
 * test that no import runs in a circle. Only relative specifiers are followed: packages are leaves.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export const ROOT = path.resolve(__dirname, "../..");

const SOURCE = /\.(?:tsx?|mts|cts|mjs|cjs|js)$/;
const CANDIDATES = ["", ".ts", ".tsx", ".d.ts", ".mjs", ".cjs", ".js", "/index.ts", "/index.tsx"];

/** Every source file under the folders, relative to the repository, in a stable order. */
export function sourceFiles(folders: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(path.join(ROOT, dir)).sort()) {
      const rel = path.posix.join(dir, name);
      if (statSync(path.join(ROOT, rel)).isDirectory()) {
        if (rel !== "test/fixtures") walk(rel);
      } else if (SOURCE.test(name)) found.push(rel);
    }
  };
  for (const folder of folders) walk(folder);
  return found;
}

/** The file a relative specifier names, relative to the repository; null for a package or an asset. */
export function resolveSpecifier(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  for (const suffix of CANDIDATES) {
    const candidate = base + suffix;
    const full = path.join(ROOT, candidate);
    if (SOURCE.test(candidate) && existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return null;
}

/** For each file, the files of the repository it imports. */
export function importGraph(files: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(path.join(ROOT, file), "utf8"), true, true);
    const targets = info.importedFiles
      .map((imported) => resolveSpecifier(file, imported.fileName))
      .filter((target): target is string => target !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/**
 * The circles of the graph: each strongly connected component of more than one file (or a file
 * that imports itself), as one path through it that comes back to its start. Tarjan's algorithm.
 */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;

  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next);
    next++;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!graph.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(target) ?? 0));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      for (;;) {
        const member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
        if (member === file) break;
      }
      const selfImport = (graph.get(file) ?? []).includes(file);
      if (component.length > 1 || selfImport) components.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return components.map((component) => cyclePath(graph, component));
}

/** A shortest way from the component's first file back to itself, inside the component. */
function cyclePath(graph: ReadonlyMap<string, readonly string[]>, component: readonly string[]): string[] {
  const members = new Set(component);
  const start = component[0] as string;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    for (const target of graph.get(file) ?? []) {
      if (!members.has(target)) continue;
      if (target === start) {
        const way = [file];
        while (way[0] !== start) way.unshift(cameFrom.get(way[0] as string) as string);
        return [...way, start];
      }
      if (!cameFrom.has(target)) {
        cameFrom.set(target, file);
        queue.push(target);
      }
    }
  }
  return [start, start];
}
