import { PLAN_ROWS, type PlanRow, rowName } from "./actions";
import { isMonthPlanned, serviceLevelOf } from "./changes";
import type { Plan } from "./read";
import { formatTag } from "./tags";
import { type PlanSnapshot, changedTags, revisionSummary, snapshotOf } from "./versioning";
import {
  CLASSI,
  INDIRIZZI,
  PLANNING_MONTHS,
  type PlanningMonthId,
  type SchoolYear,
  type ServiceLevelId,
} from "./vocabulary";

/**
 * Coherence checks on a plan, as data: each is a warning for the tutor, never an error, and never
 * stops a write. They name the row (and the school years) they are about; check-messages.ts words
 * them. Two levels marked for one row and year is not repeated here: the reading already reports it
 * as a problem (read.ts), which the pane and `pgs inspect` show beside these.
 */
export type PlanCheck =
  | {
      /** Months planned in a year whose level is «Non richiesto» (level) or not chosen (null). */
      readonly code: "months-without-level";
      readonly row: string;
      readonly rowName: string;
      readonly year: SchoolYear;
      readonly level: "non-richiesto" | null;
      readonly months: readonly PlanningMonthId[];
    }
  | {
      /** Attivazione or Consolidamento for a year with no month planned in it. */
      readonly code: "level-without-months";
      readonly row: string;
      readonly rowName: string;
      readonly year: SchoolYear;
      readonly level: ActiveLevel;
    }
  | {
      /** An azione with Attivazione or Consolidamento in these years, and its «obiettivo» empty. */
      readonly code: "level-without-obiettivo";
      readonly row: string;
      readonly rowName: string;
      readonly years: readonly SchoolYear[];
    }
  | {
      /** A misura with Attivazione or Consolidamento in these years, and no student counted. */
      readonly code: "misura-without-students";
      readonly row: string;
      readonly rowName: string;
      readonly years: readonly SchoolYear[];
    }
  | {
      /** The plan differs from the snapshot stored with the last recorded version. */
      readonly code: "changed-since-version";
      readonly version: number;
      /** The ambiti and azioni that changed, as the version row would summarise them. */
      readonly summary: string;
    };

export type PlanCheckCode = PlanCheck["code"];

/** The levels that commit to work in a year. */
type ActiveLevel = Exclude<ServiceLevelId, "non-richiesto">;

const isActive = (level: ServiceLevelId | null): level is ActiveLevel =>
  level === "attivazione" || level === "consolidamento";

function monthChecks(plan: Plan, row: PlanRow, year: SchoolYear): PlanCheck[] {
  const level = serviceLevelOf(plan, row.id, year);
  const months = PLANNING_MONTHS.filter((month) => isMonthPlanned(plan, row.id, year, month.id)).map(
    (month) => month.id,
  );
  const about = { row: row.id, rowName: rowName(row), year };
  if (isActive(level)) return months.length === 0 ? [{ code: "level-without-months", ...about, level }] : [];
  return months.length > 0 ? [{ code: "months-without-level", ...about, level, months }] : [];
}

function activeYears(plan: Plan, row: PlanRow): SchoolYear[] {
  return plan.schema.years.filter((year) => isActive(serviceLevelOf(plan, row.id, year)));
}

function obiettivoCheck(plan: Plan, row: PlanRow): PlanCheck[] {
  if (row.kind !== "azione") return [];
  const years = activeYears(plan, row);
  const obiettivo = plan.values.get(formatTag({ kind: "descrizione", azione: row.id, voce: "obiettivo" }));
  // A field missing from the document is a problem of its own; only an empty one is checked here.
  const empty = obiettivo?.kind === "text" && obiettivo.text.trim() === "";
  return years.length > 0 && empty
    ? [{ code: "level-without-obiettivo", row: row.id, rowName: rowName(row), years }]
    : [];
}

function studentsCounted(plan: Plan): boolean {
  return INDIRIZZI.some((indirizzo) =>
    CLASSI.some((classe) => {
      const value = plan.values.get(
        formatTag({ kind: "alunni", indirizzo: indirizzo.id, classe: classe.id }),
      );
      return value?.kind === "count" && value.count !== null && value.count > 0;
    }),
  );
}

function misuraChecks(plan: Plan): PlanCheck[] {
  if (studentsCounted(plan)) return [];
  return PLAN_ROWS.flatMap((row): PlanCheck[] => {
    if (row.kind !== "misura") return [];
    const years = activeYears(plan, row);
    return years.length > 0
      ? [{ code: "misura-without-students", row: row.id, rowName: rowName(row), years }]
      : [];
  });
}

function versionCheck(plan: Plan, snapshot: PlanSnapshot | undefined): PlanCheck[] {
  if (!snapshot) return [];
  const changed = changedTags(snapshot, snapshotOf(plan, snapshot.version));
  return changed.length > 0
    ? [{ code: "changed-since-version", version: snapshot.version, summary: revisionSummary(changed) }]
    : [];
}

/**
 * Every check on the plan, in the template's order: rows and years first, then the version.
 * `snapshot` is the one the reading found in the document (PlanReading.snapshot). A document that
 * is not the template has no values and so no checks.
 */
export function checkPlan(plan: Plan, snapshot: PlanSnapshot | undefined): readonly PlanCheck[] {
  if (plan.values.size === 0) return [];
  const rows = PLAN_ROWS.flatMap((row) => [
    ...plan.schema.years.flatMap((year) => monthChecks(plan, row, year)),
    ...obiettivoCheck(plan, row),
  ]);
  return [...rows, ...misuraChecks(plan), ...versionCheck(plan, snapshot)];
}
