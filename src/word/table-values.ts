import { VERSIONING_TAG } from "../plan/tags";
import { officeErrorCode } from "./errors";

/** A table Word gave the text of, and its proxy, for a write in the same `Word.run`. */
export type TableRead = { readonly table: Word.Table; readonly values: string[][] };

/** The tables Word gave the text of, in document order, and how many it would not give. */
export type TablesRead = { readonly tables: readonly TableRead[]; readonly unreadable: number };

const WITH_VALUES = (table: Word.Table): TableRead => ({ table, values: table.values });

/**
 * `values` of each table, or `undefined` where Word would not give it. Word rejects a whole batch at
 * its first failing load, and some hosts fail to load the cell data of a table with vertically
 * merged cells (office-js #3200); so a rejected batch is split in halves until each failure is one
 * table. A table that fails then costs its own fields only, in about two syncs per halving rather
 * than one sync per table. An error that is not Word's (no `code`) is no table's fault: thrown.
 */
async function valuesApart(
  context: Word.RequestContext,
  tables: readonly Word.Table[],
): Promise<readonly (TableRead | undefined)[]> {
  if (tables.length === 0) return [];
  for (const table of tables) table.load("values");
  try {
    await context.sync();
    return tables.map(WITH_VALUES);
  } catch (error) {
    if (officeErrorCode(error) === undefined) throw error;
    if (tables.length === 1) return [undefined];
    const half = Math.ceil(tables.length / 2);
    const first = await valuesApart(context, tables.slice(0, half));
    const rest = await valuesApart(context, tables.slice(half));
    return [...first, ...rest];
  }
}

/**
 * Every table of the body: in one sync when Word gives them all; otherwise the tables are listed
 * and read apart, and those Word would not give are left out and counted.
 */
export async function readAllTables(context: Word.RequestContext): Promise<TablesRead> {
  const all = context.document.body.tables.load("items/values");
  try {
    await context.sync();
    return { tables: all.items.map(WITH_VALUES), unreadable: 0 };
  } catch (error) {
    if (officeErrorCode(error) === undefined) throw error;
  }
  const listed = context.document.body.tables.load("items/rowCount");
  await context.sync();
  const half = Math.ceil(listed.items.length / 2);
  const first = await valuesApart(context, listed.items.slice(0, half));
  const rest = await valuesApart(context, listed.items.slice(half));
  const read = [...first, ...rest];
  const tables = read.filter((table): table is TableRead => table !== undefined);
  return { tables, unreadable: read.length - tables.length };
}

/**
 * The versioning table, found through the control the template wraps it in (WordApi 1.3
 * `ContentControl.tables`), so reading it loads no other table. `undefined` when that way fails:
 * the control or its table is gone, or Word would not give the text; the caller then reads every
 * table, which finds the versioning table by its header, or counts it unreadable.
 */
export async function readVersioningTable(context: Word.RequestContext): Promise<TableRead | undefined> {
  const table = context.document.contentControls
    .getByTag(VERSIONING_TAG)
    .getFirst()
    .tables.getFirstOrNullObject()
    .load("values");
  try {
    await context.sync();
  } catch (error) {
    if (officeErrorCode(error) === undefined) throw error;
    return undefined;
  }
  return table.isNullObject ? undefined : WITH_VALUES(table);
}
