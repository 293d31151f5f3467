import { CSV_BOM, csvLine } from "./csv";
import { type Output, expandInputs, openOutput } from "./files";
import type { PlanRowOut } from "./plan-rows";
import type { Part } from "./isolated-reader";
import { forEachPlan, reportOutcome } from "./read-plans";
import { PlanWorkbook } from "./workbook";
import { safeJson } from "./terminal";
import { UsageError, parseCommand } from "./usage";

/**
 * The long CSV's columns. Each row carries the file and the codice meccanografico, so a row
 * filtered alone in Excel still says whose it is; the istituto's name is not repeated on the 1,076
 * rows of a plan: it is the row of its own field (pgs:campo:istituto), and a column of --wide.
 */
const LONG_HEADER = ["file", "codice_meccanografico", "tag", "campo", "valore"];
const WIDE_IDENTITY = ["file", "codice_meccanografico", "istituto"];
/** Characters that would make a CSV nobody can read back. */
const BAD_SEPARATORS = ['"', "\r", "\n"];

type Outputs = {
  readonly csv?: Output;
  readonly json?: Output;
  readonly xlsx?: Output;
  readonly separator: string;
  /** One row per school, one column per tag, instead of one row per school × field. */
  readonly wide: boolean;
};

const differentYears = (file: string) =>
  `${file}: anni scolastici diversi da quelli del primo piano: non entra nelle stesse colonne`;

/** The wide CSV's columns are the first plan's tags: every later plan must have the same school years. */
type WideColumns = { tags?: readonly string[] };

/** The CSV of one plan, or the reason it does not fit the wide columns. */
function csvRows(outputs: Outputs, file: string, rows: readonly PlanRowOut[], columns: WideColumns): string {
  const options = { separator: outputs.separator };
  if (!outputs.wide) {
    return rows
      .map((row) => csvLine([row.file, row.codiceMeccanografico, row.tag, row.campo, row.valore], options))
      .join("");
  }
  const tags = rows.map((row) => row.tag);
  if (columns.tags !== undefined && columns.tags.join() !== tags.join()) {
    throw new UsageError(differentYears(file));
  }
  const header = columns.tags === undefined ? csvLine([...WIDE_IDENTITY, ...tags], options) : "";
  columns.tags = tags;
  const [first] = rows;
  const identity = first ? [first.file, first.codiceMeccanografico, first.istituto] : [file, "", ""];
  return header + csvLine([...identity, ...rows.map((row) => row.valore)], options);
}

export async function exportPlans(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    csv: { type: "string" },
    json: { type: "string" },
    xlsx: { type: "string" },
    separator: { type: "string", default: ";" },
    wide: { type: "boolean" },
  });
  if (!values.csv && !values.json && !values.xlsx)
    throw new UsageError("pgs export vuole --csv OUT.csv, --json OUT.json oppure --xlsx OUT.xlsx");
  if (positionals.length === 0) throw new UsageError("pgs export vuole almeno un file .docx o una cartella");
  const separator = values.separator ?? ";";
  if (separator.length !== 1 || BAD_SEPARATORS.includes(separator)) {
    throw new UsageError("il separatore deve essere un solo carattere, diverso da virgolette e a capo");
  }
  const { files, skipped } = await expandInputs(positionals);
  const outputs: Outputs = {
    separator,
    wide: values.wide === true,
    ...(values.csv ? { csv: await openOutput(values.csv) } : {}),
    ...(values.json ? { json: await openOutput(values.json) } : {}),
    ...(values.xlsx ? { xlsx: await openOutput(values.xlsx) } : {}),
  };
  const workbook = outputs.xlsx ? await PlanWorkbook.open(outputs.xlsx) : undefined;
  const parts: Part[] = [
    ...(outputs.csv ? (["rows"] as const) : []),
    ...(outputs.json || workbook ? (["json"] as const) : []),
    ...(workbook ? (["facts"] as const) : []),
  ];
  const failures: string[] = [...skipped];
  const columns: WideColumns = {};
  let exported = 0;
  let finished = false;
  try {
    await outputs.csv?.handle.write(CSV_BOM + (outputs.wide ? "" : csvLine(LONG_HEADER, { separator })));
    await outputs.json?.handle.write("[\n");
    await forEachPlan(
      files,
      parts,
      async (file, plan) => {
        let csv: string;
        try {
          csv = outputs.csv ? csvRows(outputs, file, plan.rows, columns) : "";
          if (workbook && !workbook.accepts(plan.facts.years)) throw new UsageError(differentYears(file));
        } catch (error) {
          if (!(error instanceof UsageError)) throw error;
          failures.push(error.message);
          return;
        }
        await outputs.csv?.handle.write(csv);
        await outputs.json?.handle.write(`${exported === 0 ? "" : ",\n"}${safeJson(plan.json)}`);
        workbook?.add(file, plan);
        exported++;
      },
      (message) => failures.push(message),
    );
    await outputs.json?.handle.write("\n]\n");
    await workbook?.finish(failures);
    finished = true;
  } finally {
    if (!finished) workbook?.abort();
    for (const output of [outputs.csv, outputs.json, outputs.xlsx])
      await (finished ? output?.commit() : output?.discard());
  }
  reportOutcome("Piani esportati", exported, files.length + skipped.length, failures);
  return failures.length === 0 ? 0 : 1;
}
