/** Tables for the terminal (aligned plain text) and for the README (markdown). */
export type Table = {
  readonly title: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Columns aligned right (numbers); the others align left. */
  readonly numeric?: readonly number[];
};

export function plainTable(table: Table): string {
  const all = [table.headers, ...table.rows];
  const widths = table.headers.map((_, column) =>
    Math.max(...all.map((row) => [...(row[column] ?? "")].length)),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => {
        const pad = " ".repeat((widths[column] ?? 0) - [...cell].length);
        return table.numeric?.includes(column) ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [table.title, line(table.headers), rule, ...table.rows.map(line)].join("\n");
}

export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const escape = (cell: string) => cell.replace(/\|/g, "\\|");
  const line = (row: readonly string[]) => `| ${row.map(escape).join(" | ")} |`;
  return [line(headers), `|${headers.map(() => "---").join("|")}|`, ...rows.map(line)].join("\n");
}
