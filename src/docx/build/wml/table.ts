import type { TableLayout, TableRow } from "../../../plan/layout-types";
import type { ControlIds } from "../control-ids";
import { STYLE } from "../look";
import { el, type XmlElement } from "../xml/tree";
import { twipsWidth, val } from "./attributes";
import { tableCell } from "./cell";

/** The layout's relative column widths scaled to `total` twips; the last column takes the rounding. */
export function gridWidths(columns: readonly number[], total: number): number[] {
  const sum = columns.reduce((a, b) => a + b, 0);
  const widths = columns.map((column) => Math.floor((column * total) / sum));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  return widths.map((width, index) => (index === widths.length - 1 ? width + rest : width));
}

function tableRow(row: TableRow, grid: readonly number[], ids: ControlIds): XmlElement {
  let column = 0;
  const cells = row.cells.map((cell) => {
    const span = cell.span ?? 1;
    const width = grid.slice(column, column + span).reduce((a, b) => a + b, 0);
    column += span;
    return tableCell(cell, width, ids);
  });
  if (column !== grid.length) throw new Error(`A row spans ${column} of ${grid.length} columns`);
  // Rows never split across pages; header rows repeat on every page the table reaches.
  const properties = el("w:trPr", {}, [el("w:cantSplit"), row.header && el("w:tblHeader")]);
  return el("w:tr", {}, [properties, ...cells]);
}

/** A fixed-layout table `width` twips wide, one `w:tc` per layout cell (Table.values counts them). */
export function table(layout: TableLayout, width: number, ids: ControlIds): XmlElement {
  const grid = gridWidths(layout.columns, width);
  return el("w:tbl", {}, [
    el("w:tblPr", {}, [
      val("w:tblStyle", STYLE.tableGrid),
      twipsWidth("w:tblW", width),
      el("w:tblLayout", { "w:type": "fixed" }),
    ]),
    el(
      "w:tblGrid",
      {},
      grid.map((w) => el("w:gridCol", { "w:w": String(w) })),
    ),
    ...layout.rows.map((row) => tableRow(row, grid, ids)),
  ]);
}
