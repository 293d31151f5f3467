/**
 * The cases' fixtures: a few lines of WordprocessingML each, turned into a minimal .docx here, so
 * the same bytes reach the emulator in jest and Word through `Body.insertFileFromBase64`. Plain
 * data and string building only: the production page carries no OOXML library.
 */
import { NS, REL } from "../docx/namespaces";
import { escapeXmlAttribute as escapeXml } from "../docx/xml-escape";
import { writeZip } from "../docx/zip-write";

const W = NS.w;
const DECLARATION = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const WML = "application/vnd.openxmlformats-officedocument.wordprocessingml";

export type Fixture = {
  /** The content of `w:body`, before its section properties. */
  readonly body: string;
  /** docPart name → the content of its `w:docPartBody` (the glossary part holding placeholders). */
  readonly glossary?: Readonly<Record<string, string>>;
};

export const run = (text: string): string => `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
export const paragraph = (content: string): string => `<w:p>${content}</w:p>`;
export const cell = (content: string, tcPr = ""): string =>
  `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/>${tcPr}</w:tcPr>${content}</w:tc>`;
export const row = (cells: string): string => `<w:tr>${cells}</w:tr>`;
export function table(rows: string, columns: number): string {
  const grid = Array.from({ length: columns }, () => '<w:gridCol w:w="2000"/>').join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`;
}

export type ControlOptions = {
  readonly tag: string;
  readonly title?: string;
  readonly lock?: "sdtLocked" | "contentLocked";
  readonly placeholder?: string;
  /** `<w:text/>` for a plain-text control; none for rich text. */
  readonly type?: string;
};

export function control(o: ControlOptions, content: string): string {
  return (
    "<w:sdt><w:sdtPr>" +
    (o.title === undefined ? "" : `<w:alias w:val="${escapeXml(o.title)}"/>`) +
    `<w:tag w:val="${escapeXml(o.tag)}"/>` +
    (o.lock ? `<w:lock w:val="${o.lock}"/>` : "") +
    (o.placeholder ? `<w:placeholder><w:docPart w:val="${o.placeholder}"/></w:placeholder>` : "") +
    (o.type ?? "") +
    `</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`
  );
}

function glossaryXml(docParts: Readonly<Record<string, string>>): string {
  const parts = Object.entries(docParts)
    .map(
      ([name, body], i) =>
        `<w:docPart><w:docPartPr><w:name w:val="${name}"/><w:category><w:name w:val="General"/><w:gallery w:val="placeholder"/></w:category>` +
        `<w:behaviors><w:behavior w:val="content"/></w:behaviors><w:guid w:val="{6F1C2D3E-0000-4000-8000-00000000000${i}}"/></w:docPartPr>` +
        `<w:docPartBody>${body}</w:docPartBody></w:docPart>`,
    )
    .join("");
  return `${DECLARATION}<w:glossaryDocument xmlns:w="${W}"><w:docParts>${parts}</w:docParts></w:glossaryDocument>`;
}

/**
 * A minimal .docx around a whole main document part: content types, package relationships,
 * styles, and a glossary when `glossary` names docParts. The emulator's tests build theirs here too.
 */
export function minimalDocx(documentXml: string, glossary?: Readonly<Record<string, string>>): Uint8Array {
  const encode = (text: string) => new TextEncoder().encode(text);
  const entries = new Map<string, Uint8Array>();
  entries.set(
    "[Content_Types].xml",
    encode(
      `${DECLARATION}<Types xmlns="${NS.contentTypes}">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/word/document.xml" ContentType="${WML}.document.main+xml"/>` +
        `<Override PartName="/word/styles.xml" ContentType="${WML}.styles+xml"/>` +
        (glossary
          ? `<Override PartName="/word/glossary/document.xml" ContentType="${WML}.document.glossary+xml"/>`
          : "") +
        `</Types>`,
    ),
  );
  entries.set(
    "_rels/.rels",
    encode(
      `${DECLARATION}<Relationships xmlns="${NS.pkgRels}">` +
        `<Relationship Id="rId1" Type="${REL.officeDocument}" Target="word/document.xml"/></Relationships>`,
    ),
  );
  entries.set("word/document.xml", encode(documentXml));
  entries.set(
    "word/_rels/document.xml.rels",
    encode(
      `${DECLARATION}<Relationships xmlns="${NS.pkgRels}">` +
        `<Relationship Id="rId1" Type="${REL.styles}" Target="styles.xml"/>` +
        (glossary
          ? `<Relationship Id="rId2" Type="${REL.glossaryDocument}" Target="glossary/document.xml"/>`
          : "") +
        `</Relationships>`,
    ),
  );
  entries.set(
    "word/styles.xml",
    encode(
      `${DECLARATION}<w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`,
    ),
  );
  if (glossary) entries.set("word/glossary/document.xml", encode(glossaryXml(glossary)));
  return writeZip(entries);
}

/** A main document part holding `body`; `declarations` adds namespace declarations to its root. */
export function documentXmlOf(body: string, declarations = ""): string {
  return (
    `${DECLARATION}<w:document xmlns:w="${W}" xmlns:r="${NS.r}"${declarations}><w:body>${body}` +
    `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`
  );
}

/** The fixture as .docx bytes. */
export function fixtureDocx(fixture: Fixture): Uint8Array {
  return minimalDocx(documentXmlOf(fixture.body), fixture.glossary);
}
