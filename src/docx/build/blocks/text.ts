import type { Block } from "../../../plan/layout-types";
import { STYLE } from "../look";
import { paragraph } from "../wml/paragraph";
import { run } from "../wml/run";
import type { XmlElement } from "../xml/tree";

type Kind<K extends Block["kind"]> = Extract<Block, { kind: K }>;

/** Heading 1 sets capitals in its style, so the text stays as the layout has it (quirks.ts #6). */
export function heading(block: Kind<"heading">, pageBreakBefore: boolean): XmlElement {
  return paragraph({ style: block.level === 1 ? STYLE.heading1 : STYLE.heading2, pageBreakBefore }, [
    run(block.text),
  ]);
}

export function bodyParagraph(block: Kind<"paragraph">, pageBreakBefore: boolean): XmlElement {
  return paragraph(
    { style: STYLE.normal, pageBreakBefore },
    block.runs.map((part) => run(part.text, { bold: part.bold, italic: part.italic })),
  );
}

export function bullets(block: Kind<"bullets">, pageBreakBefore: boolean): XmlElement[] {
  return block.items.map((item, index) =>
    paragraph({ style: STYLE.listBullet, pageBreakBefore: pageBreakBefore && index === 0 }, [run(item)]),
  );
}
