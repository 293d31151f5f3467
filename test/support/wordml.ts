/**
 * Minimal .docx packages built from hand-written WordprocessingML, so each test shows exactly
 * the XML it exercises.
 */
import { documentXmlOf, minimalDocx } from "../../src/conformance/fixture";
import { NS, NS_EXTENSIONS } from "../../src/docx/namespaces";
import { zipParts, zipText } from "./zip";

export const W = NS.w;

export type Lock = "sdtLocked" | "contentLocked" | "sdtContentLocked";

export type ControlOptions = {
  readonly tag: string;
  readonly title?: string;
  readonly id?: number;
  readonly lock?: Lock;
  /** A type element for `w:sdtPr` (`<w:text/>`, a checkbox…); none makes a rich-text control. */
  readonly typeElement?: string;
  readonly placeholderDocPart?: string;
  readonly showingPlaceholder?: boolean;
};

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function run(text: string, rPr = ""): string {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t${space}>${escapeXml(text)}</w:t></w:r>`;
}

export function paragraph(content: string, pPr = ""): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${content}</w:p>`;
}

function sdtPr(o: ControlOptions): string {
  return (
    "<w:sdtPr>" +
    (o.title !== undefined ? `<w:alias w:val="${escapeXml(o.title)}"/>` : "") +
    `<w:tag w:val="${escapeXml(o.tag)}"/>` +
    (o.id !== undefined ? `<w:id w:val="${o.id}"/>` : "") +
    (o.lock ? `<w:lock w:val="${o.lock}"/>` : "") +
    (o.placeholderDocPart
      ? `<w:placeholder><w:docPart w:val="${o.placeholderDocPart}"/></w:placeholder>`
      : "") +
    (o.showingPlaceholder ? "<w:showingPlcHdr/>" : "") +
    (o.typeElement ?? "") +
    "</w:sdtPr>"
  );
}

/** A control around `content` (runs for an inline control, paragraphs/tables/cells otherwise). */
export function control(o: ControlOptions, content: string): string {
  return `<w:sdt>${sdtPr(o)}<w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}

export function cell(content: string, tcPr = '<w:tcW w:w="2000" w:type="dxa"/>'): string {
  return `<w:tc><w:tcPr>${tcPr}</w:tcPr>${content}</w:tc>`;
}

export function row(cells: string, trPr = ""): string {
  return `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ""}${cells}</w:tr>`;
}

export function table(rows: string, columns = 2): string {
  const grid = Array.from({ length: columns }, () => '<w:gridCol w:w="2000"/>').join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`;
}

export const PLAIN_TEXT = "<w:text/>";
export const CHECKBOX = `<w14:checkbox><w14:checked w14:val="0"/></w14:checkbox>`;

/** Declares w14 (and marks it ignorable) only when the body uses it, so other documents stay schema-valid. */
export function documentXml(body: string): string {
  return documentXmlOf(
    body,
    body.includes("w14:")
      ? ` xmlns:w14="${NS_EXTENSIONS.w14}" xmlns:mc="${NS_EXTENSIONS.mc}" mc:Ignorable="w14"`
      : "",
  );
}

export type PackageOptions = {
  /** docPart name → its `w:docPartBody` content; adds the glossary part. */
  readonly glossary?: Readonly<Record<string, string>>;
};

/** A minimal .docx (the conformance kit's package): content types, rels, document, styles, and optionally a glossary. */
export async function docx(body: string, options: PackageOptions = {}): Promise<Uint8Array> {
  return minimalDocx(documentXml(body), options.glossary);
}

/**
 * One document with every control shape the plan template and Word users produce:
 * a block control in the body (two paragraphs, bold first run), an inline control in a cell's
 * paragraph, a block control in a cell, a plain-text control, a checkbox, a block control
 * wrapping a table, locked controls and a duplicated tag. Without the checkbox (a w14 element)
 * the document is valid against the base ECMA schemas.
 */
export function everyShapeBody(options: { readonly checkbox: boolean } = { checkbox: true }): string {
  return [
    control(
      { tag: "body.block", title: "Criticità", id: 10 },
      paragraph(run("Prima riga", "<w:b/>"), '<w:jc w:val="both"/>') + paragraph(run("Seconda riga")),
    ),
    table(
      row(
        cell(paragraph(run("Azione 1.1"))) +
          cell(paragraph(run("Anno: ") + control({ tag: "cell.inline", id: 11 }, run("X", "<w:i/>")))),
      ) +
        row(
          cell(paragraph(run("Azione 1.2"))) +
            cell(control({ tag: "cell.block", id: 12 }, paragraph(run("Testo in cella")))),
        ),
    ),
    paragraph(control({ tag: "plain", id: 13, typeElement: PLAIN_TEXT }, run("solo testo"))),
    options.checkbox ? paragraph(control({ tag: "check", id: 14, typeElement: CHECKBOX }, run("☐"))) : "",
    control(
      { tag: "table.block", id: 15 },
      table(row(cell(paragraph(run("a"))) + cell(paragraph(run("b"))))),
    ),
    paragraph(control({ tag: "locked.delete", id: 16, lock: "sdtLocked" }, run("non cancellabile"))),
    paragraph(control({ tag: "locked.edit", id: 17, lock: "contentLocked" }, run("non modificabile"))),
    paragraph(control({ tag: "dup", id: 18 }, run("primo"))),
    paragraph(control({ tag: "dup", id: 18 }, run("secondo"))),
  ].join("");
}

export function everyShapeDocx(): Promise<Uint8Array> {
  return docx(everyShapeBody());
}

/** Text of a part of a saved package. */
export async function partText(bytes: Uint8Array, path: string): Promise<string> {
  const text = zipText(bytes, path);
  if (text === undefined) throw new Error(`no part ${path}`);
  return text;
}

/** Bytes of every part of a saved package. */
export async function partBytes(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  return zipParts(bytes);
}
