/** docs/dependencies.md read as data: the production-dependency inventory the tests hold us to. */
import { readFileSync } from "node:fs";
import path from "node:path";

export const INVENTORY_PATH = path.resolve(__dirname, "../../docs/dependencies.md");

export type InventoryRow = { readonly name: string; readonly cells: readonly string[] };

/** The rows of the table under `## heading`, each with its package name (the first cell, unquoted). */
export function inventoryTable(heading: string, text = readFileSync(INVENTORY_PATH, "utf8")): InventoryRow[] {
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`docs/dependencies.md has no section «${heading}»`);
  const next = text.indexOf("\n## ", start + 1);
  const section = text.slice(start, next < 0 ? undefined : next);
  return section
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => {
      const cells = line
        .slice(1, -1)
        .split(" | ")
        .map((cell) => cell.trim());
      return { name: (cells[0] ?? "").replace(/`/g, ""), cells };
    });
}
