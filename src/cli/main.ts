import { readFile, readdir, stat, writeFile } from "node:fs/promises";
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildTemplate } from "../docx/build";
import { createSchema } from "../plan/fields";
import { type SchoolYear, parseSchoolYear } from "../plan/vocabulary";
import { CSV_BOM, csvLine } from "./csv";
import { describePlan, planJson } from "./inspect";
import { UnreadablePlanError, readPlanFile } from "./open-plan";
import { planRows } from "./plan-rows";

const HELP = `pgs — Piano Generale di Supporto dalla riga di comando

Uso:
  pgs inspect FILE.docx [--json]
      Mostra il piano contenuto nel documento e i suoi problemi.
      --json      stampa il piano in JSON (campi per tag, problemi, versioni)
      Uscita: 0 piano senza problemi, 1 piano con problemi, 2 file non leggibile.

  pgs export FILE.docx|CARTELLA... [--csv OUT.csv] [--json OUT.json] [--separator ;]
      Legge molti piani in una sola tabella, una riga per scuola × campo
      (file, codice meccanografico, istituto, tag, campo, valore).
      Una cartella vale per tutti i .docx che contiene. I file illeggibili
      sono elencati alla fine e non fermano gli altri.
      --csv       scrive la tabella in CSV (UTF-8 con BOM, separatore ";" per Excel italiano)
      --json      scrive un array JSON, un oggetto per piano
      --separator separatore del CSV (predefinito ";")
      Uscita: 0 tutti letti, 1 qualche file non letto, 2 uso errato.

  pgs template [--years 2024/2025,2025/2026,2026/2027] OUT.docx
      Scrive il modello vuoto, per gli anni scolastici ufficiali o per quelli indicati.

  pgs --help    questo aiuto
`;

class UsageError extends Error {}

function parseYears(text: string | undefined): readonly SchoolYear[] | undefined {
  if (text === undefined) return undefined;
  const years = text.split(",").map((part) => {
    const year = parseSchoolYear(part);
    if (!year) throw new UsageError(`anno scolastico non valido: «${part}» (esempio: 2024/2025)`);
    return year;
  });
  years.forEach((year, index) => {
    const previous = years[index - 1];
    if (previous && year.start !== previous.start + 1) throw new UsageError("gli anni scolastici devono essere consecutivi");
  });
  return years;
}

async function inspect(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], options: { json: { type: "boolean" } }, allowPositionals: true });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError("pgs inspect vuole un solo file .docx");
  const reading = await readPlanFile(file, await readBytes(file));
  process.stdout.write(values.json ? `${JSON.stringify(planJson(file, reading), null, 2)}\n` : `${describePlan(file, reading)}\n`);
  return reading.plan.problems.length === 0 ? 0 : 1;
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnreadablePlanError(file, code === "ENOENT" ? "file inesistente" : code === "EISDIR" ? "è una cartella" : `non leggibile (${code ?? "errore"})`);
  }
}

async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(input)).filter((name) => name.toLowerCase().endsWith(".docx") && !name.startsWith("~$"));
      files.push(...names.sort().map((name) => join(input, name)));
    } else files.push(input);
  }
  return files;
}

async function exportPlans(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { csv: { type: "string" }, json: { type: "string" }, separator: { type: "string", default: ";" } },
    allowPositionals: true,
  });
  if (!values.csv && !values.json) throw new UsageError("pgs export vuole --csv OUT.csv oppure --json OUT.json");
  if (positionals.length === 0) throw new UsageError("pgs export vuole almeno un file .docx o una cartella");
  const separator = values.separator;
  if (separator.length !== 1) throw new UsageError("il separatore deve essere un solo carattere");
  const files = await expandInputs(positionals);
  const csv = values.csv ? createWriteStream(values.csv, { encoding: "utf8" }) : undefined;
  const json = values.json ? createWriteStream(values.json, { encoding: "utf8" }) : undefined;
  csv?.write(CSV_BOM + csvLine(["file", "codice_meccanografico", "istituto", "tag", "campo", "valore"], { separator }));
  json?.write("[\n");
  const failures: string[] = [];
  let exported = 0;
  const progress = process.stderr.isTTY;
  for (const [index, file] of files.entries()) {
    if (progress) process.stderr.write(`\r${index + 1}/${files.length} ${file}`.slice(0, 120).padEnd(120));
    try {
      const reading = await readPlanFile(file, await readBytes(file));
      for (const row of planRows(file, reading.plan)) {
        csv?.write(csvLine([row.file, row.codiceMeccanografico, row.istituto, row.tag, row.campo, row.valore], { separator }));
      }
      json?.write(`${exported > 0 ? ",\n" : ""}${JSON.stringify(planJson(file, reading))}`);
      exported++;
    } catch (error) {
      if (!(error instanceof UnreadablePlanError)) throw error;
      failures.push(error.message);
    }
  }
  json?.write("\n]\n");
  const streams = [csv, json].filter((stream) => stream !== undefined);
  await Promise.all(streams.map((stream) => new Promise<void>((resolve) => stream.end(resolve))));
  if (progress) process.stderr.write("\r".padEnd(121) + "\r");
  process.stderr.write(`Piani esportati: ${exported} di ${files.length}.\n`);
  if (failures.length > 0) process.stderr.write(`File non letti (${failures.length}):\n${failures.map((line) => `  ${line}\n`).join("")}`);
  return failures.length === 0 ? 0 : 1;
}

async function template(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], options: { years: { type: "string" } }, allowPositionals: true });
  const [out, ...extra] = positionals;
  if (!out || extra.length > 0) throw new UsageError("pgs template vuole il nome del file da scrivere");
  const years = parseYears(values.years);
  await writeFile(out, await buildTemplate(createSchema(years)));
  process.stderr.write(`Modello scritto in ${out}\n`);
  return 0;
}

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "inspect":
        return await inspect(rest);
      case "export":
        return await exportPlans(rest);
      case "template":
        return await template(rest);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        process.stdout.write(HELP);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`comando sconosciuto: ${command}`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`pgs: ${(error as Error).message}\nUsare pgs --help per l'elenco delle opzioni.\n`);
      return 2;
    }
    if (error instanceof UnreadablePlanError) {
      process.stderr.write(`pgs: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
