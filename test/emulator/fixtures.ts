/**
 * Minimal .docx packages built from hand-written WordprocessingML, so each test shows exactly
 * the XML it exercises.
 */
import { zipOf, zipParts, zipText } from "../support/zip";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

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
  const w14 = body.includes("w14:") ? ` xmlns:w14="${W14}" xmlns:mc="${MC}" mc:Ignorable="w14"` : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:document xmlns:w="${W}" xmlns:r="${R}"${w14}>` +
    `<w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`
  );
}

export function glossaryXml(docParts: Readonly<Record<string, string>>): string {
  const parts = Object.entries(docParts)
    .map(
      ([name, body]) =>
        `<w:docPart><w:docPartPr><w:name w:val="${name}"/><w:category><w:name w:val="General"/><w:gallery w:val="placeholder"/></w:category>` +
        `<w:behaviors><w:behavior w:val="content"/></w:behaviors><w:guid w:val="{00000000-0000-0000-0000-000000000001}"/></w:docPartPr>` +
        `<w:docPartBody>${body}</w:docPartBody></w:docPart>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:glossaryDocument xmlns:w="${W}"><w:docParts>${parts}</w:docParts></w:glossaryDocument>`;
}

const STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`;

export type PackageOptions = {
  /** docPart name → its `w:docPartBody` content; adds the glossary part. */
  readonly glossary?: Readonly<Record<string, string>>;
};

/** A minimal .docx: content types, package rels, document, styles, and optionally a glossary. */
export async function docx(body: string, options: PackageOptions = {}): Promise<Uint8Array> {
  const glossary = options.glossary;
  const parts: [string, string][] = [];
  parts.push([
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
      `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
      (glossary
        ? `<Override PartName="/word/glossary/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml"/>`
        : "") +
      `</Types>`,
  ]);
  parts.push([
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  ]);
  parts.push(["word/document.xml", documentXml(body)]);
  parts.push([
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
      (glossary
        ? `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument" Target="glossary/document.xml"/>`
        : "") +
      `</Relationships>`,
  ]);
  parts.push(["word/styles.xml", STYLES]);
  if (glossary) parts.push(["word/glossary/document.xml", glossaryXml(glossary)]);
  return zipOf(parts);
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
