import { AMBITI, PLAN_ROWS, rowName } from "./actions";
import type { FieldKey } from "./field-key";
import { type Tag, formatTag } from "./tags";
import { controlTitle } from "./titles";
import { CAMPI, TESTI, VOCI_DESCRIZIONE } from "./texts";
import {
  CLASSI,
  INDIRIZZI,
  OFFICIAL_SCHOOL_YEARS,
  PLANNING_MONTHS,
  SERVICE_LEVELS,
  type SchoolYear,
  schoolYearLabel,
} from "./vocabulary";

/**
 * How a field's content is read and written: a mark (an "X" or nothing), a whole number, one line,
 * a date (gg/mm/aaaa) or free text of several paragraphs.
 */
export type ValueKind = "mark" | "count" | "line" | "date" | "text";

export type FieldDef = {
  readonly tag: Tag;
  readonly key: FieldKey;
  readonly value: ValueKind;
  /** Italian human name, used in every message about the field. */
  readonly label: string;
  /** The control's title: at most 64 characters, what tells fields apart first (titles.ts). */
  readonly title: string;
};

export type PlanSchema = {
  readonly years: readonly SchoolYear[];
  readonly fields: readonly FieldDef[];
  readonly byTag: ReadonlyMap<Tag, FieldDef>;
};

function field(key: FieldKey, value: ValueKind, label: string): FieldDef {
  return { tag: formatTag(key), key, value, label, title: controlTitle(key, label) };
}

function levelFields(years: readonly SchoolYear[]): FieldDef[] {
  return PLAN_ROWS.flatMap((row) =>
    years.flatMap((year) =>
      SERVICE_LEVELS.map((level) =>
        field(
          { kind: "livello", row: row.id, year, level: level.id },
          "mark",
          `Livello di servizio ${level.label}, ${rowName(row)}, ${schoolYearLabel(year)}`,
        ),
      ),
    ),
  );
}

function monthFields(years: readonly SchoolYear[]): FieldDef[] {
  return years.flatMap((year) =>
    PLAN_ROWS.flatMap((row) =>
      PLANNING_MONTHS.map((month) =>
        field(
          { kind: "mese", row: row.id, year, month: month.id },
          "mark",
          `Pianificazione ${schoolYearLabel(year)}, ${rowName(row)}, ${month.name}`,
        ),
      ),
    ),
  );
}

function alunniFields(): FieldDef[] {
  return INDIRIZZI.flatMap((indirizzo) =>
    CLASSI.map((classe) =>
      field(
        { kind: "alunni", indirizzo: indirizzo.id, classe: classe.id },
        "count",
        `Alunni coinvolti in ASL, ${indirizzo.label}, classe ${classe.label}`,
      ),
    ),
  );
}

function descrizioneFields(): FieldDef[] {
  return AMBITI.flatMap((ambito) =>
    ambito.azioni.flatMap((azione) =>
      VOCI_DESCRIZIONE.map((voce) =>
        field(
          { kind: "descrizione", azione: azione.id, voce: voce.id },
          "text",
          `Descrizione operativa, azione ${azione.id}, ${voce.label}`,
        ),
      ),
    ),
  );
}

function campoFields(): FieldDef[] {
  return CAMPI.map((campo) => field({ kind: "campo", campo: campo.id }, campo.value, campo.label));
}

function testoFields(): FieldDef[] {
  return TESTI.map((testo) => field({ kind: "testo", testo: testo.id }, "text", testo.label));
}

export function createSchema(years: readonly SchoolYear[] = OFFICIAL_SCHOOL_YEARS): PlanSchema {
  if (years.length === 0) throw new Error("A plan needs at least one school year");
  const fields = [
    ...campoFields(),
    ...testoFields(),
    ...levelFields(years),
    ...descrizioneFields(),
    ...alunniFields(),
    ...monthFields(years),
  ];
  const byTag = new Map(fields.map((def) => [def.tag, def]));
  if (byTag.size !== fields.length) throw new Error("Two fill targets share a tag");
  return { years, fields, byTag };
}
