/**
 * WordprocessingML → HTML, for the playground's view of the document. One pass over the main part
 * building a string (about 1,100 controls and 1,600 cells in a few milliseconds).
 *
 * Drawn: paragraphs (headings from the style, alignment, shading, page breaks as a rule), runs
 * (bold, italic, underline, colour, size, tabs, line breaks), tables (gridSpan → colspan,
 * vMerge → rowspan, cell shading, nested tables) and every content control — inline, block, cell
 * or row level — as an element carrying `data-tag`, with its text. Not drawn: headers and footers,
 * numbering labels (a list paragraph gets a bullet), fields' results beyond their text, images,
 * text boxes, revisions (insertions shown as text, deletions dropped), section layout.
 */
import { type LightElement, type LightNode, textOf } from "./light-xml";

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
/** Drawn as nothing. */
const SKIPPED = new Set([
  "del",
  "moveFrom",
  "proofErr",
  "bookmarkStart",
  "bookmarkEnd",
  "commentRangeStart",
  "commentRangeEnd",
]);

export type RenderOptions = {
  readonly headingLevels: ReadonlyMap<string, number>;
};

type Control = {
  readonly tag: string;
  readonly alias: string;
  readonly placeholder: boolean;
  readonly content: LightElement | null;
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;",
  );
}

/** The WordprocessingML element children of `el`. */
function* elements(el: LightElement): Generator<LightElement> {
  for (const n of el.children) if (typeof n !== "string" && n.isW) yield n;
}

function isW(node: LightNode, localName: string): node is LightElement {
  return typeof node !== "string" && node.isW && node.name === localName;
}

function child(el: LightElement | null | undefined, localName: string): LightElement | null {
  if (!el) return null;
  for (const n of el.children) if (isW(n, localName)) return n;
  return null;
}

function val(el: LightElement | null): string | null {
  return el?.w.val ?? null;
}

/** Whether a w:sdt or w:tbl lies anywhere under `el` (a loop over a stack, not recursion). */
function holdsControlOrTable(el: LightElement): boolean {
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
function on(el: LightElement | null): boolean {
  if (!el) return false;
  const v = val(el);
  return v === null || !["0", "false", "off", "none"].includes(v);
}

/** A hex colour attribute (`w:fill`, `w:val`), or null for "auto" and absent. */
function hexColour(value: string | null): string | null {
  return value && /^[0-9A-Fa-f]{6}$/.test(value) ? `#${value}` : null;
}

function shading(shd: LightElement | null): string | null {
  return shd ? hexColour(shd.w.fill ?? null) : null;
}

function control(sdt: LightElement): Control {
  const pr = child(sdt, "sdtPr");
  return {
    tag: val(child(pr, "tag")) ?? "",
    alias: val(child(pr, "alias")) ?? "",
    placeholder: child(pr, "showingPlcHdr") !== null,
    content: child(sdt, "sdtContent"),
  };
}

/** Whether a control holds only text: a person can type into it (no nested control, no table). */
function isLeaf(content: LightElement | null): boolean {
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

class Renderer {
  private out: string[] = [];

  constructor(private readonly options: RenderOptions) {}

  html(body: LightElement): string {
    this.blocks(body);
    return this.out.join("");
  }

  private blocks(parent: LightElement): void {
    for (const n of elements(parent)) this.block(n);
  }

  private block(el: LightElement): void {
    const name = el.name;
    if (name === "p") this.paragraph(el);
    else if (name === "tbl") this.table(el);
    else if (name === "sdt") {
      const c = control(el);
      this.out.push(`<div${controlAttributes(c, "block")}>`);
      if (c.content) this.blocks(c.content);
      this.out.push("</div>");
    } else if (TRANSPARENT.has(name)) this.blocks(el);
    // sectPr, bookmarks, and anything unknown at block level draw nothing.
  }

  private paragraph(p: LightElement): void {
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
    this.out.push(
      `<${tagName} class="${escapeHtml(classes.join(" "))}"${css.length ? ` style="${css.join(";")}"` : ""}>`,
    );
    const before = this.out.length;
    this.inline(p);
    // An empty paragraph still takes a line, as in Word.
    if (this.out.length === before) this.out.push("<br>");
    this.out.push(`</${tagName}>`);
  }

  private inline(parent: LightElement): void {
    for (const n of elements(parent)) {
      const name = n.name;
      if (name === "r") this.run(n);
      else if (name === "sdt") {
        const c = control(n);
        this.out.push(`<span${controlAttributes(c, "inline")}>`);
        if (c.content) this.inline(c.content);
        this.out.push("</span>");
      } else if (TRANSPARENT.has(name)) this.inline(n);
      else if (SKIPPED.has(name) || name === "pPr") continue;
    }
  }

  private run(r: LightElement): void {
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
      if (on(child(rPr, "vanish"))) return;
    }
    let text = "";
    for (const n of elements(r)) {
      switch (n.name) {
        case "t":
          text += escapeHtml(textOf(n));
          break;
        case "tab":
          text += '<span class="tab">\t</span>';
          break;
        case "br":
        case "cr":
          text += "<br>";
          break;
        case "noBreakHyphen":
          text += "\u2011";
          break;
      }
    }
    if (text === "") return;
    this.out.push(css.length ? `<span style="${css.join(";")}">${text}</span>` : text);
  }

  private table(tbl: LightElement): void {
    const rows = tableRows(tbl);
    this.out.push('<table class="doc-table"><tbody>');
    rows.forEach((row, r) => {
      this.out.push(`<tr${row.control ? controlAttributes(row.control, "row") : ""}>`);
      for (const cell of row.cells) {
        if (cell.vMerge === "continue") {
          // A continuation that does not follow a restart (malformed, or Word's loose files): an empty cell.
          if (!continuesAbove(rows, r, cell.gridStart)) this.cell(cell, 1);
          continue;
        }
        this.cell(cell, cell.vMerge === "restart" ? rowSpan(rows, r, cell.gridStart) : 1);
      }
      this.out.push("</tr>");
    });
    this.out.push("</tbody></table>");
  }

  private cell(cell: Cell, rowspan: number): void {
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
    if (cell.control) {
      // A control around the whole cell: the cell itself carries the tag.
      this.out.push(`<td${attrs}><div${controlAttributes(cell.control, "cell")}>`);
      this.blocks(cell.tc);
      this.out.push("</div></td>");
    } else {
      this.out.push(`<td${attrs}>`);
      this.blocks(cell.tc);
      this.out.push("</td>");
    }
  }
}

type Cell = {
  readonly tc: LightElement;
  readonly gridStart: number;
  readonly span: number;
  readonly vMerge: "restart" | "continue" | null;
  readonly control: Control | null;
};

type Row = { readonly cells: readonly Cell[]; readonly control: Control | null };

/** The rows of a table with each cell's grid column, looking through row- and cell-level controls. */
function tableRows(tbl: LightElement): Row[] {
  const rows: Row[] = [];
  const addRow = (tr: LightElement, rowControl: Control | null): void => {
    const cells: Cell[] = [];
    let column = Number(val(child(child(tr, "trPr"), "gridBefore"))) || 0;
    const addCell = (tc: LightElement, cellControl: Control | null): void => {
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
export function renderDocument(document: LightElement, options: RenderOptions): string {
  const body = child(document, "body");
  return body ? new Renderer(options).html(body) : "";
}
