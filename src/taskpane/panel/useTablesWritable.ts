import { usePanelSelector } from "../state";

/**
 * Whether this host lets the pane write the fields inside the template's tables (marks and counts).
 * Word on the web has hidden the content controls inside table cells (office-js #2040); the reader
 * then reads those fields from the cells (strategy "controls-and-cells") and the writer cannot reach
 * them. Known from the reading, before any write: the controls are disabled up front.
 */
export function useTablesWritable(): boolean {
  return usePanelSelector((state) => state.reading?.strategy !== "controls-and-cells");
}
