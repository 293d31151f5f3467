import type { Block, TableLayout } from "../../plan/layout-types";

/** A control's `w:id`, looked up by its tag. */
export type ControlIds = (tag: string) => number;

function tableTags(table: TableLayout): string[] {
  return table.rows.flatMap((row) =>
    row.cells.flatMap((cell) => (cell.content.kind === "field" ? [cell.content.tag] : [])),
  );
}

function blockTags(block: Block): string[] {
  switch (block.kind) {
    case "table":
      return tableTags(block.table);
    case "controlled-table":
      return [block.tag, ...tableTags(block.table)];
    case "text-field":
      return [block.tag];
    default:
      return [];
  }
}

/** Numbers the layout's controls 1, 2, … in document order, so ids are unique and the output deterministic. */
export function controlIds(layout: readonly Block[]): ControlIds {
  const ids = new Map<string, number>();
  for (const tag of layout.flatMap(blockTags)) {
    if (ids.has(tag)) throw new Error(`The layout places ${tag} twice`);
    ids.set(tag, ids.size + 1);
  }
  return (tag) => {
    const id = ids.get(tag);
    if (id === undefined) throw new Error(`The layout has no control ${tag}`);
    return id;
  };
}
