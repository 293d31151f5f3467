import { PLAN_ROWS, type PlanRow } from "./actions";
import type { FieldKey } from "./field-key";
import type { Plan } from "./read";
import { type Tag, parseTag } from "./tags";
import { CAMPI, TESTI } from "./texts";
import { VERSIONING_COLUMNS } from "./layout";
import { normaliseText, writeValue } from "./values";

/**
 * Versioning: the table's rows, the snapshot of the plan stored in the document at each version, and
 * the summary of what changed since the previous one ("AMBITI E AZIONI OGGETTO DI REVISIONE").
 */
export type VersionRow = { readonly date: string; readonly number: string; readonly summary: string };

/** Stored in the document (Office settings) under SNAPSHOT_SETTING when a version is recorded. */
export type PlanSnapshot = {
  readonly format: 1;
  readonly version: number;
  /** Written form of every non-empty field; free texts as a hash, so the snapshot stays small. */
  readonly fields: Readonly<Record<string, string>>;
};

export const SNAPSHOT_SETTING = "pgs.snapshot";

/** FNV-1a, 32 bit: enough to notice that a text changed, without storing it twice. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `#${h.toString(16).padStart(8, "0")}`;
}

export function snapshotOf(plan: Plan, version: number): PlanSnapshot {
  const fields: Record<string, string> = {};
  for (const [tag, value] of plan.values) {
    const written = writeValue(value).trim();
    if (written === "") continue;
    fields[tag] = value.kind === "text" ? hash(written) : written;
  }
  return { format: 1, version, fields };
}

export function parseSnapshot(json: unknown): PlanSnapshot | undefined {
  if (typeof json !== "object" || json === null) return undefined;
  const candidate = json as Partial<PlanSnapshot>;
  if (candidate.format !== 1 || typeof candidate.version !== "number") return undefined;
  const fields = candidate.fields;
  if (typeof fields !== "object" || fields === null) return undefined;
  if (!Object.values(fields).every((value) => typeof value === "string")) return undefined;
  return { format: 1, version: candidate.version, fields };
}

/** The tags whose value differs between two snapshots. */
export function changedTags(before: PlanSnapshot, after: PlanSnapshot): Tag[] {
  const tags = new Set([...Object.keys(before.fields), ...Object.keys(after.fields)]);
  return [...tags].filter((tag) => before.fields[tag] !== after.fields[tag]).sort() as Tag[];
}

/** What a changed field belongs to: a group (ambito, section) and maybe an item in it, each with its template order. */
type Subject = {
  readonly order: number;
  readonly group: string;
  readonly item?: string;
  readonly itemOrder?: number;
};

function rowSubject(row: PlanRow | undefined): Subject | undefined {
  if (!row) return undefined;
  const order = PLAN_ROWS.indexOf(row);
  switch (row.kind) {
    case "azione":
      return {
        order: row.ambito.number,
        group: `Ambito ${row.ambito.number} ${row.ambito.title}`,
        item: row.id,
        itemOrder: order,
      };
    case "accreditamento":
      return { order: 10, group: "Accreditamento regionale" };
    case "misura":
      return {
        order: 20,
        group: "Misure di politica attiva",
        item: row.misura.pianificazione,
        itemOrder: order,
      };
  }
}

function subjectOf(key: FieldKey): Subject | undefined {
  switch (key.kind) {
    case "livello":
    case "mese":
      return rowSubject(PLAN_ROWS.find((row) => row.id === key.row));
    case "descrizione":
      return rowSubject(PLAN_ROWS.find((row) => row.id === key.azione));
    case "alunni":
      return { order: 60, group: "Alunni coinvolti" };
    case "campo": {
      const campo = CAMPI.find((entry) => entry.id === key.campo);
      if (campo?.section === "misure") {
        const altro = PLAN_ROWS.findIndex((row) => row.kind === "misura" && row.misura.named);
        return { order: 20, group: "Misure di politica attiva", item: "Altro", itemOrder: altro };
      }
      return { order: 0, group: campo?.section === "copertina" ? "Copertina" : "Anagrafica scuola" };
    }
    case "testo": {
      const testo = TESTI.find((entry) => entry.id === key.testo);
      return { order: 5, group: testo ? testo.label : key.testo };
    }
  }
}

/** "Ambito 1 CONTESTO E RETE TERRITORIALE: 1.2, 1.3; Accreditamento regionale", in the template's order. */
export function revisionSummary(tags: readonly Tag[]): string {
  const groups = new Map<string, { order: number; items: Map<string, number> }>();
  for (const tag of tags) {
    const key = parseTag(tag);
    const subject = key && subjectOf(key);
    if (!subject) continue;
    const group = groups.get(subject.group) ?? { order: subject.order, items: new Map<string, number>() };
    if (subject.item) group.items.set(subject.item, subject.itemOrder ?? 0);
    groups.set(subject.group, group);
  }
  const inOrder = <T>(entries: Iterable<[T, number]>) =>
    [...entries].sort(([, a], [, b]) => a - b).map(([item]) => item);
  return inOrder([...groups].map(([name, group]): [string, number] => [name, group.order]))
    .map((name) => {
      const items = inOrder(groups.get(name)?.items ?? []);
      return items.length > 0 ? `${name}: ${items.join(", ")}` : name;
    })
    .join("; ");
}

export const FIRST_VERSION_SUMMARY = "Prima stesura del piano";

/** What the next version row proposes: its number and what changed since the stored snapshot. */
export function proposeVersion(
  plan: Plan,
  rows: readonly VersionRow[],
  stored: PlanSnapshot | undefined,
  date: string,
): { readonly row: VersionRow; readonly snapshot: PlanSnapshot } {
  const numbers = rows.map((row) => Number.parseInt(row.number, 10)).filter((n) => Number.isFinite(n));
  const version = Math.max(0, stored?.version ?? 0, ...numbers) + 1;
  const snapshot = snapshotOf(plan, version);
  const summary = stored ? revisionSummary(changedTags(stored, snapshot)) : FIRST_VERSION_SUMMARY;
  return {
    row: { date, number: String(version), summary: summary || "Nessuna modifica ai contenuti" },
    snapshot,
  };
}

const sameHeader = (row: readonly string[] | undefined): boolean =>
  row !== undefined &&
  row.length === VERSIONING_COLUMNS.length &&
  row.every((text, index) => normaliseText(text) === VERSIONING_COLUMNS[index]);

/** The versioning table among the document's tables: its index and its filled rows. */
export function findVersionTable(tables: readonly (readonly (readonly string[])[])[]):
  | {
      readonly index: number;
      readonly rowCount: number;
      readonly rows: readonly VersionRow[];
      readonly lastRowBlank: boolean;
    }
  | undefined {
  const index = tables.findIndex((table) => sameHeader(table[0]));
  const table = tables[index];
  if (!table) return undefined;
  const body = table.slice(1).map(([date = "", number = "", summary = ""]) => ({
    date: normaliseText(date),
    number: normaliseText(number),
    summary: normaliseText(summary),
  }));
  const blank = (row: VersionRow) => row.date === "" && row.number === "" && row.summary === "";
  const last = body[body.length - 1];
  return {
    index,
    rowCount: table.length,
    rows: body.filter((row) => !blank(row)),
    lastRowBlank: last !== undefined && blank(last),
  };
}
