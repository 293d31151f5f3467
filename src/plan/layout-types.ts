import type { ValueKind } from "./fields";
import type { Tag } from "./tags";

/** The template as a sequence of blocks. The .docx builder renders it; readers use it to find cells. */

export type Run = { readonly text: string; readonly bold?: boolean; readonly italic?: boolean };

export type CellContent =
  | { readonly kind: "label"; readonly text: string; readonly bold?: boolean }
  | { readonly kind: "empty" }
  /** A fill target. `label`, when present, is fixed text shown before the field in the same cell. */
  | {
      readonly kind: "field";
      readonly tag: Tag;
      readonly value: ValueKind;
      readonly title: string;
      readonly label?: string;
    };

export type TableCell = {
  readonly content: CellContent;
  /** Columns this cell spans (w:gridSpan). */
  readonly span?: number;
  /** Vertical merge: "start" begins a merged column cell, "continue" extends the one above. */
  readonly merge?: "start" | "continue";
  /** Shaded like a header. */
  readonly shaded?: boolean;
  readonly align?: "left" | "center";
};

export type TableRow = { readonly header?: boolean; readonly cells: readonly TableCell[] };

export type TableLayout = {
  /** Stable name of the table ("sinottico-1", "pianificazione-2018-19"), for messages and tests. */
  readonly id: string;
  /** Relative column widths; the builder scales them to the page. */
  readonly columns: readonly number[];
  readonly rows: readonly TableRow[];
};

export type SommarioEntry = { readonly level: 1 | 2; readonly text: string };

export type Orientation = "portrait" | "landscape";

export type Block =
  | {
      readonly kind: "cover";
      readonly text: string;
      readonly emphasis: "small" | "normal" | "strong" | "title";
    }
  | { readonly kind: "heading"; readonly level: 1 | 2; readonly text: string }
  | { readonly kind: "paragraph"; readonly runs: readonly Run[] }
  | { readonly kind: "bullets"; readonly items: readonly string[] }
  | { readonly kind: "sommario"; readonly title: string; readonly entries: readonly SommarioEntry[] }
  | { readonly kind: "table"; readonly table: TableLayout }
  /** A table wrapped in one block content control (the versioning table, to which rows are appended). */
  | {
      readonly kind: "controlled-table";
      readonly tag: Tag;
      readonly title: string;
      readonly table: TableLayout;
    }
  /** Free text in the body, as one block content control. */
  | { readonly kind: "text-field"; readonly tag: Tag; readonly title: string }
  | { readonly kind: "page-break" }
  /** Ends the current section; the section that ends here has this orientation. */
  | { readonly kind: "section-end"; readonly orientation: Orientation };
