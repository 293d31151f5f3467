import type { Block } from "../../../plan/layout-types";
import { COLOR, STYLE } from "../look";
import { paragraph } from "../wml/paragraph";
import { type RunFormat, run } from "../wml/run";
import type { XmlElement } from "../xml/tree";

type CoverBlock = Extract<Block, { kind: "cover" }>;

const EMPHASIS: Record<
  Exclude<CoverBlock["emphasis"], "title">,
  { readonly run: RunFormat; readonly spaceAfter: number }
> = {
  small: { run: { italic: true, size: 18 }, spaceAfter: 360 },
  normal: { run: { size: 22 }, spaceAfter: 60 },
  strong: { run: { bold: true, size: 24, color: COLOR.heading }, spaceAfter: 60 },
};

/** A centred cover line; the document's title takes the Title style. */
export function coverLine(block: CoverBlock, pageBreakBefore: boolean): XmlElement {
  if (block.emphasis === "title")
    return paragraph({ style: STYLE.title, pageBreakBefore }, [run(block.text)]);
  const look = EMPHASIS[block.emphasis];
  return paragraph({ align: "center", spaceAfter: look.spaceAfter, pageBreakBefore }, [
    run(block.text, look.run),
  ]);
}
