/**
 * What Word's object model lists in a main document part, in one streaming pass: the rich-text
 * content controls of the body (`document.contentControls`, items/tag,text) and the values of
 * every table of the body (`body.tables`, items/values).
 *
 * The semantics are our Word emulator's (src/emulator/ooxml: controls.ts, text.ts, tables.ts,
 * walk.ts), which is the reference; each rule below names the emulator function it mirrors. The
 * separators, the skipped subtrees and the control types come from src/docx/word-model.ts, which
 * both readers share.
 * - Controls: every `w:sdt` under `w:body` in document order (descendantsW), kept when the first
 *   `w:sdtPr` has no type element (controlType === "RichText"); tag = `w:val` of that sdtPr's
 *   first `w:tag`; text = containerText of the sdt's first `w:sdtContent`, "" when it has none.
 * - Text (containerText/runText): the container's `w:p` descendants, each one's run text, joined by
 *   "\r"; the container's own run text when it holds no paragraph. What each element adds to a run
 *   text is the shared visitor's rule (src/docx/word-text.ts `textRole`), under the TextView given.
 * - Tables: every `w:tbl` under `w:body` in document order (nested ones too); rows and cells are
 *   the `w:tr`/`w:tc` children, looking through `w:sdt` (first `w:sdtContent`) and `w:customXml`.
 *
 * Linear, however deep the nesting: a container's text is the join of the paragraphs below it,
 * which nested containers share. The paragraphs under an outermost container are joined once, when
 * it closes, and each container inside takes its text as a slice of that one string (`slice` shares
 * the string's memory rather than copying it), instead of joining its own paragraphs again.
 *
 * How runText maps onto one pass: the visitor's TextBarriers. Each open text (paragraph or
 * container) records how many "take"/"skip" elements were open when it opened; the visitor says
 * whether characters and marks count for it.
 */
import { NS } from "../namespaces";
import { PARAGRAPH_SEPARATOR, controlTypeElement } from "../word-model";
import {
  DEFAULT_TEXT_VIEW,
  TextBarriers,
  type TextRole,
  type TextView,
  markOf,
  textRole,
} from "../word-text";
import { LIMITS, LimitError } from "../../plan/limits";
import type { DocumentReading } from "../../plan/read";
import { type ScanHandler, type StartTag, type XmlName, XmlScanError, scanXml } from "./xml-scanner";

/** What an element is to the structure of controls and tables (the low four bits of its code). */
const CODE = {
  other: 0,
  sdt: 1,
  sdtPr: 2,
  sdtContent: 3,
  tbl: 4,
  tr: 5,
  tc: 6,
  customXml: 7,
  body: 8,
  tag: 9,
  /** An sdtPr type element: the control is not rich text (every type element names another type). */
  typeElement: 10,
} as const;

const STRUCTURE_BITS = 4;
const STRUCTURE_MASK = (1 << STRUCTURE_BITS) - 1;

const W_CODES: ReadonlyMap<string, number> = new Map([
  ["sdt", CODE.sdt],
  ["sdtPr", CODE.sdtPr],
  ["sdtContent", CODE.sdtContent],
  ["tbl", CODE.tbl],
  ["tr", CODE.tr],
  ["tc", CODE.tc],
  ["customXml", CODE.customXml],
  ["body", CODE.body],
  ["tag", CODE.tag],
]);

/** The visitor's roles, by their index in the high bits of a code. */
const ROLES: readonly TextRole[] = ["descend", "take", "skip", "tab", "break", "paragraph"];

/** An element's code: its structure, and its text role under `view` (src/docx/word-text.ts). */
function classifier(view: TextView): (ns: string, local: string) => number {
  return (ns, local) => {
    const known = ns === NS.w ? W_CODES.get(local) : undefined;
    const structure = known ?? (controlTypeElement(ns, local) === undefined ? CODE.other : CODE.typeElement);
    return structure | (ROLES.indexOf(textRole(ns, local, view)) << STRUCTURE_BITS);
  };
}

type ControlRecord = {
  tag: string;
  text: string;
  rich: boolean;
  inBody: boolean;
  tagSeen: boolean;
  propertiesSeen: boolean;
  contentSeen: boolean;
};

type Accumulator = {
  text: string;
  /** The visitor's barrier depth when the accumulator opened. */
  readonly base: number;
  readonly paragraph: boolean;
  /** Containers: index of the first paragraph opened inside; -1 while none has. */
  firstParagraph: number;
};

type Frame = {
  code: number;
  inBody: boolean;
  barrier: boolean;
  accumulator: Accumulator | null;
  /** A paragraph accumulator: where its text goes. */
  paragraphIndex: number;
  /** A container: the control whose text it is, or the cell whose text it is. */
  control: ControlRecord | null;
  cellRow: string[] | null;
  cellIndex: number;
  /** An sdt: its record (first sdtPr, first sdtContent). */
  sdt: ControlRecord | null;
  /** The first sdtPr of this control: its children say type and tag. */
  propertiesOf: ControlRecord | null;
  /** Rows of this table found under this element (a table, or a wrapper looking through). */
  rows: string[][] | null;
  /** An sdt inside a table or wrapper: its first sdtContent looks through to these rows. */
  sdtRows: string[][] | null;
  /** Cells of this row found under this element (a row, or a wrapper looking through). */
  cells: string[] | null;
  sdtCells: string[] | null;
};

function newFrame(): Frame {
  return {
    code: 0,
    inBody: false,
    barrier: false,
    accumulator: null,
    paragraphIndex: -1,
    control: null,
    cellRow: null,
    cellIndex: -1,
    sdt: null,
    propertiesOf: null,
    rows: null,
    sdtRows: null,
    cells: null,
    sdtCells: null,
  };
}

function resetFrame(f: Frame, code: number, inBody: boolean): void {
  f.code = code;
  f.inBody = inBody;
  f.barrier = false;
  f.accumulator = null;
  f.paragraphIndex = -1;
  f.control = null;
  f.cellRow = null;
  f.cellIndex = -1;
  f.sdt = null;
  f.propertiesOf = null;
  f.rows = null;
  f.sdtRows = null;
  f.cells = null;
  f.sdtCells = null;
}

/** A container whose text is a run of paragraphs, given once its outermost container closes. */
type Pending = {
  readonly frame: { control: ControlRecord | null; cellRow: string[] | null; cellIndex: number };
  readonly first: number;
  readonly end: number;
};

class DocumentScan implements ScanHandler {
  readonly controls: ControlRecord[] = [];
  readonly tables: string[][][] = [];
  bodySeen = false;

  private readonly frames: Frame[] = [];
  private depth = 0;
  private readonly barriers = new TextBarriers();
  private readonly accumulators: Accumulator[] = [];
  private containers = 0;
  private readonly paragraphs: string[] = [];
  private readonly pending: Pending[] = [];

  get wantsText(): boolean {
    return this.barriers.taking && this.accumulators.length > 0;
  }

  start(name: XmlName, tag: StartTag): void {
    const code = name.code & STRUCTURE_MASK;
    const role = ROLES[name.code >> STRUCTURE_BITS] ?? "descend";
    const parent = this.depth > 0 ? this.frames[this.depth - 1] : undefined;
    let frame = this.frames[this.depth];
    if (!frame) {
      frame = newFrame();
      this.frames[this.depth] = frame;
    }
    let inBody = parent?.inBody ?? false;
    if (this.depth === 1 && code === CODE.body && !this.bodySeen) {
      this.bodySeen = true;
      inBody = true;
    }
    resetFrame(frame, code, inBody);
    this.depth++;

    if (parent) {
      const properties = parent.propertiesOf;
      if (properties) {
        if (code === CODE.typeElement) properties.rich = false;
        else if (code === CODE.tag && !properties.tagSeen) {
          properties.tagSeen = true;
          properties.tag = tag.attributeNS(NS.w, "val") ?? "";
        }
      }
      const sdt = parent.sdt;
      if (sdt) {
        if (code === CODE.sdtPr && !sdt.propertiesSeen) {
          sdt.propertiesSeen = true;
          frame.propertiesOf = sdt;
        } else if (code === CODE.sdtContent && !sdt.contentSeen) {
          sdt.contentSeen = true;
          frame.control = sdt;
          this.openContainer(frame);
          frame.rows = parent.sdtRows;
          frame.cells = parent.sdtCells;
        }
      }
      const rows = parent.rows;
      if (rows) {
        if (code === CODE.tr) {
          const cells: string[] = [];
          rows.push(cells);
          frame.cells = cells;
        } else if (code === CODE.sdt) frame.sdtRows = rows;
        else if (code === CODE.customXml) frame.rows = rows;
      }
      const cells = parent.cells;
      if (cells) {
        if (code === CODE.tc) {
          frame.cellRow = cells;
          frame.cellIndex = cells.length;
          cells.push("");
          this.openContainer(frame);
        } else if (code === CODE.sdt) frame.sdtCells = cells;
        else if (code === CODE.customXml) frame.cells = cells;
      }
    }

    if (role === "paragraph") this.openParagraph(frame);
    else if (role === "tab" || role === "break") this.addMark(markOf(role));
    else frame.barrier = this.barriers.enter(role);

    switch (code) {
      case CODE.sdt: {
        if (inBody && this.controls.length >= LIMITS.controls) throw new LimitError("controls", "");
        const record: ControlRecord = {
          tag: "",
          text: "",
          rich: true,
          inBody,
          tagSeen: false,
          propertiesSeen: false,
          contentSeen: false,
        };
        frame.sdt = record;
        if (inBody) this.controls.push(record);
        break;
      }
      case CODE.tbl:
        if (inBody) {
          const rows: string[][] = [];
          this.tables.push(rows);
          frame.rows = rows;
        }
        break;
      default:
        break;
    }
  }

  text(text: string): void {
    for (const acc of this.accumulators) {
      if (!acc.paragraph && acc.firstParagraph >= 0) continue;
      if (this.barriers.charactersCount(acc.base)) acc.text += text;
    }
  }

  end(): void {
    this.depth--;
    const frame = this.frames[this.depth];
    if (!frame) throw new XmlScanError("unbalanced end tag");
    if (frame.barrier) this.barriers.leave();
    const acc = frame.accumulator;
    if (!acc) return;
    this.accumulators.pop();
    if (acc.paragraph) {
      this.paragraphs[frame.paragraphIndex] = acc.text;
      return;
    }
    this.containers--;
    if (acc.firstParagraph < 0) setText(frame, acc.text);
    else
      this.pending.push({
        frame: { control: frame.control, cellRow: frame.cellRow, cellIndex: frame.cellIndex },
        first: acc.firstParagraph,
        end: this.paragraphs.length,
      });
    if (this.containers === 0) this.settle();
  }

  /** Gives every pending container its text, from one join of the paragraphs. */
  private settle(): void {
    const paragraphs = this.paragraphs;
    if (this.pending.length > 0) {
      const joined = paragraphs.join(PARAGRAPH_SEPARATOR);
      const starts = new Array<number>(paragraphs.length);
      let at = 0;
      for (let k = 0; k < paragraphs.length; k++) {
        starts[k] = at;
        at += (paragraphs[k] as string).length + PARAGRAPH_SEPARATOR.length;
      }
      for (const { frame, first, end } of this.pending) {
        const last = end - 1;
        setText(
          frame,
          joined.slice(starts[first], (starts[last] as number) + (paragraphs[last] as string).length),
        );
      }
      this.pending.length = 0;
    }
    paragraphs.length = 0;
  }

  private openContainer(frame: Frame): void {
    const acc: Accumulator = { text: "", base: this.barriers.depth, paragraph: false, firstParagraph: -1 };
    frame.accumulator = acc;
    this.accumulators.push(acc);
    this.containers++;
  }

  private openParagraph(frame: Frame): void {
    // Only containers use paragraph texts: a paragraph outside every container needs none.
    if (this.containers === 0) return;
    const index = this.paragraphs.length;
    this.paragraphs.push("");
    for (const acc of this.accumulators)
      if (!acc.paragraph && acc.firstParagraph < 0) acc.firstParagraph = index;
    const acc: Accumulator = { text: "", base: this.barriers.depth, paragraph: true, firstParagraph: -1 };
    frame.accumulator = acc;
    frame.paragraphIndex = index;
    this.accumulators.push(acc);
  }

  private addMark(mark: string): void {
    for (const acc of this.accumulators) {
      if (!acc.paragraph && acc.firstParagraph >= 0) continue;
      if (this.barriers.marksCount(acc.base)) acc.text += mark;
    }
  }
}

function setText(
  frame: { control: ControlRecord | null; cellRow: string[] | null; cellIndex: number },
  text: string,
): void {
  if (frame.control) frame.control.text = text;
  if (frame.cellRow) frame.cellRow[frame.cellIndex] = text;
}

/**
 * The reading of a main document part's XML: rich-text controls of the body with tag and text,
 * and every table's values, their texts as `view` shows them. Throws XmlScanError on malformed XML
 * or a part without `w:body`.
 */
export function scanDocumentXml(
  xml: string,
  view: TextView = DEFAULT_TEXT_VIEW,
): DocumentReading & { readonly tables: string[][][] } {
  const scan = new DocumentScan();
  scanXml(xml, classifier(view), scan);
  if (!scan.bodySeen) throw new XmlScanError("the main part has no w:body");
  return {
    controls: scan.controls.filter((c) => c.rich).map((c) => ({ tag: c.tag, text: c.text })),
    tables: scan.tables,
  };
}
