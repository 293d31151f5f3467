import { NS } from "../../namespaces";
import { BULLET_NUM_ID, COLOR, FONT, STYLE } from "../look";
import { twipsWidth, val } from "../wml/attributes";
import { el, type XmlChild, type XmlElement } from "../xml/tree";

type StyleDef = {
  readonly type: "paragraph" | "table";
  readonly id: string;
  /** Word's built-in name when there is one, so Word maps the style to its own. */
  readonly name: string;
  readonly basedOn?: string;
  readonly next?: string;
  readonly isDefault?: boolean;
  readonly uiPriority?: number;
  readonly quick?: boolean;
  readonly pPr?: readonly XmlChild[];
  readonly rPr?: readonly XmlChild[];
  readonly tblPr?: readonly XmlChild[];
};

function style(def: StyleDef): XmlElement {
  return el(
    "w:style",
    { "w:type": def.type, ...(def.isDefault ? { "w:default": "1" } : {}), "w:styleId": def.id },
    [
      val("w:name", def.name),
      def.basedOn !== undefined && val("w:basedOn", def.basedOn),
      def.next !== undefined && val("w:next", def.next),
      def.uiPriority !== undefined && val("w:uiPriority", def.uiPriority),
      def.quick && el("w:qFormat"),
      def.pPr && el("w:pPr", {}, def.pPr),
      def.rPr && el("w:rPr", {}, def.rPr),
      def.tblPr && el("w:tblPr", {}, def.tblPr),
    ],
  );
}

const spacing = (
  before: number,
  after: number,
  line?: { readonly value: number; readonly rule: "auto" | "exact" },
) =>
  el("w:spacing", {
    "w:before": String(before),
    "w:after": String(after),
    ...(line ? { "w:line": String(line.value), "w:lineRule": line.rule } : {}),
  });

const size = (halfPoints: number) => [val("w:sz", halfPoints), val("w:szCs", halfPoints)];

const border = (name: string) =>
  el(name, { "w:val": "single", "w:color": COLOR.border, "w:sz": "4", "w:space": "0" });

const cellMargins = (vertical: number, horizontal: number) =>
  el("w:tblCellMar", {}, [
    twipsWidth("w:top", vertical),
    twipsWidth("w:left", horizontal),
    twipsWidth("w:bottom", vertical),
    twipsWidth("w:right", horizontal),
  ]);

const STYLES: readonly StyleDef[] = [
  {
    type: "paragraph",
    id: STYLE.normal,
    name: "Normal",
    isDefault: true,
    quick: true,
    pPr: [spacing(0, 120, { value: 264, rule: "auto" })],
  },
  {
    type: "paragraph",
    id: STYLE.title,
    name: "Title",
    basedOn: STYLE.normal,
    next: STYLE.normal,
    uiPriority: 10,
    quick: true,
    pPr: [spacing(720, 480), val("w:jc", "center")],
    rPr: [el("w:b"), val("w:color", COLOR.heading), ...size(52)],
  },
  {
    type: "paragraph",
    id: STYLE.heading1,
    name: "heading 1",
    basedOn: STYLE.normal,
    next: STYLE.normal,
    uiPriority: 9,
    quick: true,
    pPr: [el("w:keepNext"), el("w:keepLines"), spacing(240, 160), val("w:outlineLvl", 0)],
    // Capitals by style: the sommario and the planning headings keep their text as written (quirks.ts #6).
    rPr: [el("w:b"), el("w:caps"), val("w:color", COLOR.heading), ...size(28)],
  },
  {
    type: "paragraph",
    id: STYLE.heading2,
    name: "heading 2",
    basedOn: STYLE.normal,
    next: STYLE.normal,
    uiPriority: 9,
    quick: true,
    pPr: [el("w:keepNext"), el("w:keepLines"), spacing(240, 120), val("w:outlineLvl", 1)],
    rPr: [el("w:b"), val("w:color", COLOR.subheading), ...size(24)],
  },
  {
    type: "paragraph",
    id: STYLE.tocHeading,
    name: "TOC Heading",
    basedOn: STYLE.normal,
    next: STYLE.normal,
    uiPriority: 39,
    pPr: [el("w:keepNext"), spacing(240, 240)],
    rPr: [el("w:b"), val("w:color", COLOR.heading), ...size(28)],
  },
  {
    type: "paragraph",
    id: STYLE.toc1,
    name: "toc 1",
    basedOn: STYLE.normal,
    next: STYLE.normal,
    uiPriority: 39,
    pPr: [spacing(120, 60)],
    rPr: [el("w:caps")],
  },
  {
    type: "paragraph",
    id: STYLE.toc2,
    name: "toc 2",
    basedOn: STYLE.normal,
    next: STYLE.normal,
    uiPriority: 39,
    pPr: [spacing(0, 60), el("w:ind", { "w:left": "284" })],
    rPr: [el("w:i")],
  },
  {
    type: "paragraph",
    id: STYLE.listBullet,
    name: "List Bullet",
    basedOn: STYLE.normal,
    uiPriority: 99,
    pPr: [
      el("w:numPr", {}, [val("w:ilvl", 0), val("w:numId", BULLET_NUM_ID)]),
      spacing(0, 60),
      el("w:contextualSpacing"),
    ],
  },
  {
    type: "paragraph",
    id: STYLE.tableText,
    name: "Testo tabella",
    basedOn: STYLE.normal,
    pPr: [spacing(0, 0, { value: 240, rule: "auto" })],
    rPr: size(18),
  },
  {
    // Closes a cell after a block control, or carries a section break: 2 pt high, no spacing.
    type: "paragraph",
    id: STYLE.cellEnd,
    name: "Chiusura cella",
    basedOn: STYLE.normal,
    pPr: [spacing(0, 0, { value: 40, rule: "exact" })],
    rPr: size(4),
  },
  {
    type: "paragraph",
    id: STYLE.footer,
    name: "footer",
    basedOn: STYLE.normal,
    uiPriority: 99,
    pPr: [spacing(0, 0), val("w:jc", "center")],
    rPr: size(16),
  },
  {
    type: "table",
    id: STYLE.tableNormal,
    name: "Normal Table",
    isDefault: true,
    uiPriority: 99,
    tblPr: [twipsWidth("w:tblInd", 0), cellMargins(0, 108)],
  },
  {
    type: "table",
    id: STYLE.tableGrid,
    name: "Table Grid",
    basedOn: STYLE.tableNormal,
    uiPriority: 39,
    pPr: [spacing(0, 0)],
    tblPr: [
      el(
        "w:tblBorders",
        {},
        ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"].map(border),
      ),
      cellMargins(28, 85),
    ],
  },
];

function docDefaults(): XmlElement {
  const font = FONT.primary;
  return el("w:docDefaults", {}, [
    el("w:rPrDefault", {}, [
      el("w:rPr", {}, [
        el("w:rFonts", { "w:ascii": font, "w:hAnsi": font, "w:eastAsia": font, "w:cs": font }),
        ...size(20),
        val("w:lang", "it-IT"),
      ]),
    ]),
    el("w:pPrDefault", {}, [el("w:pPr", {}, [spacing(0, 120, { value: 264, rule: "auto" })])]),
  ]);
}

/** `word/styles.xml` (the glossary document uses the same styles). */
export function stylesPart(): XmlElement {
  return el("w:styles", { "xmlns:w": NS.w }, [docDefaults(), ...STYLES.map(style)]);
}
