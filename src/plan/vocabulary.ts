/**
 * The closed vocabularies of the template: school years, months, service levels, kinds of school
 * and classes. Labels are the seed's; ids are what the content-control tags use.
 */

/** A school year runs from 1 September to 31 August: `{ start: 2017 }` is 2017/2018. */
export type SchoolYear = { readonly start: number };

/** The official template's three school years. */
export const OFFICIAL_SCHOOL_YEARS: readonly SchoolYear[] = [
  { start: 2017 },
  { start: 2018 },
  { start: 2019 },
];

/** `count` consecutive school years from `first`, as a template has them (createSchema). */
export function consecutiveSchoolYears(first: SchoolYear, count: number): SchoolYear[] {
  return Array.from({ length: count }, (_, index) => ({ start: first.start + index }));
}

/** Whether two lists name the same school years in the same order. */
export function sameSchoolYears(a: readonly SchoolYear[], b: readonly SchoolYear[]): boolean {
  return a.length === b.length && a.every((year, index) => year.start === b[index]?.start);
}

/** "2017/2018": how the panel and the CLI name a school year. */
export function schoolYearLabel(year: SchoolYear): string {
  return `${year.start}/${year.start + 1}`;
}

/** "2017-18": the id used inside tags (short, so every tag stays within Word's 64 characters). */
export function schoolYearId(year: SchoolYear): string {
  return `${year.start}-${String((year.start + 1) % 100).padStart(2, "0")}`;
}

export function parseSchoolYearId(id: string): SchoolYear | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(id);
  if (!match) return undefined;
  const start = Number(match[1]);
  return (start + 1) % 100 === Number(match[2]) ? { start } : undefined;
}

/** Accepts "2024/2025", "2024/25", "2024-2025" and "2024-25"; the second year must follow the first. */
export function parseSchoolYear(text: string): SchoolYear | undefined {
  const match = /^\s*(\d{4})\s*[/-]\s*(\d{2}|\d{4})\s*$/.exec(text);
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = match[2] as string;
  const next = end.length === 2 ? (start + 1) % 100 : start + 1;
  return Number(end) === next ? { start } : undefined;
}

/** Months of a school year, September to August, as the planning tables head them. */
export const PLANNING_MONTHS = [
  { id: "set", label: "SET", name: "settembre" },
  { id: "ott", label: "OTT", name: "ottobre" },
  { id: "nov", label: "NOV", name: "novembre" },
  { id: "dic", label: "DIC", name: "dicembre" },
  { id: "gen", label: "GEN", name: "gennaio" },
  { id: "feb", label: "FEB", name: "febbraio" },
  { id: "mar", label: "MAR", name: "marzo" },
  { id: "apr", label: "APR", name: "aprile" },
  { id: "mag", label: "MAG", name: "maggio" },
  { id: "giu", label: "GIU", name: "giugno" },
  { id: "lug", label: "LUG", name: "luglio" },
  { id: "ago", label: "AGO", name: "agosto" },
] as const;

export type PlanningMonth = (typeof PLANNING_MONTHS)[number];
export type PlanningMonthId = PlanningMonth["id"];

/** Livelli di servizio, in the seed's row order. */
export const SERVICE_LEVELS = [
  { id: "attivazione", label: "Attivazione", en: "Activation" },
  { id: "consolidamento", label: "Consolidamento", en: "Consolidation" },
  { id: "non-richiesto", label: "Non richiesto", en: "Not requested" },
] as const;

export type ServiceLevel = (typeof SERVICE_LEVELS)[number];
export type ServiceLevelId = ServiceLevel["id"];

/** Indirizzi di studio of the "alunni coinvolti" tables. */
export const INDIRIZZI = [
  { id: "liceo", label: "Liceo" },
  { id: "tecnico", label: "Tecnico" },
  { id: "professionale", label: "Professionale" },
] as const;

export type IndirizzoId = (typeof INDIRIZZI)[number]["id"];

/** The three classes of the triennio in which alternanza takes place. */
export const CLASSI = [
  { id: "III", label: "III" },
  { id: "IV", label: "IV" },
  { id: "V", label: "V" },
] as const;

export type ClasseId = (typeof CLASSI)[number]["id"];
