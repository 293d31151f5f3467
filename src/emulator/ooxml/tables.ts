/**
 * Tables as `Word.Table` sees them: rows (`w:tr`, also inside row-level controls), the cells of
 * each row as written (a row with `w:gridSpan` has fewer cells; a `w:vMerge` continuation cell is
 * there with its own, usually empty, text), and `addRows` at the end.
 */
import { NS } from "../../docx/namespaces";
import { childElements, firstChildNamed, isNamed, type XmlElement } from "../../docx/xml";
import { NotEmulatedError } from "../errors";
import type { Meter } from "../meter";
import { buildParagraph, buildRun } from "./runs";
import { type TextView, containerText } from "./text";
import { descendantsW } from "./walk";

/**
 * Children of `parent` named w:`localName`, looking through `w:sdt`/`w:customXml` wrappers, in
 * document order; a stack of sibling cursors instead of recursion.
 */
function wrappedChildren(parent: XmlElement, localName: string, meter: Meter): XmlElement[] {
  const out: XmlElement[] = [];
  const cursors: XmlElement[][] = [childElements(parent).reverse()];
  for (let level = cursors[0]; level; level = cursors[cursors.length - 1]) {
    const child = level.pop();
    if (!child) {
      cursors.pop();
      continue;
    }
    meter.touch();
    if (isNamed(child, NS.w, localName)) out.push(child);
    else if (isNamed(child, NS.w, "sdt")) {
      const content = firstChildNamed(child, NS.w, "sdtContent");
      if (content) cursors.push(childElements(content).reverse());
    } else if (isNamed(child, NS.w, "customXml")) cursors.push(childElements(child).reverse());
  }
  return out;
}

export function tableRows(tbl: XmlElement, meter: Meter): XmlElement[] {
  return wrappedChildren(tbl, "tr", meter);
}

export function rowCells(tr: XmlElement, meter: Meter): XmlElement[] {
  return wrappedChildren(tr, "tc", meter);
}

export function tableValues(tbl: XmlElement, meter: Meter, view: TextView): string[][] {
  return tableRows(tbl, meter).map((tr) => rowCells(tr, meter).map((tc) => containerText(tc, meter, view)));
}

/** The direct child of `tbl` that holds `tr` (the row itself or its wrapping control). */
function topLevelHolder(tbl: XmlElement, tr: XmlElement): XmlElement {
  let node: XmlElement = tr;
  while (node.parentNode && node.parentNode !== tbl) node = node.parentNode as XmlElement;
  return node;
}

/** A new row shaped like `template`: same row and cell properties, first paragraph's and run's formatting. */
function rowLike(template: XmlElement, values: readonly string[], meter: Meter): XmlElement {
  const doc = template.ownerDocument;
  if (!doc) throw new Error("w:tr outside a document");
  const row = template.cloneNode(false) as XmlElement;
  for (const child of childElements(template)) {
    if (isNamed(child, NS.w, "tblPrEx") || isNamed(child, NS.w, "trPr"))
      row.appendChild(child.cloneNode(true));
  }
  const cells = rowCells(template, meter);
  if (values.length > cells.length) {
    throw new RangeError(`${values.length} values for a row of ${cells.length} cells`);
  }
  cells.forEach((tc, i) => {
    const cell = tc.cloneNode(false) as XmlElement;
    const tcPr = firstChildNamed(tc, NS.w, "tcPr");
    if (tcPr) cell.appendChild(tcPr.cloneNode(true));
    const p = descendantsW(tc, "p", meter)[0];
    const pPr = p ? firstChildNamed(p, NS.w, "pPr") : null;
    const r = descendantsW(tc, "r", meter)[0];
    const rPr = r ? firstChildNamed(r, NS.w, "rPr") : null;
    const text = values[i] ?? "";
    cell.appendChild(buildParagraph(doc, pPr, text === "" ? [] : [buildRun(doc, rPr, text)]));
    row.appendChild(cell);
    meter.touch();
  });
  return row;
}

/**
 * `Table.addRows("End", count, values)`: rows copied from the last row's properties and filled
 * with `values`. Assumed: like Tab in the last cell, the copy takes the formatting but not the
 * content, and content controls in the template row are not copied.
 * Throws RangeError when a row of values is longer than the template row.
 */
export function addRowsAtEnd(
  tbl: XmlElement,
  count: number,
  values: readonly (readonly string[])[],
  meter: Meter,
): void {
  const rows = tableRows(tbl, meter);
  const template = rows[rows.length - 1];
  if (!template) throw new NotEmulatedError("Table.addRows on a table without rows");
  let anchor = topLevelHolder(tbl, template);
  for (let i = 0; i < count; i++) {
    const row = rowLike(template, values[i] ?? [], meter);
    tbl.insertBefore(row, anchor.nextSibling);
    anchor = row;
  }
}

/**
 * Setting `TableCell.value`: the cell keeps its properties and its first paragraph's and run's
 * formatting, and holds the text as one paragraph (assumed; Microsoft documents only "the text of
 * the cell"). A cell holding content controls is not emulated: Word's behaviour there is unknown.
 */
export function setCellText(tc: XmlElement, text: string, meter: Meter): void {
  const doc = tc.ownerDocument;
  if (!doc) throw new Error("w:tc outside a document");
  if (descendantsW(tc, "sdt", meter).length > 0)
    throw new NotEmulatedError("TableCell.value on a cell with content controls");
  const p = descendantsW(tc, "p", meter)[0];
  const pPr = p ? firstChildNamed(p, NS.w, "pPr") : null;
  const r = descendantsW(tc, "r", meter)[0];
  const rPr = r ? firstChildNamed(r, NS.w, "rPr") : null;
  const paragraph = buildParagraph(doc, pPr, text === "" ? [] : [buildRun(doc, rPr, text)]);
  for (const child of childElements(tc)) {
    meter.touch();
    if (!isNamed(child, NS.w, "tcPr")) tc.removeChild(child);
  }
  tc.appendChild(paragraph);
}
