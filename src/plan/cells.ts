import type { PlanSchema } from "./fields";
import { documentLayout } from "./layout";
import type { Block, TableLayout } from "./layout-types";
import type { Tag } from "./tags";
import { normaliseText } from "./values";

/**
 * Where each fill target sits in the template's tables, for hosts that do not list controls inside
 * table cells (Word on the web, office-js #2040): there the plan is read from `Table.values`.
 * Positions count one entry per `w:tc` of a row, which is what `values` returns per row.
 */
export type FieldCell = {
  readonly tag: Tag;
  readonly table: string;
  readonly row: number;
  readonly column: number;
  /** Fixed text before the field in the same cell, to strip from the cell's text. */
  readonly label?: string;
};

export type TableSignature = {
  readonly table: string;
  /** Cells per row (one per w:tc). */
  readonly shape: readonly number[];
  /** The fixed labels that identify the table: [row, column, text]. */
  readonly labels: readonly (readonly [number, number, string])[];
  readonly fields: readonly FieldCell[];
};

function signature(table: TableLayout): TableSignature {
  const labels: [number, number, string][] = [];
  const fields: FieldCell[] = [];
  table.rows.forEach((row, rowIndex) =>
    row.cells.forEach((cell, column) => {
      const content = cell.content;
      if (content.kind === "label" && content.text !== "") labels.push([rowIndex, column, content.text]);
      if (content.kind === "field") {
        fields.push({
          tag: content.tag,
          table: table.id,
          row: rowIndex,
          column,
          ...(content.label ? { label: content.label } : {}),
        });
      }
    }),
  );
  return { table: table.id, shape: table.rows.map((row) => row.cells.length), labels, fields };
}

const signatures = new WeakMap<PlanSchema, readonly TableSignature[]>();

/** The tables that hold fields, in document order (the versioning table holds none); once per schema. */
export function fieldTables(schema: PlanSchema): readonly TableSignature[] {
  const known = signatures.get(schema);
  if (known) return known;
  const tables = documentLayout(schema)
    .flatMap((block: Block) => (block.kind === "table" ? [signature(block.table)] : []))
    .filter((table) => table.fields.length > 0);
  signatures.set(schema, tables);
  return tables;
}

function matches(table: TableSignature, values: readonly (readonly string[])[]): boolean {
  return (
    values.length === table.shape.length &&
    table.shape.every((cells, row) => values[row]?.length === cells) &&
    table.labels.every(
      ([row, column, text]) => normaliseText(values[row]?.[column] ?? "") === normaliseText(text),
    )
  );
}

/** The text of a field's cell, without its fixed label. */
export function cellFieldText(cell: FieldCell, values: readonly (readonly string[])[]): string {
  const text = values[cell.row]?.[cell.column] ?? "";
  if (!cell.label) return text;
  const trimmed = text.trimStart();
  return trimmed.startsWith(cell.label) ? trimmed.slice(cell.label.length) : text;
}

/**
 * Pairs each field table of the layout with a table of the document, in order: a table that a
 * person added or deleted shifts nothing, a table whose labels were edited is not trusted. A table
 * without labels (the criticità box) is trusted only in a document where a labelled one matched.
 */
export function matchTables(
  signatures: readonly TableSignature[],
  documentTables: readonly (readonly (readonly string[])[])[],
): ReadonlyMap<string, number> {
  const found = new Map<string, number>();
  let next = 0;
  for (const table of signatures) {
    for (let index = next; index < documentTables.length; index++) {
      const values = documentTables[index];
      if (values && matches(table, values)) {
        found.set(table.table, index);
        next = index + 1;
        break;
      }
    }
  }
  const labelled = signatures.some((table) => table.labels.length > 0 && found.has(table.table));
  return labelled ? found : new Map();
}
