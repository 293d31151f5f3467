/** `pgs report`: the national synthesis of many plans, as an HTML page and as JSON. */
import type { Locale } from "../../plan/messages";
import { expandInputs, openOutput } from "../files";
import { forEachPlan, reportOutcome } from "../read-plans";
import { safeJson } from "../terminal";
import { UsageError, parseCommand } from "../usage";
import { reportPage } from "./html";
import { SynthesisBuilder } from "./synthesis";

const GROUPINGS = ["regione", "provincia"] as const;
const LOCALES: readonly Locale[] = ["it", "en"];

export async function reportPlans(args: readonly string[], today: Date = new Date()): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    html: { type: "string" },
    json: { type: "string" },
    by: { type: "string", default: "regione" },
    lang: { type: "string", default: "it" },
  });
  if (!values.html && !values.json)
    throw new UsageError("pgs report vuole --html OUT.html oppure --json OUT.json");
  if (positionals.length === 0) throw new UsageError("pgs report vuole almeno un file .docx o una cartella");
  const by = GROUPINGS.find((grouping) => grouping === values.by);
  if (!by) throw new UsageError("--by vuole regione oppure provincia");
  const locale = LOCALES.find((entry) => entry === values.lang);
  if (!locale) throw new UsageError("--lang vuole it oppure en");
  const { files, skipped } = await expandInputs(positionals);
  const html = values.html ? await openOutput(values.html) : undefined;
  const json = values.json ? await openOutput(values.json) : undefined;
  const builder = new SynthesisBuilder();
  for (const reason of skipped) builder.refuse(reason);
  let finished = false;
  try {
    await forEachPlan(
      files,
      ["facts"],
      (_file, plan) => builder.add(plan.facts),
      (message) => builder.refuse(message),
    );
    const synthesis = builder.synthesis();
    await json?.handle.write(`${safeJson(synthesis, 2)}\n`);
    const date = today.toISOString().slice(0, 10);
    await html?.handle.write(await reportPage(synthesis, { locale, by, date }));
    finished = true;
  } finally {
    for (const output of [html, json]) await (finished ? output?.commit() : output?.discard());
  }
  const { plans } = builder.synthesis();
  reportOutcome("Piani letti", plans.read, files.length + skipped.length, plans.refused);
  return plans.refused.length === 0 ? 0 : 1;
}
