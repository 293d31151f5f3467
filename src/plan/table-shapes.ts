/**
 * `Table.values` in either shape. Microsoft documents only "text values in the table, as a 2D
 * array" (Word.Table.values); how a merged cell appears is unknown until the conformance kit runs
 * in Word. The emulator gives one value per cell (`w:tc`), as the layout's signatures expect; Word
 * might give one value per grid column instead, the merged cell's text under its first column.
 * This brings a table of the second shape back to the first, using the template's column spans,
 * so the reading path works with either answer.
 */
import type { PlanSchema } from "./fields";
import { documentLayout } from "./layout";
import type { TableLayout } from "./layout-types";

type Table = readonly (readonly string[])[];

/** For each row of a layout table: the grid column where each of its cells starts. */
type GridStarts = readonly (readonly number[])[];

function gridStarts(table: TableLayout): { readonly widths: readonly number[]; readonly starts: GridStarts } {
  const starts = table.rows.map((row) => {
    let column = 0;
    return row.cells.map((cell) => {
      const start = column;
      column += cell.span ?? 1;
      return start;
    });
  });
  const widths = table.rows.map((row) => row.cells.reduce((sum, cell) => sum + (cell.span ?? 1), 0));
  return { widths, starts };
}

const layouts = new WeakMap<PlanSchema, readonly ReturnType<typeof gridStarts>[]>();

/** The layout's tables that merge cells across columns: only those can come in two shapes. */
function spanningTables(schema: PlanSchema): readonly ReturnType<typeof gridStarts>[] {
  const known = layouts.get(schema);
  if (known) return known;
  const found = documentLayout(schema)
    .flatMap((block) => (block.kind === "table" || block.kind === "controlled-table" ? [block.table] : []))
    .filter((table) => table.rows.some((row) => row.cells.some((cell) => (cell.span ?? 1) > 1)))
    .map(gridStarts);
  layouts.set(schema, found);
  return found;
}

function sameLengths(table: Table, widths: readonly number[]): boolean {
  return table.length === widths.length && widths.every((width, row) => table[row]?.length === width);
}

/**
 * Every table with one value per cell: a table whose rows are exactly as wide as the grid of one of
 * the template's merging tables is folded back to one value per cell (the value of the cell's
 * first grid column); any other table is returned as it came.
 */
export function perCellValues(schema: PlanSchema, tables: readonly Table[]): readonly Table[] {
  const candidates = spanningTables(schema);
  return tables.map((table) => {
    const grid = candidates.find((candidate) => sameLengths(table, candidate.widths));
    if (!grid) return table;
    return grid.starts.map((starts, row) => starts.map((column) => table[row]?.[column] ?? ""));
  });
}
