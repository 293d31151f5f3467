/**
 * The title of each field's content control (`w:alias`). Word shows only the first 64 characters
 * of a title (office-js-docs-reference #1238, by design), so a title puts first what tells two
 * fields apart (kind, year, level or month, row) and stays within 64 characters, whole words
 * only. The full Italian name stays in the field's `label`, for messages.
 */
import { type PlanRow, findRow } from "./actions";
import type { FieldKey } from "./field-key";
import { type SchoolYear, PLANNING_MONTHS, SERVICE_LEVELS } from "./vocabulary";

export const MAX_TITLE_LENGTH = 64;

/** "2018/19": the year in few characters. */
function shortYear(year: SchoolYear): string {
  return `${year.start}/${String((year.start + 1) % 100).padStart(2, "0")}`;
}

/** `text` cut at a word boundary so that it fits in `max` characters, with "…" when cut. */
export function fitTitle(text: string, max: number = MAX_TITLE_LENGTH): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const space = room.lastIndexOf(" ");
  return `${(space > 0 ? room.slice(0, space) : room).replace(/[\s,–-]+$/, "")}…`;
}

/**
 * A title from the part that tells the field apart and a description after it; only the
 * description is ever cut, so two titles differ whenever their heads do.
 */
function title(head: string, description: string): string {
  if (head.length > MAX_TITLE_LENGTH - 2) throw new Error(`Title head too long: ${head}`);
  if (description === "" || head.includes(description)) return head;
  const fitted = fitTitle(`${head}: ${description}`);
  // A description cut down to nothing says nothing: the head alone then.
  return fitted.length <= head.length + 2 ? head : fitted;
}

/** The row as the head of a title: "azione 1.2", "accreditamento", "Tirocinio Approfondimento". */
function rowHead(row: PlanRow): string {
  switch (row.kind) {
    case "azione":
      return `azione ${row.azione.id}`;
    case "accreditamento":
      return "accreditamento";
    case "misura":
      return `${row.misura.pianificazione.split(" ")[0] ?? row.misura.id} ${row.macroAzione.pianificazione}`;
  }
}

function rowDescription(row: PlanRow): string {
  switch (row.kind) {
    case "azione":
      return row.azione.pianificazione;
    case "accreditamento":
      return "";
    case "misura":
      return row.misura.pianificazione;
  }
}

function planRow(id: string): PlanRow {
  const row = findRow(id);
  if (!row) throw new Error(`Unknown plan row ${id}`);
  return row;
}

/** The control title of a field, from its key and its full label. */
export function controlTitle(key: FieldKey, label: string): string {
  switch (key.kind) {
    case "livello": {
      const level = SERVICE_LEVELS.find((l) => l.id === key.level)?.label ?? key.level;
      const row = planRow(key.row);
      return title(`Livello ${shortYear(key.year)} ${level}, ${rowHead(row)}`, rowDescription(row));
    }
    case "mese": {
      const month = PLANNING_MONTHS.find((m) => m.id === key.month)?.name ?? key.month;
      const row = planRow(key.row);
      return title(`Mese ${shortYear(key.year)} ${month}, ${rowHead(row)}`, rowDescription(row));
    }
    case "alunni":
    case "descrizione":
    case "campo":
    case "testo":
      return fitTitle(label);
  }
}
