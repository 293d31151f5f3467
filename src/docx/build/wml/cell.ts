import type { CellContent, TableCell } from "../../../plan/layout-types";
import type { ControlIds } from "../control-ids";
import { COLOR, STYLE } from "../look";
import { el, type XmlElement } from "../xml/tree";
import { twipsWidth, val } from "./attributes";
import { blankRun, blockControl, inlineControl } from "./content-control";
import { paragraph } from "./paragraph";
import { run } from "./run";

/** `w:tcPr` in the schema's order. */
export function cellProperties(cell: TableCell, width: number): XmlElement {
  return el("w:tcPr", {}, [
    twipsWidth("w:tcW", width),
    cell.span !== undefined && cell.span > 1 && val("w:gridSpan", cell.span),
    cell.merge === "start" && val("w:vMerge", "restart"),
    cell.merge === "continue" && el("w:vMerge"),
    cell.shaded && el("w:shd", { "w:val": "clear", "w:color": "auto", "w:fill": COLOR.headerFill }),
    val("w:vAlign", "center"),
  ]);
}

/**
 * Word requires a cell to end with a paragraph; after a block control this tiny one (2 pt, no
 * spacing, style CellEnd) keeps the cell from growing a visible empty line.
 */
export function cellEndParagraph(): XmlElement {
  return paragraph({ style: STYLE.cellEnd });
}

/** The cell's block content: paragraphs and, for free text, a block control. */
export function cellContent(content: CellContent, align: TableCell["align"], ids: ControlIds): XmlElement[] {
  const format = { style: STYLE.tableText, align };
  switch (content.kind) {
    case "label":
      return [paragraph(format, [content.text !== "" && run(content.text, { bold: content.bold })])];
    case "empty":
      return [paragraph(format)];
    case "field": {
      const spec = { tag: content.tag, title: content.title, id: ids(content.tag) };
      if (content.value === "text")
        return [blockControl(spec, [paragraph(format, [blankRun()])]), cellEndParagraph()];
      // The fixed label is a run before the control in the same paragraph, one space apart, so the
      // cell's text is the label, a space, then the field's text.
      const label = content.label !== undefined && run(`${content.label} `);
      return [paragraph(format, [label, inlineControl(spec)])];
    }
  }
}

export function tableCell(cell: TableCell, width: number, ids: ControlIds): XmlElement {
  return el("w:tc", {}, [cellProperties(cell, width), ...cellContent(cell.content, cell.align, ids)]);
}
