import { type PlanSchema, createSchema } from "./fields";
import { LIMITS, LimitError } from "./limits";
import type { DocumentReading } from "./read";
import { parseTag } from "./tags";
import { OFFICIAL_SCHOOL_YEARS, type SchoolYear } from "./vocabulary";

/**
 * The last schema built, kept because an export reads plan after plan of the same years; one entry
 * only, so a thousand plans of different years never grow it.
 */
let last: { readonly key: string; readonly schema: PlanSchema } | undefined;

/** The schema for these school years. */
export function schemaFor(years: readonly SchoolYear[]): PlanSchema {
  const key = years.map((year) => year.start).join(",");
  if (last?.key === key) return last.schema;
  const schema = createSchema(years);
  last = { key, schema };
  return schema;
}

/** "ANNO SCOLASTICO 2024-2025", the heading of a planning grid: the one place years show without tags. */
const PLANNING_HEADER = /^ANNO SCOLASTICO (\d{4})-(\d{4})$/;

function yearsInTables(tables: DocumentReading["tables"]): Map<number, number> {
  const starts = new Map<number, number>();
  for (const table of tables ?? []) {
    const match = PLANNING_HEADER.exec((table[0]?.[1] ?? "").trim());
    if (match && Number(match[2]) === Number(match[1]) + 1) {
      const start = Number(match[1]);
      starts.set(start, (starts.get(start) ?? 0) + 1);
    }
  }
  return starts;
}

/** How many level and month controls carry each school year. */
function yearsInTags(controls: DocumentReading["controls"]): Map<number, number> {
  const starts = new Map<number, number>();
  for (const control of controls) {
    const key = parseTag(control.tag);
    if (key && (key.kind === "livello" || key.kind === "mese"))
      starts.set(key.year.start, (starts.get(key.year.start) ?? 0) + 1);
  }
  return starts;
}

/**
 * The template's years among those seen: a template is built for consecutive years, each with the
 * same controls (330 per year), so a year carried by under a tenth of the controls of the best
 * one is a stray tag, and of the runs of consecutive years left the one with the most controls
 * wins. Every other year's controls are then unknown fields, never new columns.
 */
function templateYears(counts: ReadonlyMap<number, number>): SchoolYear[] {
  let most = 0;
  for (const count of counts.values()) most = Math.max(most, count);
  const starts = [...counts.keys()]
    .filter((start) => (counts.get(start) ?? 0) * 10 >= most)
    .sort((a, b) => a - b);
  let best: number[] = [];
  let bestWeight = -1;
  let run: number[] = [];
  let weight = 0;
  for (const start of starts) {
    if (run.length > 0 && start !== (run[run.length - 1] as number) + 1) {
      run = [];
      weight = 0;
    }
    run.push(start);
    weight += counts.get(start) ?? 0;
    if (weight > bestWeight) {
      best = [...run];
      bestWeight = weight;
    }
  }
  if (best.length > LIMITS.schoolYears) throw new LimitError("schoolYears", "");
  return best.map((start) => ({ start }));
}

/**
 * The school years a document was made for (a template can be built for any few consecutive
 * years), read from its tags, or from its planning grids' headings where the host hides the
 * controls in tables; the official years when neither says. Throws LimitError past
 * LIMITS.schoolYears consecutive years.
 */
export function schemaOfDocument(reading: DocumentReading): PlanSchema {
  let counts = yearsInTags(reading.controls);
  if (counts.size === 0) counts = yearsInTables(reading.tables);
  if (counts.size === 0) return schemaFor(OFFICIAL_SCHOOL_YEARS);
  return schemaFor(templateYears(counts));
}
