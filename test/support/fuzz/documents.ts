/**
 * fast-check arbitraries for WordprocessingML bodies and for the zips around them: well-formed
 * bodies of paragraphs, runs, controls, tables and the elements the readers skip, with the
 * template's tags among others; and zips written plainly or with one of the tricks a hostile file
 * plays (a name with "..", a duplicate, another local name, a wrong CRC, a cut, a flipped byte).
 */
import fc from "fast-check";
import { NS, NS_EXTENSIONS } from "../../../src/docx/namespaces";
import { escapeXmlAttribute as escapeXml } from "../../../src/docx/xml-escape";
import { rawZip, type RawEntry } from "./raw-zip";

const W = NS.w;
const W14 = NS_EXTENSIONS.w14;

/** Text as Word may hold it: letters, accents, spaces, markup characters, tabs and the odd control. */
const text = fc.string({
  unit: fc.constantFrom(
    "a",
    "b",
    "X",
    "x",
    "1",
    " ",
    "à",
    "«",
    "&",
    "<",
    ">",
    '"',
    "'",
    ";",
    "=",
    "-",
    "\u00a0",
  ),
  maxLength: 8,
});

/** Tags: the template's own, an unknown one of ours, other add-ins', empty. */
const tag = fc.constantFrom(
  "pgs:campo:istituto",
  "pgs:campo:codice-meccanografico",
  "pgs:testo:note",
  "pgs:livello:1.1:2017-18:attivazione",
  "pgs:mese:1.2:2018-19:ott",
  "pgs:mese:1.2:2031-32:ott",
  "pgs:alunni:liceo:III",
  "pgs:sconosciuto",
  "altro:tag",
  "",
);

const typeElement = fc.constantFrom(
  "",
  "",
  "",
  "<w:text/>",
  "<w:date/>",
  `<w14:checkbox xmlns:w14="${W14}"/>`,
);

const runContent = fc.oneof(
  text.map((t) => `<w:t xml:space="preserve">${escapeXml(t)}</w:t>`),
  fc.constantFrom(
    "<w:tab/>",
    "<w:br/>",
    "<w:cr/>",
    "<w:rPr><w:b/></w:rPr>",
    "<w:drawing><w:t>no</w:t></w:drawing>",
  ),
);

const run = fc.array(runContent, { maxLength: 3 }).map((parts) => `<w:r>${parts.join("")}</w:r>`);

function sdt(properties: string, content: string): string {
  return `<w:sdt><w:sdtPr>${properties}</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}

const sdtProperties = fc
  .tuple(fc.option(tag, { nil: undefined }), typeElement)
  .map(([t, type]) => `${t === undefined ? "" : `<w:tag w:val="${escapeXml(t)}"/>`}${type}`);

const inline = fc.oneof(
  { weight: 3, arbitrary: run },
  {
    weight: 1,
    arbitrary: fc
      .tuple(sdtProperties, fc.array(run, { maxLength: 2 }))
      .map(([p, runs]) => sdt(p, runs.join(""))),
  },
);

const paragraph = fc.array(inline, { maxLength: 3 }).map((parts) => `<w:p>${parts.join("")}</w:p>`);

/** Blocks: paragraphs, block controls, tables (rows and cells through controls too), customXml. */
const { blocks } = fc.letrec<{ blocks: string; block: string; cell: string; tableRow: string }>((tie) => ({
  blocks: fc.array(tie("block"), { maxLength: 3 }).map((parts) => parts.join("")),
  block: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 4, arbitrary: paragraph },
    { weight: 1, arbitrary: fc.tuple(sdtProperties, tie("blocks")).map(([p, content]) => sdt(p, content)) },
    {
      weight: 1,
      arbitrary: fc
        .array(tie("tableRow"), { minLength: 1, maxLength: 2 })
        .map((rows) => `<w:tbl>${rows.join("")}</w:tbl>`),
    },
    {
      weight: 1,
      arbitrary: tie("blocks").map((content) => `<w:customXml w:element="x">${content}</w:customXml>`),
    },
  ),
  tableRow: fc.array(tie("cell"), { minLength: 1, maxLength: 3 }).chain((cells) =>
    fc.tuple(fc.boolean(), sdtProperties).map(([wrapped, p]) => {
      const row = `<w:tr>${cells.join("")}</w:tr>`;
      return wrapped ? sdt(p, row) : row;
    }),
  ),
  cell: fc.tuple(tie("blocks"), fc.boolean(), sdtProperties).map(([content, wrapped, p]) => {
    const cell = `<w:tc>${content}<w:p/></w:tc>`;
    return wrapped ? sdt(p, cell) : cell;
  }),
}));

export const bodies = blocks;

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

const CONTENT_TYPES =
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const PACKAGE_RELS =
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** The entries of a minimal .docx around `document` (the main part's XML). */
export function packageEntries(document: string): RawEntry[] {
  return [
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "_rels/.rels", data: PACKAGE_RELS },
    { name: "word/document.xml", data: document },
  ];
}

/** What a hostile zip does to a well-formed package. */
export type ZipTrick =
  | { readonly kind: "none" }
  | { readonly kind: "dot-entry" }
  | { readonly kind: "duplicate" }
  | { readonly kind: "local-name" }
  | { readonly kind: "crc" }
  | { readonly kind: "cut"; readonly at: number }
  | { readonly kind: "flip"; readonly at: number; readonly byte: number };

export const zipTricks: fc.Arbitrary<ZipTrick> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ kind: "none" as const }) },
  fc.constant({ kind: "dot-entry" as const }),
  fc.constant({ kind: "duplicate" as const }),
  fc.constant({ kind: "local-name" as const }),
  fc.constant({ kind: "crc" as const }),
  fc.double({ min: 0, max: 1, noNaN: true }).map((at) => ({ kind: "cut" as const, at })),
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 }))
    .map(([at, byte]) => ({ kind: "flip" as const, at, byte })),
);

/** The package's zip with `trick` played on it. */
export function zipWith(entries: readonly RawEntry[], trick: ZipTrick): Uint8Array {
  const main = entries.find((entry) => entry.name === "word/document.xml");
  switch (trick.kind) {
    case "none":
      return rawZip(entries);
    case "dot-entry":
      return rawZip([...entries, { name: "x/../word/document.xml", data: documentXml("") }]);
    case "duplicate":
      return rawZip(main ? [...entries, main] : entries);
    case "local-name":
      return rawZip(entries.map((e) => (e === main ? { ...e, localName: "word/other.xml" } : e)));
    case "crc":
      return rawZip(entries.map((e) => (e === main ? { ...e, crc: 0xdeadbeef } : e)));
    case "cut": {
      const bytes = rawZip(entries);
      return bytes.slice(0, Math.floor(bytes.length * trick.at));
    }
    case "flip": {
      const bytes = rawZip(entries);
      const at = Math.min(bytes.length - 1, Math.floor(bytes.length * trick.at));
      bytes[at] = trick.byte;
      return bytes;
    }
  }
}
