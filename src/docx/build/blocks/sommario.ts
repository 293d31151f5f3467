import type { Block } from "../../../plan/layout-types";
import { STYLE } from "../look";
import { paragraph } from "../wml/paragraph";
import { run } from "../wml/run";
import type { XmlElement } from "../xml/tree";

type SommarioBlock = Extract<Block, { kind: "sommario" }>;

/**
 * The sommario as plain paragraphs (styles TOC1, capitals, and TOC2, indented italics), without
 * page numbers: a TOC field would need Word to update it, and typed numbers would be wrong.
 */
export function sommario(block: SommarioBlock, pageBreakBefore: boolean): XmlElement[] {
  return [
    paragraph({ style: STYLE.tocHeading, pageBreakBefore }, [run(block.title)]),
    ...block.entries.map((entry) =>
      paragraph({ style: entry.level === 1 ? STYLE.toc1 : STYLE.toc2 }, [run(entry.text)]),
    ),
  ];
}
