import { type PlanSchema, createSchema } from "./fields";
import type { DocumentReading } from "./read";
import { parseTag } from "./tags";
import { OFFICIAL_SCHOOL_YEARS, type SchoolYear } from "./vocabulary";

const schemas = new Map<string, PlanSchema>();

/** The schema for these school years, built once per set of years. */
export function schemaFor(years: readonly SchoolYear[]): PlanSchema {
  const key = years.map((year) => year.start).join(",");
  const known = schemas.get(key);
  if (known) return known;
  const schema = createSchema(years);
  schemas.set(key, schema);
  return schema;
}

/** "ANNO SCOLASTICO 2024-2025", the heading of a planning grid: the one place years show without tags. */
const PLANNING_HEADER = /^ANNO SCOLASTICO (\d{4})-(\d{4})$/;

function yearsInTables(tables: DocumentReading["tables"]): number[] {
  const starts: number[] = [];
  for (const table of tables ?? []) {
    const match = PLANNING_HEADER.exec((table[0]?.[1] ?? "").trim());
    if (match && Number(match[2]) === Number(match[1]) + 1) starts.push(Number(match[1]));
  }
  return starts;
}

/**
 * The school years a document was made for (a template can be built for any three), read from its
 * tags, or from its planning grids' headings where the host hides the controls in tables; the
 * official years when neither says.
 */
export function schemaOfDocument(reading: DocumentReading): PlanSchema {
  const starts = new Set<number>();
  for (const control of reading.controls) {
    const key = parseTag(control.tag);
    if (key && (key.kind === "livello" || key.kind === "mese")) starts.add(key.year.start);
  }
  if (starts.size === 0) yearsInTables(reading.tables).forEach((start) => starts.add(start));
  if (starts.size === 0) return schemaFor(OFFICIAL_SCHOOL_YEARS);
  return schemaFor([...starts].sort((a, b) => a - b).map((start) => ({ start })));
}
