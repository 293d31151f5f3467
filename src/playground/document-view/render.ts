/**
 * WordprocessingML → HTML, for the playground's view of the document. One pass over the main part
 * building a string (about 1,100 controls and 1,600 cells in a few milliseconds), in a loop over a
 * stack of tasks rather than by recursion. A run's text is what the shared visitor
 * (src/docx/word-text.ts) says Word shows in its default view.
 *
 * Drawn: paragraphs (headings from the style, alignment, shading, page breaks as a rule), runs
 * (bold, italic, underline, colour, size, tabs, line breaks), tables (gridSpan → colspan,
 * vMerge → rowspan, cell shading, nested tables) and every content control — inline, block, cell
 * or row level — as an element carrying `data-tag`, with its text. Not drawn: headers and footers,
 * numbering labels (a list paragraph gets a bullet), fields' results beyond their text, images,
 * text boxes, revisions (insertions shown as text, deletions dropped), section layout.
 */
import { DEFAULT_TEXT_VIEW, textRole } from "../../docx/word-text";
import { type WordElement, type WordNode, textOf } from "./word-tree";

/** Wrappers whose children are drawn as if they were the wrapper's siblings. */
const TRANSPARENT = new Set([
  "hyperlink",
  "ins",
  "smartTag",
  "customXml",
  "fldSimple",
  "dir",
  "bdo",
  "moveTo",
]);
export type RenderOptions = {
  readonly headingLevels: ReadonlyMap<string, number>;
};

type Control = {
  readonly tag: string;
  readonly alias: string;
  readonly placeholder: boolean;
  readonly content: WordElement | null;
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;",
  );
}

/** The WordprocessingML element children of `el`. */
function* elements(el: WordElement): Generator<WordElement> {
  for (const n of el.children) if (typeof n !== "string" && n.isW) yield n;
}

function isW(node: WordNode, localName: string): node is WordElement {
  return typeof node !== "string" && node.isW && node.name === localName;
}

function child(el: WordElement | null | undefined, localName: string): WordElement | null {
  if (!el) return null;
  for (const n of el.children) if (isW(n, localName)) return n;
  return null;
}

function val(el: WordElement | null): string | null {
  return el?.w.val ?? null;
}

/** Whether a w:sdt or w:tbl lies anywhere under `el` (a loop over a stack, not recursion). */
function holdsControlOrTable(el: WordElement): boolean {
  const stack = [el];
  for (let next = stack.pop(); next; next = stack.pop()) {
    for (const n of elements(next)) {
      if (n.name === "sdt" || n.name === "tbl") return true;
      stack.push(n);
    }
  }
  return false;
}

/** A w:val that switches a property on (`<w:b/>`, `<w:b w:val="1"/>`) or off (`"0"`, `"false"`). */
function on(el: WordElement | null): boolean {
  if (!el) return false;
  const v = val(el);
  return v === null || !["0", "false", "off", "none"].includes(v);
}

/** A hex colour attribute (`w:fill`, `w:val`), or null for "auto" and absent. */
function hexColour(value: string | null): string | null {
  return value && /^[0-9A-Fa-f]{6}$/.test(value) ? `#${value}` : null;
}

function shading(shd: WordElement | null): string | null {
  return shd ? hexColour(shd.w.fill ?? null) : null;
}

function control(sdt: WordElement): Control {
  const pr = child(sdt, "sdtPr");
  return {
    tag: val(child(pr, "tag")) ?? "",
    alias: val(child(pr, "alias")) ?? "",
    placeholder: child(pr, "showingPlcHdr") !== null,
    content: child(sdt, "sdtContent"),
  };
}

/** Whether a control holds only text: a person can type into it (no nested control, no table). */
function isLeaf(content: WordElement | null): boolean {
  return content === null || !holdsControlOrTable(content);
}

function controlAttributes(c: Control, level: "inline" | "block" | "cell" | "row"): string {
  const editable = level !== "row" && isLeaf(c.content);
  const title = c.alias ? `${c.alias} (${c.tag})` : c.tag;
  return (
    ` class="cc cc-${level}${c.placeholder ? " cc-placeholder" : ""}${editable ? " cc-editable" : ""}"` +
    ` data-tag="${escapeHtml(c.tag)}" data-level="${level}" title="${escapeHtml(title)}"` +
    (editable ? ' tabindex="0"' : "")
  );
}

/**
 * What is left to draw: HTML to write as it is, a part of the tree to draw, or the two ends of a
 * paragraph's content (an empty paragraph still takes a line, as in Word).
 */
type Task =
  | string
  | { readonly draw: "blocks" | "inline"; readonly el: WordElement }
  | { readonly draw: "content-start" }
  | { readonly draw: "content-end" };

class Renderer {
  private readonly out: string[] = [];
  private readonly tasks: Task[] = [];
  /** Where each open paragraph's content began in `out`. */
  private readonly contentStarts: number[] = [];

  constructor(private readonly options: RenderOptions) {}

  html(body: WordElement): string {
    this.tasks.push({ draw: "blocks", el: body });
    for (let task = this.tasks.pop(); task !== undefined; task = this.tasks.pop()) {
      if (typeof task === "string") this.out.push(task);
      else if (task.draw === "content-start") this.contentStarts.push(this.out.length);
      else if (task.draw === "content-end") {
        if (this.out.length === this.contentStarts.pop()) this.out.push("<br>");
      } else this.schedule(task.draw === "blocks" ? this.blocks(task.el) : this.inline(task.el));
    }
    return this.out.join("");
  }

  /** Queues `next` so that its first task runs first. */
  private schedule(next: readonly Task[]): void {
    for (let i = next.length - 1; i >= 0; i--) this.tasks.push(next[i] as Task);
  }

  private blocks(parent: WordElement): Task[] {
    const next: Task[] = [];
    for (const el of elements(parent)) {
      const name = el.name;
      if (name === "p") next.push(...this.paragraph(el));
      else if (name === "tbl") next.push(...this.table(el));
      else if (name === "sdt") {
        const c = control(el);
        next.push(`<div${controlAttributes(c, "block")}>`);
        if (c.content) next.push({ draw: "blocks", el: c.content });
        next.push("</div>");
      } else if (TRANSPARENT.has(name)) next.push({ draw: "blocks", el });
      // sectPr, bookmarks, and anything unknown at block level draw nothing.
    }
    return next;
  }

  private paragraph(p: WordElement): Task[] {
    const pPr = child(p, "pPr");
    const style = val(child(pPr, "pStyle")) ?? "";
    const level = this.options.headingLevels.get(style);
    const tagName = level === undefined ? "p" : `h${level}`;
    const css: string[] = [];
    const jc = val(child(pPr, "jc"));
    if (jc === "center") css.push("text-align:center");
    else if (jc === "right" || jc === "end") css.push("text-align:right");
    else if (jc === "both" || jc === "distribute") css.push("text-align:justify");
    const fill = shading(child(pPr, "shd"));
    if (fill) css.push(`background:${fill}`);
    const classes = [`s-${style || "Normal"}`];
    if (on(child(pPr, "pageBreakBefore"))) classes.push("page-break");
    if (child(pPr, "numPr") || /^List/.test(style)) classes.push("list");
    return [
      `<${tagName} class="${escapeHtml(classes.join(" "))}"${css.length ? ` style="${css.join(";")}"` : ""}>`,
      { draw: "content-start" },
      { draw: "inline", el: p },
      { draw: "content-end" },
      `</${tagName}>`,
    ];
  }

  private inline(parent: WordElement): Task[] {
    const next: Task[] = [];
    for (const n of elements(parent)) {
      const name = n.name;
      if (name === "r") {
        const html = run(n);
        if (html !== "") next.push(html);
      } else if (name === "sdt") {
        const c = control(n);
        next.push(`<span${controlAttributes(c, "inline")}>`);
        if (c.content) next.push({ draw: "inline", el: c.content });
        next.push("</span>");
      } else if (TRANSPARENT.has(name)) next.push({ draw: "inline", el: n });
      // Deletions (w:del, w:moveFrom), bookmarks, proofing marks, pPr and the rest draw nothing.
    }
    return next;
  }

  private table(tbl: WordElement): Task[] {
    const rows = tableRows(tbl);
    const next: Task[] = ['<table class="doc-table"><tbody>'];
    rows.forEach((row, r) => {
      next.push(`<tr${row.control ? controlAttributes(row.control, "row") : ""}>`);
      for (const cell of row.cells) {
        if (cell.vMerge === "continue") {
          // A continuation that does not follow a restart (malformed, or Word's loose files): an empty cell.
          if (!continuesAbove(rows, r, cell.gridStart)) next.push(...this.cell(cell, 1));
          continue;
        }
        next.push(...this.cell(cell, cell.vMerge === "restart" ? rowSpan(rows, r, cell.gridStart) : 1));
      }
      next.push("</tr>");
    });
    next.push("</tbody></table>");
    return next;
  }

  private cell(cell: Cell, rowspan: number): Task[] {
    const tcPr = child(cell.tc, "tcPr");
    const css: string[] = [];
    const fill = shading(child(tcPr, "shd"));
    if (fill) css.push(`background:${fill}`);
    const vAlign = val(child(tcPr, "vAlign"));
    if (vAlign === "center") css.push("vertical-align:middle");
    else if (vAlign === "bottom") css.push("vertical-align:bottom");
    const tcW = child(tcPr, "tcW");
    const width = Number(tcW?.w.w);
    if (tcW?.w.type === "dxa" && width > 0) css.push(`width:${(width / 20).toFixed(1)}pt`);
    const attrs =
      (cell.span > 1 ? ` colspan="${cell.span}"` : "") +
      (rowspan > 1 ? ` rowspan="${rowspan}"` : "") +
      (css.length ? ` style="${css.join(";")}"` : "");
    // A control around the whole cell: the cell itself carries the tag.
    return cell.control
      ? [
          `<td${attrs}><div${controlAttributes(cell.control, "cell")}>`,
          { draw: "blocks", el: cell.tc },
          "</div></td>",
        ]
      : [`<td${attrs}>`, { draw: "blocks", el: cell.tc }, "</td>"];
  }
}

/** A run as HTML: its formatting around the text the shared visitor gives; "" when nothing shows. */
function run(r: WordElement): string {
  const rPr = child(r, "rPr");
  const css: string[] = [];
  if (rPr) {
    if (on(child(rPr, "b"))) css.push("font-weight:bold");
    if (on(child(rPr, "i"))) css.push("font-style:italic");
    const u = val(child(rPr, "u"));
    if (child(rPr, "u") && u !== "none") css.push("text-decoration:underline");
    if (on(child(rPr, "strike"))) css.push("text-decoration:line-through");
    const colour = hexColour(val(child(rPr, "color")));
    if (colour) css.push(`color:${colour}`);
    const size = Number(val(child(rPr, "sz")));
    if (size > 0) css.push(`font-size:${size / 2}pt`);
    const fill = shading(child(rPr, "shd"));
    if (fill) css.push(`background:${fill}`);
    if (on(child(rPr, "vanish"))) return "";
  }
  const text = runHtml(r);
  if (text === "") return "";
  return css.length ? `<span style="${css.join(";")}">${text}</span>` : text;
}

/**
 * The run's text as HTML, element by element as the shared visitor reads them, in a loop over a
 * stack. A non-breaking hyphen is drawn as one; what Word's object model reports for it is not
 * settled, so the shared rules leave it out.
 */
function runHtml(r: WordElement): string {
  let html = "";
  const stack: WordNode[] = [...r.children].reverse();
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    if (typeof n === "string") continue;
    const role = textRole(n.ns, n.name, DEFAULT_TEXT_VIEW);
    if (role === "take" || role === "skip") {
      if (role === "take") html += escapeHtml(textOf(n));
      continue;
    }
    if (role === "tab") html += '<span class="tab">\t</span>';
    else if (role === "break") html += "<br>";
    else if (n.isW && n.name === "noBreakHyphen") html += "\u2011";
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as WordNode);
  }
  return html;
}

type Cell = {
  readonly tc: WordElement;
  readonly gridStart: number;
  readonly span: number;
  readonly vMerge: "restart" | "continue" | null;
  readonly control: Control | null;
};

type Row = { readonly cells: readonly Cell[]; readonly control: Control | null };

/** The rows of a table with each cell's grid column, looking through row- and cell-level controls. */
function tableRows(tbl: WordElement): Row[] {
  const rows: Row[] = [];
  const addRow = (tr: WordElement, rowControl: Control | null): void => {
    const cells: Cell[] = [];
    let column = Number(val(child(child(tr, "trPr"), "gridBefore"))) || 0;
    const addCell = (tc: WordElement, cellControl: Control | null): void => {
      const tcPr = child(tc, "tcPr");
      const span = Math.max(1, Number(val(child(tcPr, "gridSpan"))) || 1);
      const merge = child(tcPr, "vMerge");
      const vMerge = merge ? (val(merge) === "restart" ? "restart" : "continue") : null;
      cells.push({ tc, gridStart: column, span, vMerge, control: cellControl });
      column += span;
    };
    for (const n of elements(tr)) {
      if (n.name === "tc") addCell(n, null);
      else if (n.name === "sdt") {
        const c = control(n);
        if (c.content) for (const m of elements(c.content)) if (m.name === "tc") addCell(m, c);
      }
    }
    rows.push({ cells, control: rowControl });
  };
  for (const n of elements(tbl)) {
    if (n.name === "tr") addRow(n, null);
    else if (n.name === "sdt") {
      const c = control(n);
      if (c.content) for (const m of elements(c.content)) if (m.name === "tr") addRow(m, c);
    }
  }
  return rows;
}

function cellAt(row: Row | undefined, gridStart: number): Cell | undefined {
  return row?.cells.find((c) => c.gridStart === gridStart);
}

function rowSpan(rows: readonly Row[], from: number, gridStart: number): number {
  let span = 1;
  while (cellAt(rows[from + span], gridStart)?.vMerge === "continue") span++;
  return span;
}

function continuesAbove(rows: readonly Row[], at: number, gridStart: number): boolean {
  const above = cellAt(rows[at - 1], gridStart);
  return above?.vMerge === "restart" || above?.vMerge === "continue";
}

/** The HTML of the document's body; an empty string when the part has no w:body. */
export function renderDocument(document: WordElement, options: RenderOptions): string {
  const body = child(document, "body");
  return body ? new Renderer(options).html(body) : "";
}
