import { AMBITI } from "./actions";
import type { FieldDef } from "./fields";
import type { Block, CellContent } from "./layout-types";
import { documentLayout } from "./layout";
import type { Plan } from "./read";
import type { Tag } from "./tags";
import { CAMPI, TESTI } from "./texts";

/** Where an entry sits in the template: a section of the document, or one action's descrizione operativa. */
export type TextGroup =
  | {
      readonly kind: "section";
      readonly section: (typeof CAMPI)[number]["section"] | (typeof TESTI)[number]["section"];
    }
  | { readonly kind: "azione"; readonly azione: string; readonly heading: string };

/**
 * One free text of the template as the «Testi» list shows it. `missing` means the document has no
 * control for it (deleted, or hidden in a table on this host), so there is nothing to select.
 */
export type TextEntry = {
  readonly tag: Tag;
  readonly label: string;
  readonly group: TextGroup;
  readonly state: "empty" | "filled" | "missing";
  /** The first words of the text, never longer than EXCERPT_MAX_CHARS plus the ellipsis. */
  readonly excerpt: string;
};

export const EXCERPT_MAX_WORDS = 8;
export const EXCERPT_MAX_CHARS = 60;
const ELLIPSIS = "…";

/** The first words of `text` on one line; a word longer than the limit is cut. */
export function excerptOf(text: string): string {
  const words = text.split(/\s+/).filter((word) => word !== "");
  let excerpt = "";
  let taken = 0;
  for (const word of words) {
    const next = excerpt === "" ? word : `${excerpt} ${word}`;
    if (taken === EXCERPT_MAX_WORDS || next.length > EXCERPT_MAX_CHARS) {
      return `${excerpt === "" ? word.slice(0, EXCERPT_MAX_CHARS) : excerpt}${ELLIPSIS}`;
    }
    excerpt = next;
    taken += 1;
  }
  return excerpt;
}

function fieldTags(blocks: readonly Block[]): Tag[] {
  const tags: Tag[] = [];
  const fromCell = (content: CellContent) => {
    if (content.kind === "field") tags.push(content.tag);
  };
  for (const block of blocks) {
    if (block.kind === "text-field") tags.push(block.tag);
    if (block.kind === "table" || block.kind === "controlled-table")
      block.table.rows.forEach((row) => row.cells.forEach((cell) => fromCell(cell.content)));
  }
  return tags;
}

function groupOf(def: FieldDef): TextGroup | undefined {
  const key = def.key;
  switch (key.kind) {
    case "campo":
      return { kind: "section", section: CAMPI.find((campo) => campo.id === key.campo)!.section };
    case "testo":
      return { kind: "section", section: TESTI.find((testo) => testo.id === key.testo)!.section };
    case "descrizione": {
      const azione = AMBITI.flatMap((ambito) => ambito.azioni).find((one) => one.id === key.azione);
      return azione && { kind: "azione", azione: azione.id, heading: `${azione.id}) ${azione.descrizione}` };
    }
    default:
      return undefined;
  }
}

/** Free texts: what a person writes in words. Marks, counts and the date are not. */
function isFreeText(def: FieldDef): boolean {
  return def.value === "line" || def.value === "text";
}

/** Every free text of the plan's template, in the order the document shows them. */
export function textEntries(plan: Plan): readonly TextEntry[] {
  const schema = plan.schema;
  return fieldTags(documentLayout(schema)).flatMap((tag): TextEntry[] => {
    const def = schema.byTag.get(tag);
    const group = def && isFreeText(def) ? groupOf(def) : undefined;
    if (!def || !group) return [];
    const value = plan.values.get(tag);
    const text = value && "text" in value ? value.text : "";
    const state = value === undefined ? "missing" : text === "" ? "empty" : "filled";
    return [{ tag, label: def.label, group, state, excerpt: excerptOf(text) }];
  });
}
