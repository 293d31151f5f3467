import type { PlanCheck } from "./checks";
import type { Locale } from "./messages";
import {
  PLANNING_MONTHS,
  type PlanningMonthId,
  SERVICE_LEVELS,
  type SchoolYear,
  schoolYearLabel,
} from "./vocabulary";

/** The plan's checks in words, Italian first and English second. Every one is a warning: the tutor decides. */

const ENGLISH_MONTHS: Readonly<Record<PlanningMonthId, string>> = {
  set: "September",
  ott: "October",
  nov: "November",
  dic: "December",
  gen: "January",
  feb: "February",
  mar: "March",
  apr: "April",
  mag: "May",
  giu: "June",
  lug: "July",
  ago: "August",
};

const monthName = (id: PlanningMonthId, locale: Locale) =>
  locale === "it" ? (PLANNING_MONTHS.find((month) => month.id === id)?.name ?? id) : ENGLISH_MONTHS[id];

/** "a, b e c" / "a, b and c". */
function list(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${locale === "it" ? "e" : "and"} ${items[items.length - 1]}`;
}

const years = (values: readonly SchoolYear[], locale: Locale) => list(values.map(schoolYearLabel), locale);

export function describeCheck(check: PlanCheck, locale: Locale = "it"): string {
  const it = locale === "it";
  switch (check.code) {
    case "months-without-level": {
      const months = list(
        check.months.map((month) => monthName(month, locale)),
        locale,
      );
      const level = it
        ? check.level === null
          ? "non ha un livello di servizio"
          : "ha il livello «Non richiesto»"
        : check.level === null
          ? "has no service level"
          : "has the level «Non richiesto» (not requested)";
      return it
        ? `${check.rowName}, ${schoolYearLabel(check.year)}: ci sono mesi pianificati (${months}) ma l'anno ${level}.`
        : `${check.rowName}, ${schoolYearLabel(check.year)}: months are planned (${months}) but the year ${level}.`;
    }
    case "level-without-months": {
      const level = SERVICE_LEVELS.find((entry) => entry.id === check.level)?.label ?? check.level;
      return it
        ? `${check.rowName}, ${schoolYearLabel(check.year)}: il livello è «${level}» ma nessun mese è pianificato.`
        : `${check.rowName}, ${schoolYearLabel(check.year)}: the level is «${level}» but no month is planned.`;
    }
    case "level-without-obiettivo":
      return it
        ? `${check.rowName} (${years(check.years, locale)}): l'azione ha un livello di servizio ma l'«OBIETTIVO» della descrizione operativa è vuoto.`
        : `${check.rowName} (${years(check.years, locale)}): the action has a service level but the «OBIETTIVO» of its descrizione operativa is empty.`;
    case "misura-without-students":
      return it
        ? `${check.rowName} (${years(check.years, locale)}): la misura è scelta ma nella tabella «Alunni coinvolti» non è contato nessuno studente.`
        : `${check.rowName} (${years(check.years, locale)}): the measure is chosen but no student is counted in the «Alunni coinvolti» table.`;
    case "changed-since-version":
      return it
        ? `Il piano è cambiato dopo la versione ${check.version} (${check.summary}): per tenerne traccia, registrare una nuova versione.`
        : `The plan changed after version ${check.version} (${check.summary}): to keep track of it, record a new version.`;
  }
}
