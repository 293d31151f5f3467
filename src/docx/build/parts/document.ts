import type { Block, Orientation } from "../../../plan/layout-types";
import { coverLine } from "../blocks/cover";
import { sommario } from "../blocks/sommario";
import { bodyParagraph, bullets, heading } from "../blocks/text";
import type { ControlIds } from "../control-ids";
import { STYLE } from "../look";
import { NS } from "../../namespaces";
import { blankRun, blockControl } from "../wml/content-control";
import { paragraph } from "../wml/paragraph";
import { sectionProperties, textWidth } from "../wml/section";
import { table } from "../wml/table";
import { el, type XmlElement } from "../xml/tree";

/** The layout ends without a section-end: its last section is portrait, like the first. */
const LAST_SECTION: Orientation = "portrait";

/** The orientation of the section each block lies in (a section-end closes the section before it). */
export function sectionOrientations(layout: readonly Block[]): Orientation[] {
  let current = LAST_SECTION;
  return layout
    .map((_, index) => layout.length - 1 - index)
    .map((index) => {
      const block = layout[index];
      if (block?.kind === "section-end") current = block.orientation;
      return current;
    })
    .reverse();
}

const isTable = (block: Block | undefined): boolean =>
  block?.kind === "table" || block?.kind === "controlled-table";

type Context = { readonly ids: ControlIds; readonly footerId: string };

/** A block as body elements. `pageBreakBefore` comes from a preceding page-break block. */
function renderBlock(
  block: Block,
  orientation: Orientation,
  pageBreakBefore: boolean,
  context: Context,
): XmlElement[] {
  // Tables cannot carry a page break: an empty, tiny paragraph before them does.
  const breakParagraph = pageBreakBefore ? [paragraph({ style: STYLE.cellEnd, pageBreakBefore })] : [];
  switch (block.kind) {
    case "cover":
      return [coverLine(block, pageBreakBefore)];
    case "heading":
      return [heading(block, pageBreakBefore)];
    case "paragraph":
      return [bodyParagraph(block, pageBreakBefore)];
    case "bullets":
      return bullets(block, pageBreakBefore);
    case "sommario":
      return sommario(block, pageBreakBefore);
    case "table":
      return [...breakParagraph, table(block.table, textWidth(orientation), context.ids)];
    case "controlled-table": {
      const spec = { tag: block.tag, title: block.title, id: context.ids(block.tag) };
      return [
        ...breakParagraph,
        blockControl(spec, [table(block.table, textWidth(orientation), context.ids)]),
      ];
    }
    case "text-field": {
      const spec = { tag: block.tag, title: block.title, id: context.ids(block.tag) };
      return [blockControl(spec, [paragraph({ style: STYLE.normal, pageBreakBefore }, [blankRun()])])];
    }
    case "section-end":
      return [
        paragraph({
          style: STYLE.cellEnd,
          pageBreakBefore,
          section: sectionProperties(block.orientation, context.footerId),
        }),
      ];
    case "page-break":
      return [];
  }
}

/** `word/document.xml`: the layout's blocks in order, then the last section's properties. */
export function documentPart(layout: readonly Block[], ids: ControlIds, footerId: string): XmlElement {
  const orientations = sectionOrientations(layout);
  const context = { ids, footerId };
  const body = layout.flatMap((block, index) => {
    const previous = layout[index - 1];
    // Two tables in a row would merge into one: a spacer paragraph keeps them apart.
    const spacer = isTable(previous) && isTable(block) ? [paragraph({ style: STYLE.normal })] : [];
    const pageBreakBefore = previous?.kind === "page-break";
    return [...spacer, ...renderBlock(block, orientations[index] ?? LAST_SECTION, pageBreakBefore, context)];
  });
  // Word wants the body to end with a paragraph, as a cell does.
  const closing = body[body.length - 1]?.name === "w:p" ? [] : [paragraph({ style: STYLE.normal })];
  return el("w:document", { "xmlns:w": NS.w, "xmlns:r": NS.r }, [
    el("w:body", {}, [...body, ...closing, sectionProperties(LAST_SECTION, footerId)]),
  ]);
}
