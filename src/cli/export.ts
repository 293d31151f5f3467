import type { FileHandle } from "node:fs/promises";
import { CSV_BOM, csvLine } from "./csv";
import { expandInputs, openOutput, readBytes } from "./files";
import { planJson } from "./inspect";
import { UnreadablePlanError, readPlanFile } from "./open-plan";
import type { PlanReading } from "../plan/plan-reading";
import { planRows } from "./plan-rows";
import { UsageError, parseCommand } from "./usage";

const IDENTITY = ["file", "codice_meccanografico", "istituto"];
const LONG_HEADER = [...IDENTITY, "tag", "campo", "valore"];
/** Characters that would make a CSV nobody can read back. */
const BAD_SEPARATORS = ['"', "\r", "\n"];

type Outputs = {
  readonly csv?: FileHandle;
  readonly json?: FileHandle;
  readonly separator: string;
  /** One row per school, one column per tag, instead of one row per school × field. */
  readonly wide: boolean;
};

/** The wide CSV's columns are the first plan's tags: every later plan must have the same school years. */
type WideColumns = { tags?: readonly string[] };

function csvRows(outputs: Outputs, file: string, reading: PlanReading, columns: WideColumns): string {
  const options = { separator: outputs.separator };
  const rows = planRows(file, reading.plan);
  if (!outputs.wide) {
    return rows
      .map((row) =>
        csvLine([row.file, row.codiceMeccanografico, row.istituto, row.tag, row.campo, row.valore], options),
      )
      .join("");
  }
  const tags = rows.map((row) => row.tag);
  const header = columns.tags === undefined ? csvLine([...IDENTITY, ...tags], options) : "";
  if (columns.tags !== undefined && columns.tags.join() !== tags.join()) {
    throw new UnreadablePlanError(
      file,
      "anni scolastici diversi da quelli del primo piano: non entra nelle stesse colonne",
    );
  }
  columns.tags = tags;
  const [first] = rows;
  const identity = first ? [first.file, first.codiceMeccanografico, first.istituto] : [file, "", ""];
  return header + csvLine([...identity, ...rows.map((row) => row.valore)], options);
}

async function writePlan(
  outputs: Outputs,
  file: string,
  first: boolean,
  columns: WideColumns,
): Promise<void> {
  const reading = await readPlanFile(file, await readBytes(file));
  const csv = outputs.csv ? csvRows(outputs, file, reading, columns) : "";
  await outputs.csv?.write(csv);
  await outputs.json?.write(`${first ? "" : ",\n"}${JSON.stringify(planJson(file, reading))}`);
}

/** Why a file was not exported, in one line; an unexpected error too, so one bad file never stops the rest. */
function failure(file: string, error: unknown): string {
  if (error instanceof UnreadablePlanError) return error.message;
  return `${file}: errore inatteso nella lettura (${error instanceof Error ? error.message : String(error)})`;
}

export async function exportPlans(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    csv: { type: "string" },
    json: { type: "string" },
    separator: { type: "string", default: ";" },
    wide: { type: "boolean" },
  });
  if (!values.csv && !values.json)
    throw new UsageError("pgs export vuole --csv OUT.csv oppure --json OUT.json");
  if (positionals.length === 0) throw new UsageError("pgs export vuole almeno un file .docx o una cartella");
  const separator = values.separator ?? ";";
  if (separator.length !== 1 || BAD_SEPARATORS.includes(separator)) {
    throw new UsageError("il separatore deve essere un solo carattere, diverso da virgolette e a capo");
  }
  const files = await expandInputs(positionals);
  const outputs: Outputs = {
    separator,
    wide: values.wide === true,
    ...(values.csv ? { csv: await openOutput(values.csv) } : {}),
    ...(values.json ? { json: await openOutput(values.json) } : {}),
  };
  const failures: string[] = [];
  const columns: WideColumns = {};
  let exported = 0;
  const progress = process.stderr.isTTY;
  try {
    await outputs.csv?.write(CSV_BOM + (outputs.wide ? "" : csvLine(LONG_HEADER, { separator })));
    await outputs.json?.write("[\n");
    for (const [index, file] of files.entries()) {
      if (progress) process.stderr.write(`\r${index + 1}/${files.length} ${file}`.slice(0, 120).padEnd(120));
      try {
        await writePlan(outputs, file, exported === 0, columns);
        exported++;
      } catch (error) {
        failures.push(failure(file, error));
      }
    }
    await outputs.json?.write("\n]\n");
  } finally {
    await Promise.all([outputs.csv?.close(), outputs.json?.close()]);
  }
  if (progress) process.stderr.write(`\r${" ".repeat(120)}\r`);
  process.stderr.write(`Piani esportati: ${exported} di ${files.length}.\n`);
  if (failures.length > 0) {
    process.stderr.write(
      `File non letti (${failures.length}):\n${failures.map((line) => `  ${line}\n`).join("")}`,
    );
  }
  return failures.length === 0 ? 0 : 1;
}
