import { gridWidths, table } from "../../../src/docx/build/wml/table";
import { descendants, type XmlElement } from "../../../src/docx/build/xml/tree";
import { createSchema } from "../../../src/plan/fields";
import { documentLayout } from "../../../src/plan/layout";
import type { TableLayout } from "../../../src/plan/layout-types";

const layoutTables = documentLayout(createSchema()).flatMap((block) =>
  block.kind === "table" || block.kind === "controlled-table" ? [block.table] : [],
);
const findTable = (id: string): TableLayout => {
  const found = layoutTables.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no table ${id}`);
  return found;
};
const childElements = (element: XmlElement, name: string) =>
  element.children.filter((child): child is XmlElement => child.kind === "element" && child.name === name);
const has = (element: XmlElement, name: string) =>
  [...descendants(element)].some((node) => node.name === name);

describe("a table", () => {
  it("scales the layout's relative columns to the text width exactly", () => {
    expect(gridWidths([3, 6, 3, 2, 2, 2], 9638)).toEqual([1606, 3212, 1606, 1070, 1070, 1074]);
    expect(gridWidths([10, 1, 1], 100).reduce((a, b) => a + b)).toBe(100);
  });

  it.each(layoutTables.map((layout) => [layout.id, layout] as const))(
    "%s has one w:tr per layout row and one w:tc per layout cell (what Table.values counts)",
    (_, layout) => {
      const rows = childElements(
        table(layout, 9638, () => 1),
        "w:tr",
      );
      expect(rows.map((row) => childElements(row, "w:tc").length)).toEqual(
        layout.rows.map((row) => row.cells.length),
      );
    },
  );

  it("repeats header rows, never splits a row, merges and shades as the layout says", () => {
    const rows = childElements(
      table(findTable("sinottico-1"), 9638, () => 1),
      "w:tr",
    );
    expect(rows.map((row) => has(row, "w:tblHeader"))).toEqual(rows.map((_, index) => index < 2));
    expect(rows.every((row) => has(row, "w:cantSplit"))).toBe(true);
    const [first, second] = rows;
    const firstCell = first && childElements(first, "w:tc")[0];
    const secondCell = second && childElements(second, "w:tc")[0];
    expect(
      firstCell && [...descendants(firstCell)].find((node) => node.name === "w:vMerge")?.attributes,
    ).toEqual({
      "w:val": "restart",
    });
    expect(
      secondCell && [...descendants(secondCell)].find((node) => node.name === "w:vMerge")?.attributes,
    ).toEqual({});
    expect(
      firstCell && [...descendants(firstCell)].find((node) => node.name === "w:shd")?.attributes["w:fill"],
    ).toBe("D9E2F3");
    expect(firstCell && has(firstCell, "w:b")).toBe(true);
  });

  it("refuses a row whose spans do not fill the grid", () => {
    const broken: TableLayout = {
      id: "broken",
      columns: [1, 1],
      rows: [{ cells: [{ content: { kind: "empty" } }] }],
    };
    expect(() => table(broken, 1000, () => 1)).toThrow(/spans 1 of 2/);
  });
});
