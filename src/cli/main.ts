import { writeFile } from "node:fs/promises";
import { buildTemplate } from "../docx/build";
import { createSchema } from "../plan/fields";
import { LIMITS } from "../plan/limits";
import { type SchoolYear, parseSchoolYear } from "../plan/vocabulary";
import { exportPlans } from "./export";
import { readBytes } from "./files";
import { HELP } from "./help";
import { describePlan, planJson } from "./inspect";
import { UnreadablePlanError, readPlanFile } from "./open-plan";
import { reportPlans } from "./report/report";
import { oneLine, safeJson } from "./terminal";
import { UsageError, parseCommand } from "./usage";

function parseYears(text: string | undefined): readonly SchoolYear[] | undefined {
  if (text === undefined) return undefined;
  const years = text.split(",").map((part) => {
    const year = parseSchoolYear(part);
    if (!year) throw new UsageError(`anno scolastico non valido: «${part}» (esempio: 2024/2025)`);
    return year;
  });
  if (years.length > LIMITS.schoolYears)
    throw new UsageError(`al massimo ${LIMITS.schoolYears} anni scolastici`);
  years.forEach((year, index) => {
    const previous = years[index - 1];
    if (previous && year.start !== previous.start + 1)
      throw new UsageError("gli anni scolastici devono essere consecutivi");
  });
  return years;
}

async function inspect(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, { json: { type: "boolean" } });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError("pgs inspect vuole un solo file .docx");
  const reading = await readPlanFile(file, await readBytes(file));
  const text = values.json ? safeJson(planJson(file, reading), 2) : describePlan(file, reading);
  process.stdout.write(`${text}\n`);
  return reading.plan.problems.length === 0 ? 0 : 1;
}

async function template(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, { years: { type: "string" } });
  const [out, ...extra] = positionals;
  if (!out || extra.length > 0) throw new UsageError("pgs template vuole il nome del file da scrivere");
  const bytes = await buildTemplate(createSchema(parseYears(values.years)));
  await writeFile(out, bytes).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`impossibile scrivere ${out} (${error.code ?? "errore"})`);
  });
  process.stderr.write(`Modello scritto in ${out}\n`);
  return 0;
}

export { oneLine };

/** Runs pgs; resolves to the exit code. Mistakes and unreadable files are one line on stderr, never a stack. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "inspect":
        return await inspect(rest);
      case "export":
        return await exportPlans(rest);
      case "report":
        return await reportPlans(rest);
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
    if (error instanceof UsageError) {
      process.stderr.write(`pgs: ${oneLine(error.message)} (pgs --help per l'elenco delle opzioni)\n`);
      return 2;
    }
    if (error instanceof UnreadablePlanError) {
      process.stderr.write(`pgs: ${oneLine(error.message)}\n`);
      return 2;
    }
    throw error;
  }
}
