/**
 * The template's visual constants, in OOXML units: twips (1/20 pt) for lengths, half-points for
 * font sizes. Kept together so the document has one look.
 */

/** Calibri in Word; LibreOffice substitutes Carlito (metric-compatible) or the fallbacks below. */
export const FONT = { primary: "Calibri", fallbacks: ["Carlito", "Liberation Sans", "Arial"] } as const;

export const COLOR = {
  /** Fill of header cells (light blue, Word's "Blue, Accent 1, Lighter 80%"). */
  headerFill: "D9E2F3",
  heading: "1F3864",
  subheading: "2F5496",
  border: "808080",
} as const;

/** A4 with 2 cm margins. */
export const PAGE = { shortSide: 11906, longSide: 16838, margin: 1134, headerFooter: 567 } as const;

/** Style ids used by the body; styles.ts defines each of them. */
export const STYLE = {
  normal: "Normal",
  title: "Title",
  heading1: "Heading1",
  heading2: "Heading2",
  tocHeading: "TOCHeading",
  toc1: "TOC1",
  toc2: "TOC2",
  listBullet: "ListBullet",
  tableText: "TableText",
  cellEnd: "CellEnd",
  footer: "Footer",
  tableNormal: "TableNormal",
  tableGrid: "TableGrid",
} as const;

/** numbering.xml's bullet list. */
export const BULLET_NUM_ID = 1;
