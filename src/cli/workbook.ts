/**
 * `pgs export --xlsx`: the plans as a workbook, written by exceljs's streaming writer, so rows
 * reach the file as the plans are read and 5,000 plans never sit in memory together. One sheet
 * per part, one row per school; numbers are numbers, dates are dates, the header row is frozen
 * and filtered. Text cells follow the CSV's rule (csv.ts): data, never a formula.
 */
import { once } from "node:events";
import type { WriteStream } from "node:fs";
import type { Worksheet, stream } from "exceljs";
import { PLAN_ROWS, planningLabel } from "../plan/actions";
import type { VersionRow } from "../plan/versioning";
import { formatTag } from "../plan/tags";
import { CAMPI } from "../plan/texts";
import { parseItalianDate } from "../plan/values";
import { CLASSI, INDIRIZZI, PLANNING_MONTHS, SERVICE_LEVELS } from "../plan/vocabulary";
import { safeText } from "./csv";
import type { Output } from "./files";
import type { PlanParts } from "./isolated-reader";

/** The sheets, in the order Excel shows their tabs. */
export const SHEETS = ["anagrafica", "livelli", "mesi", "alunni", "versioni", "file non letti"] as const;
type SheetName = (typeof SHEETS)[number];

type Value = string | number | Date | null;

/** Dates shown as an Italian office writes them. */
const DATE_FORMAT = "dd/mm/yyyy";

const text = (value: string): string => safeText(value);

/** A gg/mm/aaaa date as the spreadsheet's date (midnight UTC, which Excel shows as that day). */
function dateCell(value: string): Value {
  const date = parseItalianDate(value);
  return date ? new Date(Date.UTC(date.year, date.month - 1, date.day)) : value === "" ? null : text(value);
}

const rowTitle = (row: (typeof PLAN_ROWS)[number]) =>
  row.kind === "azione" ? `${row.id} ${planningLabel(row)}` : planningLabel(row);

function headers(years: readonly string[]): Readonly<Record<SheetName, readonly string[]>> {
  const byRowAndYear = PLAN_ROWS.flatMap((row) => years.map((year) => `${rowTitle(row)} ${year}`));
  return {
    anagrafica: ["file", ...CAMPI.map((campo) => campo.label)],
    livelli: ["file", "codice meccanografico", ...byRowAndYear],
    mesi: ["file", "codice meccanografico", ...byRowAndYear],
    alunni: [
      "file",
      "codice meccanografico",
      ...INDIRIZZI.flatMap((indirizzo) => CLASSI.map((classe) => `${indirizzo.label} ${classe.label}`)),
      "totale",
    ],
    versioni: [
      "file",
      "codice meccanografico",
      "versioni registrate",
      "ultima data",
      "ultimo numero",
      "ultime revisioni",
    ],
    "file non letti": ["file e motivo"],
  };
}

function lastVersion(versions: readonly VersionRow[]): VersionRow | undefined {
  return versions.at(-1);
}

/** The school's row of each sheet. */
function rowsOf(
  file: string,
  plan: Pick<PlanParts, "json" | "facts">,
): Record<Exclude<SheetName, "file non letti">, Value[]> {
  const { facts, json } = plan;
  const identity = [text(file), text(facts.codice)];
  const campo = (id: (typeof CAMPI)[number]["id"]) =>
    json.fields[formatTag({ kind: "campo", campo: id })] ?? "";
  const level = (id: string | null) => SERVICE_LEVELS.find((entry) => entry.id === id)?.label ?? null;
  const monthLabel = (id: string) => PLANNING_MONTHS.find((month) => month.id === id)?.label ?? id;
  const counts = INDIRIZZI.flatMap((indirizzo) =>
    CLASSI.map((classe) => facts.students[indirizzo.id][classe.id]),
  );
  const last = lastVersion(json.versions);
  return {
    anagrafica: [
      text(file),
      ...CAMPI.map((entry) => (entry.value === "date" ? dateCell(campo(entry.id)) : text(campo(entry.id)))),
    ],
    livelli: [...identity, ...PLAN_ROWS.flatMap((row) => (facts.levels[row.id] ?? []).map(level))],
    mesi: [
      ...identity,
      ...PLAN_ROWS.flatMap((row) =>
        (facts.months[row.id] ?? []).map((months) => months.map(monthLabel).join(" ") || null),
      ),
    ],
    alunni: [...identity, ...counts, counts.reduce<number>((sum, count) => sum + (count ?? 0), 0)],
    versioni: [
      ...identity,
      json.versions.length,
      last ? dateCell(last.date) : null,
      last ? text(last.number) : null,
      last ? text(last.summary) : null,
    ],
  };
}

/** The workbook being written; `add` a plan, `refuse` a file, then `commit`. */
export class PlanWorkbook {
  private sheets: Map<SheetName, Worksheet> | undefined;
  private years: readonly string[] | undefined;

  private constructor(
    private readonly writer: stream.xlsx.WorkbookWriter,
    private readonly file: WriteStream,
  ) {}

  /** exceljs is loaded here, only by the export that writes a workbook. */
  static async open(output: Output): Promise<PlanWorkbook> {
    const { default: ExcelJS } = await import("exceljs");
    // The stream closes the handle when the zip is written: a handle with a stream still open on it
    // would never finish closing.
    const file = output.handle.createWriteStream();
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: file,
      useStyles: true,
      useSharedStrings: false,
    });
    return new PlanWorkbook(writer, file);
  }

  /** The sheets, headed for the first plan's school years: every later plan must have the same. */
  private sheetsFor(years: readonly string[]): Map<SheetName, Worksheet> {
    if (this.sheets) return this.sheets;
    this.years = years;
    const heads = headers(years);
    this.sheets = new Map(
      SHEETS.map((name) => {
        const columns = heads[name];
        const sheet = this.writer.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
        sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
        sheet.columns = columns.map((header, index) => ({
          header,
          key: String(index),
          width: index === 0 ? 36 : Math.min(40, Math.max(12, header.length + 2)),
        }));
        sheet.getRow(1).font = { bold: true };
        sheet.getRow(1).commit();
        return [name, sheet];
      }),
    );
    return this.sheets;
  }

  /** Whether a plan of these school years fits the columns (those of the first plan added). */
  accepts(years: readonly string[]): boolean {
    return this.years === undefined || this.years.join() === years.join();
  }

  add(file: string, plan: Pick<PlanParts, "json" | "facts">): void {
    const sheets = this.sheetsFor(plan.facts.years);
    for (const [name, values] of Object.entries(rowsOf(file, plan))) {
      const row = sheets.get(name as SheetName)?.addRow(values);
      row?.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = DATE_FORMAT;
      });
      row?.commit();
    }
  }

  /** Stops writing: the stream lets go of the file, which the caller then discards. */
  abort(): void {
    this.file.destroy();
  }

  /** Writes the files not read, then closes every sheet and the zip; the output is committed by the caller. */
  async finish(refused: readonly string[]): Promise<void> {
    const sheets = this.sheetsFor(this.years ?? []);
    for (const reason of refused)
      sheets
        .get("file non letti")
        ?.addRow([text(reason)])
        .commit();
    for (const sheet of sheets.values()) sheet.commit();
    const closed = once(this.file, "close");
    await this.writer.commit();
    await closed;
  }
}
