/**
 * The text Word's object model reports for WordprocessingML, written once as one visitor that every
 * reader feeds with element events in document order: the emulator's DOM walk
 * (src/emulator/ooxml/text.ts), the CLI's streaming scan (src/docx/read/document-scan.ts) and the
 * playground's drawing (src/playground/document-view). A fidelity change — say, showing deleted
 * text — is a change to `textRole` below, and every reader follows.
 *
 * What each element contributes (`textRole`):
 * - "take": its whole text, whatever lies inside (`w:t`; `w:delText` only when the view shows
 *   tracked deletions). A reader may take the element's text content at once or add the
 *   characters as they stream past: the same string either way.
 * - "skip": nothing, and nothing under it either: properties (`w:rPr`, `w:pPr`, `w:sdtPr`,
 *   `w:sdtEndPr`), drawings and text boxes (`w:drawing`, `w:pict`, `w:object`, `w:txbxContent`),
 *   `AlternateContent` in any namespace, a field's instruction (`w:instrText`, `w:delInstrText`), and
 *   `w:delText` when the view hides deletions.
 * - "tab" (`w:tab`) and "break" (`w:br`, `w:cr`): one separator character, then the reader walks
 *   on into the element like any other.
 * - "paragraph" (`w:p`): the boundary between two paragraphs of a container's text.
 * - "descend": nothing of its own; its children are read. Stated here because they carry text:
 *   - fields: `w:fldChar` marks where a field's instruction and result begin and end; the result's
 *     runs are ordinary runs and show, the instruction (`w:instrText`) never does. `w:fldSimple`'s
 *     runs are its result and show; its `w:instr` attribute is not text.
 *   - revisions: an insertion (`w:ins`, `w:moveTo`) shows its runs; a deletion (`w:del`,
 *     `w:moveFrom`) holds `w:delText`, which the view decides.
 *   - hyperlinks, smart tags, `w:customXml`, `w:sdt`/`w:sdtContent`, `w:r` and the rest.
 *
 * Separators come from src/docx/word-model.ts.
 */
import { NS } from "./namespaces";
import { LINE_BREAK, TAB } from "./word-model";

/**
 * What a reader shows. `deletedText`: tracked deletions (`w:delText`) are part of the text, as
 * Word shows them with revisions inline (office-js #2314, #1267).
 */
export type TextView = { readonly deletedText: boolean };

/** Word's default view: tracked deletions hidden. */
export const DEFAULT_TEXT_VIEW: TextView = { deletedText: false };

export type TextRole = "take" | "skip" | "tab" | "break" | "paragraph" | "descend";

const SKIPPED_W = new Set([
  "txbxContent",
  "drawing",
  "pict",
  "object",
  "rPr",
  "pPr",
  "sdtPr",
  "sdtEndPr",
  "instrText",
  "delInstrText",
]);

/** The rules: what the element (namespace, local name) contributes under `view`. */
export function textRole(ns: string, local: string, view: TextView): TextRole {
  if (ns !== NS.w) return local === "AlternateContent" ? "skip" : "descend";
  switch (local) {
    case "t":
      return "take";
    case "delText":
      return view.deletedText ? "take" : "skip";
    case "tab":
      return "tab";
    case "br":
    case "cr":
      return "break";
    case "p":
      return "paragraph";
    // Fields: the result's runs show; the instruction (w:instrText, skipped below) does not.
    // Revisions: insertions show their runs; deletions hold w:delText, which the view decides.
    case "fldChar":
    case "fldSimple":
    case "ins":
    case "moveTo":
    case "del":
    case "moveFrom":
      return "descend";
    default:
      return SKIPPED_W.has(local) ? "skip" : "descend";
  }
}

/** The character a "tab" or "break" adds; "" for every other role. */
export function markOf(role: TextRole): string {
  return role === "tab" ? TAB : role === "break" ? LINE_BREAK : "";
}

/**
 * The visitor's state for a reader that holds several texts open at once (a paragraph inside a
 * control inside a cell): the "take" and "skip" elements open around the current position. A text
 * opened when `depth` elements of those were open (its base) gets the characters streaming past
 * when the first of them opened inside it is a "take", and a tab or break when none is open inside
 * it. Bounded by the nesting the reader allows; no recursion.
 */
export class TextBarriers {
  private readonly open: TextRole[] = [];
  private takes = 0;

  /** How many "take" and "skip" elements are open: a text opening now takes this as its base. */
  get depth(): number {
    return this.open.length;
  }

  /** True while some "take" element is open: characters may count for some text. */
  get taking(): boolean {
    return this.takes > 0;
  }

  /** An element opens; returns whether it opened a barrier (to be closed by `leave`). */
  enter(role: TextRole): boolean {
    if (role !== "take" && role !== "skip") return false;
    this.open.push(role);
    if (role === "take") this.takes++;
    return true;
  }

  /** The element whose `enter` returned true closes. */
  leave(): void {
    if (this.open.pop() === "take") this.takes--;
  }

  /** Whether the characters streaming past count for the text opened at `base`. */
  charactersCount(base: number): boolean {
    return this.open.length > base && this.open[base] === "take";
  }

  /** Whether a tab or break here counts for the text opened at `base`. */
  marksCount(base: number): boolean {
    return this.open.length === base;
  }
}
