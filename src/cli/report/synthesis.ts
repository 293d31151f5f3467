/**
 * The national synthesis as data: every figure the report's page shows, summed plan by plan so
 * that 5,000 plans need no more memory than their counts. The page (html.ts) and the JSON are
 * both drawn from this one object.
 */
import { PLAN_ROWS, planningLabel } from "../../plan/actions";
import type { PlanCheckCode } from "../../plan/checks";
import {
  CLASSI,
  type ClasseId,
  INDIRIZZI,
  type IndirizzoId,
  PLANNING_MONTHS,
  SERVICE_LEVELS,
  type ServiceLevelId,
} from "../../plan/vocabulary";
import type { PlanFacts } from "./facts";
import { placeOf } from "./regions";

export type LevelCounts = Readonly<Record<ServiceLevelId | "nessuno", number>>;

export type Synthesis = {
  readonly plans: { readonly read: number; readonly refused: readonly string[] };
  /** Every school year met in the plans, in order. */
  readonly years: readonly string[];
  readonly schools: {
    /** Distinct codici meccanografici among the plans read (a school sending two plans counts once). */
    readonly codici: number;
    readonly byRegion: readonly { readonly regione: string; readonly plans: number }[];
    readonly byProvince: readonly {
      readonly provincia: string;
      readonly regione: string;
      readonly plans: number;
    }[];
    /** Plans whose codice names no province: listed, not guessed. */
    readonly unplaced: readonly { readonly file: string; readonly codice: string }[];
  };
  readonly students: {
    readonly total: number;
    readonly byIndirizzo: readonly {
      readonly indirizzo: IndirizzoId;
      readonly byClasse: Readonly<Record<ClasseId, number>>;
      readonly total: number;
      /** Share of all students, in per cent with one decimal, as the page writes it. */
      readonly percent: number;
    }[];
    readonly byClasse: readonly {
      readonly classe: ClasseId;
      readonly total: number;
      readonly percent: number;
    }[];
  };
  /** For each row and school year, how many plans chose each level («nessuno»: none marked). */
  readonly levels: readonly {
    readonly row: string;
    readonly label: string;
    readonly year: string;
    readonly counts: LevelCounts;
  }[];
  /** For each row and school year, how many plans planned each month, September to August. */
  readonly months: readonly {
    readonly row: string;
    readonly label: string;
    readonly year: string;
    readonly plans: readonly number[];
  }[];
  readonly checks: {
    readonly plansWithWarnings: number;
    /** Most frequent first: how many plans have the warning, and how many times in all. */
    readonly byCode: readonly {
      readonly code: PlanCheckCode;
      readonly plans: number;
      readonly warnings: number;
    }[];
  };
  readonly versions: {
    readonly plansWithVersions: number;
    /** The latest date of a recorded version, yyyy-mm-dd; null when no plan has one. */
    readonly last: string | null;
  };
};

/** One decimal, as the page prints it; 0 when there is nothing to share. */
export function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10;
}

const byCountThenName =
  <T>(count: (item: T) => number, name: (item: T) => string) =>
  (a: T, b: T) =>
    count(b) - count(a) || name(a).localeCompare(name(b), "it");

const zeroLevels = (): Record<ServiceLevelId | "nessuno", number> => ({
  attivazione: 0,
  consolidamento: 0,
  "non-richiesto": 0,
  nessuno: 0,
});

/** Sums plans one at a time; `synthesis()` gives the figures so far. */
export class SynthesisBuilder {
  private read = 0;
  private readonly refused: string[] = [];
  private readonly years = new Set<string>();
  private readonly codici = new Set<string>();
  private readonly regions = new Map<string, number>();
  private readonly provinces = new Map<string, { regione: string; plans: number }>();
  private readonly unplaced: { file: string; codice: string }[] = [];
  private readonly students = new Map<IndirizzoId, Record<ClasseId, number>>(
    INDIRIZZI.map((indirizzo) => [indirizzo.id, { III: 0, IV: 0, V: 0 }]),
  );
  /** Keyed by `${row}|${year}`. */
  private readonly levels = new Map<string, Record<ServiceLevelId | "nessuno", number>>();
  private readonly months = new Map<string, number[]>();
  private readonly warnings = new Map<PlanCheckCode, { plans: number; warnings: number }>();
  private plansWithWarnings = 0;
  private plansWithVersions = 0;
  private lastVersion: string | null = null;

  refuse(reason: string): void {
    this.refused.push(reason);
  }

  add(facts: PlanFacts): void {
    this.read++;
    for (const year of facts.years) this.years.add(year);
    if (facts.codice !== "") this.codici.add(facts.codice);
    const place = placeOf(facts.codice);
    if (place) {
      this.regions.set(place.regione, (this.regions.get(place.regione) ?? 0) + 1);
      const province = this.provinces.get(place.provincia) ?? { regione: place.regione, plans: 0 };
      this.provinces.set(place.provincia, { ...province, plans: province.plans + 1 });
    } else this.unplaced.push({ file: facts.file, codice: facts.codice });
    for (const indirizzo of INDIRIZZI) {
      const sums = this.students.get(indirizzo.id);
      for (const classe of CLASSI) if (sums) sums[classe.id] += facts.students[indirizzo.id][classe.id] ?? 0;
    }
    for (const row of PLAN_ROWS) {
      facts.years.forEach((year, index) => {
        const key = `${row.id}|${year}`;
        const levels = this.levels.get(key) ?? zeroLevels();
        levels[facts.levels[row.id]?.[index] ?? "nessuno"]++;
        this.levels.set(key, levels);
        const months = this.months.get(key) ?? PLANNING_MONTHS.map(() => 0);
        const planned = new Set(facts.months[row.id]?.[index] ?? []);
        PLANNING_MONTHS.forEach((month, column) => {
          if (planned.has(month.id)) months[column] = (months[column] ?? 0) + 1;
        });
        this.months.set(key, months);
      });
    }
    if (facts.warnings.length > 0) this.plansWithWarnings++;
    for (const code of new Set(facts.warnings)) {
      const entry = this.warnings.get(code) ?? { plans: 0, warnings: 0 };
      this.warnings.set(code, {
        plans: entry.plans + 1,
        warnings: entry.warnings + facts.warnings.filter((warning) => warning === code).length,
      });
    }
    if (facts.versions > 0) this.plansWithVersions++;
    if (facts.lastVersion !== null && (this.lastVersion === null || facts.lastVersion > this.lastVersion))
      this.lastVersion = facts.lastVersion;
  }

  synthesis(): Synthesis {
    const years = [...this.years].sort();
    const byIndirizzo = INDIRIZZI.map((indirizzo) => {
      const byClasse = this.students.get(indirizzo.id) ?? { III: 0, IV: 0, V: 0 };
      return { indirizzo: indirizzo.id, byClasse, total: CLASSI.reduce((sum, c) => sum + byClasse[c.id], 0) };
    });
    const total = byIndirizzo.reduce((sum, entry) => sum + entry.total, 0);
    const rowsByYear = years.flatMap((year) =>
      PLAN_ROWS.map((row) => ({ row: row.id, label: planningLabel(row), year, key: `${row.id}|${year}` })),
    );
    return {
      plans: { read: this.read, refused: [...this.refused] },
      years,
      schools: {
        codici: this.codici.size,
        byRegion: [...this.regions]
          .map(([regione, plans]) => ({ regione, plans }))
          .sort(
            byCountThenName(
              (entry) => entry.plans,
              (entry) => entry.regione,
            ),
          ),
        byProvince: [...this.provinces]
          .map(([provincia, entry]) => ({ provincia, ...entry }))
          .sort(
            byCountThenName(
              (entry) => entry.plans,
              (entry) => entry.provincia,
            ),
          ),
        unplaced: [...this.unplaced],
      },
      students: {
        total,
        byIndirizzo: byIndirizzo.map((entry) => ({ ...entry, percent: percentOf(entry.total, total) })),
        byClasse: CLASSI.map((classe) => {
          const sum = byIndirizzo.reduce((acc, entry) => acc + entry.byClasse[classe.id], 0);
          return { classe: classe.id, total: sum, percent: percentOf(sum, total) };
        }),
      },
      levels: rowsByYear.map(({ key, ...row }) => ({ ...row, counts: this.levels.get(key) ?? zeroLevels() })),
      months: rowsByYear.map(({ key, ...row }) => ({
        ...row,
        plans: this.months.get(key) ?? PLANNING_MONTHS.map(() => 0),
      })),
      checks: {
        plansWithWarnings: this.plansWithWarnings,
        byCode: [...this.warnings]
          .map(([code, entry]) => ({ code, ...entry }))
          .sort(
            byCountThenName(
              (entry) => entry.plans,
              (entry) => entry.code,
            ),
          ),
      },
      versions: { plansWithVersions: this.plansWithVersions, last: this.lastVersion },
    };
  }
}

/** The level ids in the order the page's columns show them. */
export const LEVEL_COLUMNS: readonly (ServiceLevelId | "nessuno")[] = [
  ...SERVICE_LEVELS.map((level) => level.id),
  "nessuno",
];
