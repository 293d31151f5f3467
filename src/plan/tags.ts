import { PLAN_ROWS } from "./actions";
import type { FieldKey } from "./field-key";
import { CAMPI, TESTI, VOCI_DESCRIZIONE } from "./texts";
import {
  CLASSI,
  INDIRIZZI,
  PLANNING_MONTHS,
  SERVICE_LEVELS,
  parseSchoolYearId,
  schoolYearId,
} from "./vocabulary";

/**
 * The tag grammar. Every fill target's content-control tag is `pgs:` followed by colon-separated
 * parts that a person can read:
 *
 *   pgs:livello:<riga>:<anno>:<livello>    pgs:livello:1.2:2018-19:consolidamento
 *   pgs:mese:<riga>:<anno>:<mese>          pgs:mese:tirocinio-attivazione:2019-20:ott
 *   pgs:alunni:<indirizzo>:<classe>        pgs:alunni:liceo:III
 *   pgs:descrizione:<azione>:<voce>        pgs:descrizione:2.3:obiettivo
 *   pgs:campo:<campo>                      pgs:campo:data-redazione
 *   pgs:testo:<testo>                      pgs:testo:criticita
 *
 * plus `pgs:versioning`, the control around the versioning table. Word limits a tag to 64
 * characters; the longest one here has 63.
 */
export type Tag = string & { readonly __brand: "Tag" };

export const TAG_PREFIX = "pgs";
export const MAX_TAG_LENGTH = 64;
export const VERSIONING_TAG = `${TAG_PREFIX}:versioning` as Tag;

export function formatTag(key: FieldKey): Tag {
  const parts = ((): readonly string[] => {
    switch (key.kind) {
      case "livello":
        return [key.row, schoolYearId(key.year), key.level];
      case "mese":
        return [key.row, schoolYearId(key.year), key.month];
      case "alunni":
        return [key.indirizzo, key.classe];
      case "descrizione":
        return [key.azione, key.voce];
      case "campo":
        return [key.campo];
      case "testo":
        return [key.testo];
    }
  })();
  return [TAG_PREFIX, key.kind, ...parts].join(":") as Tag;
}

function oneOf<T extends string>(
  values: readonly { readonly id: T }[],
  text: string | undefined,
): T | undefined {
  return values.find((value) => value.id === text)?.id;
}

const ROW_IDS = PLAN_ROWS.map((row) => ({ id: row.id }));
const AZIONE_IDS = PLAN_ROWS.flatMap((row) => (row.kind === "azione" ? [{ id: row.id }] : []));

/** The field a tag names, or undefined when the text is not a tag of this grammar. */
export function parseTag(text: string): FieldKey | undefined {
  const [prefix, kind, ...rest] = text.split(":");
  if (prefix !== TAG_PREFIX) return undefined;
  switch (kind) {
    case "livello":
    case "mese": {
      if (rest.length !== 3) return undefined;
      const row = oneOf(ROW_IDS, rest[0]);
      const year = parseSchoolYearId(rest[1] ?? "");
      if (row === undefined || year === undefined) return undefined;
      if (kind === "livello") {
        const level = oneOf(SERVICE_LEVELS, rest[2]);
        return level === undefined ? undefined : { kind, row, year, level };
      }
      const month = oneOf(PLANNING_MONTHS, rest[2]);
      return month === undefined ? undefined : { kind, row, year, month };
    }
    case "alunni": {
      if (rest.length !== 2) return undefined;
      const indirizzo = oneOf(INDIRIZZI, rest[0]);
      const classe = oneOf(CLASSI, rest[1]);
      return indirizzo !== undefined && classe !== undefined ? { kind, indirizzo, classe } : undefined;
    }
    case "descrizione": {
      if (rest.length !== 2) return undefined;
      const azione = oneOf(AZIONE_IDS, rest[0]);
      const voce = oneOf(VOCI_DESCRIZIONE, rest[1]);
      return azione !== undefined && voce !== undefined ? { kind, azione, voce } : undefined;
    }
    case "campo": {
      const campo = rest.length === 1 ? oneOf(CAMPI, rest[0]) : undefined;
      return campo === undefined ? undefined : { kind, campo };
    }
    case "testo": {
      const testo = rest.length === 1 ? oneOf(TESTI, rest[0]) : undefined;
      return testo === undefined ? undefined : { kind, testo };
    }
    default:
      return undefined;
  }
}

/** True for any tag this add-in owns, including ones this version does not know. */
export function isOwnTag(text: string): boolean {
  return text.startsWith(`${TAG_PREFIX}:`);
}
