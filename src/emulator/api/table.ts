/** Word.Table, Word.TableCollection and Word.TableCell (WordApi 1.3). */
import { NS } from "../../docx/namespaces";
import { firstChildNamed, type XmlElement } from "../../docx/xml";
import { ERROR_CODES, MESSAGES, NotEmulatedError, OfficeExtensionError } from "../errors";
import { addRowsAtEnd, rowCells, setCellText, tableRows, tableValues } from "../ooxml/tables";
import { containerText } from "../ooxml/text";
import { ancestorW, descendantsW } from "../ooxml/walk";
import type { Handle } from "../runtime/handle";
import { strictRecord } from "../runtime/strict-proxy";
import type { TypeSpec } from "../runtime/spec";
import type { DocumentSession } from "../session";
import { invalidArgument, oneOf } from "./args";
import { collectionSpec } from "./collections";

function valuesArg(value: unknown, location: string): string[][] {
  if (value === undefined) return [];
  const ok =
    Array.isArray(value) &&
    value.every((row) => Array.isArray(row) && row.every((v) => typeof v === "string"));
  if (!ok) throw invalidArgument(location, "values must be a string[][]");
  return value as string[][];
}

function addRows(self: Handle, args: readonly unknown[]): object {
  const location = "Table.addRows";
  const where = oneOf(args[0], ["End", "Start"], location, "insertLocation");
  if (where === "Start") throw new NotEmulatedError('Table.addRows("Start")');
  const count = args[1];
  if (typeof count !== "number" || !Number.isInteger(count) || count < 1)
    throw invalidArgument(location, "rowCount must be a positive integer");
  const values = valuesArg(args[2], location);
  self.enqueue(
    "addRows",
    () => {
      const tbl = self.target(location);
      try {
        addRowsAtEnd(tbl, count, values, self.session.meter);
      } catch (e) {
        if (e instanceof RangeError) throw invalidArgument(location, e.message);
        throw e;
      }
      self.session.documentChanged();
    },
    "1.3",
  );
  // Office.js returns the new rows; the emulator does not model TableRowCollection.
  return strictRecord("TableRowCollection", {});
}

/** `Table.getCell(rowIndex, cellIndex)`: a cell that does not exist fails at sync with ItemNotFound. */
function getCell(self: Handle, args: readonly unknown[]): object {
  const location = "Table.getCell";
  const [rowIndex, cellIndex] = args;
  const index = (value: unknown) => typeof value === "number" && Number.isInteger(value) && value >= 0;
  if (!index(rowIndex) || !index(cellIndex))
    throw invalidArgument(location, "rowIndex and cellIndex must be whole numbers");
  return self.derive(
    tableCellSpec,
    {
      kind: "object",
      nullable: false,
      where: location,
      resolve: () => {
        const tr = tableRows(self.target(location), self.session.meter)[rowIndex as number];
        return (tr && rowCells(tr, self.session.meter)[cellIndex as number]) ?? null;
      },
    },
    "1.3",
  ).proxy;
}

/** `w:gridSpan` of a cell: the grid columns it covers (1 when absent). */
function gridSpan(tc: XmlElement): number {
  const tcPr = firstChildNamed(tc, NS.w, "tcPr");
  const span = tcPr ? firstChildNamed(tcPr, NS.w, "gridSpan")?.getAttributeNS(NS.w, "val") : null;
  const n = Number(span ?? "1");
  return Number.isInteger(n) && n > 1 ? n : 1;
}

/** One value per grid column: a merged cell's text under its first column, "" under the others. */
function gridValues(tbl: XmlElement, session: DocumentSession): string[][] {
  const perCell = tableValues(tbl, session.meter, session.textView);
  return tableRows(tbl, session.meter).map((tr, row) =>
    rowCells(tr, session.meter).flatMap((tc, i) => [
      perCell[row]?.[i] ?? "",
      ...Array.from({ length: gridSpan(tc) - 1 }, () => ""),
    ]),
  );
}

export const tableSpec: TypeSpec = {
  name: "Table",
  scalars: {
    values: {
      read: (tbl, s) => {
        if (
          s.quirks.tableValues === "throws-on-vertical-merge" &&
          descendantsW(tbl, "vMerge", s.meter).length
        ) {
          throw new OfficeExtensionError(
            ERROR_CODES.generalException,
            MESSAGES.generalException,
            "Table.values",
          );
        }
        return s.quirks.tableValues === "per-grid-column"
          ? gridValues(tbl, s)
          : tableValues(tbl, s.meter, s.textView);
      },
      since: "1.3",
    },
    rowCount: { read: (tbl, s) => tableRows(tbl, s.meter).length, since: "1.3", readOnly: true },
  },
  navigation: {},
  methods: { addRows, getCell },
};

export const tableCollectionSpec: TypeSpec = collectionSpec("TableCollection", () => tableSpec);

function cellPosition(
  tc: XmlElement,
  session: DocumentSession,
): { readonly rowIndex: number; readonly cellIndex: number } {
  const tr = ancestorW(tc, "tr", session.meter);
  const tbl = tr ? ancestorW(tr, "tbl", session.meter) : null;
  if (!tr || !tbl) return { rowIndex: -1, cellIndex: -1 };
  return {
    rowIndex: tableRows(tbl, session.meter).indexOf(tr),
    cellIndex: rowCells(tr, session.meter).indexOf(tc),
  };
}

export const tableCellSpec: TypeSpec = {
  name: "TableCell",
  scalars: {
    rowIndex: { read: (tc, s) => cellPosition(tc, s).rowIndex, since: "1.3", readOnly: true },
    cellIndex: { read: (tc, s) => cellPosition(tc, s).cellIndex, since: "1.3", readOnly: true },
    value: {
      read: (tc, s) => containerText(tc, s.meter, s.textView),
      write: (tc, value, session, location) => {
        if (typeof value !== "string") throw invalidArgument(location, "value must be a string");
        setCellText(tc, value, session.meter);
        session.documentChanged();
      },
      since: "1.3",
    },
  },
  navigation: {
    parentTable: {
      spec: () => tableSpec,
      create: (self) =>
        self.derive(
          tableSpec,
          {
            kind: "object",
            nullable: false,
            where: "TableCell.parentTable",
            resolve: () => ancestorW(self.target("TableCell.parentTable"), "tbl", self.session.meter),
          },
          "1.3",
        ),
    },
  },
  methods: {},
};
