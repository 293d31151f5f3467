/**
 * The production-dependency inventory (docs/dependencies.md) against package.json and what is
 * installed: a production dependency cannot arrive, or change version or licence, unlisted.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import { inventoryTable } from "../support/inventory";

const ROOT = path.resolve(__dirname, "../..");
const manifest = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
};
const direct = inventoryTable("Direct");
const shippedWith = inventoryTable("Shipped with them");

/** The licence an installed package declares. */
function installedLicence(name: string): string {
  // Read from node_modules directly: a package whose "exports" hides package.json (fflate) cannot be resolved.
  const file = path.join(ROOT, "node_modules", name, "package.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { license: string }).license;
}

test("lists exactly the production dependencies of package.json, with their version ranges", () => {
  expect(Object.fromEntries(direct.map((row) => [row.name, row.cells[1]]))).toEqual(manifest.dependencies);
});

test.each(direct.map((row) => [row.name, row] as const))(
  "%s: licence as installed, a reason and a weight",
  (name, row) => {
    const [, , licence, runsIn, why, weight] = row.cells;
    expect(licence).toBe(installedLicence(name));
    expect(runsIn).toMatch(/task pane|pgs/);
    expect((why ?? "").length).toBeGreaterThan(20);
    expect(weight).toMatch(/\d/);
  },
);

test("each package shipped with them names its licence as installed and a direct dependency it comes with", () => {
  const names = new Set(direct.map((row) => row.name));
  for (const row of shippedWith) {
    expect([row.name, row.cells[1]]).toEqual([row.name, installedLicence(row.name)]);
    expect([row.name, names.has((row.cells[2] ?? "").replace(/`/g, "").split(" ")[0] ?? "")]).toEqual([
      row.name,
      true,
    ]);
  }
});
