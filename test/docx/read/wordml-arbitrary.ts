/**
 * fast-check arbitraries for WordprocessingML main parts with every shape the readers' rules speak
 * of: paragraphs and runs whose `w:t` hold markup characters, references, CDATA, comments, white
 * space and characters outside the BMP; tabs and breaks, also inside properties where they are tab
 * stops; rich-text, plain-text and checkbox controls at run, block, cell and row level, nested, with
 * odd properties (none, two, a tag without a value, two contents); tables with merged cells, nested
 * tables and `w:customXml`/`w:sdt` wrappers around rows and cells; drawings and text boxes (with
 * paragraphs and controls inside); tracked insertions and deletions; complex and simple fields;
 * hyperlinks and smart tags.
 */
import fc from "fast-check";
import { rawZip } from "../../support/fuzz/raw-zip";
import { packageEntries } from "../../support/fuzz/documents";
import { NS, NS_EXTENSIONS } from "../../../src/docx/namespaces";
import { escapeXmlAttribute as escapeXml } from "../../../src/docx/xml-escape";

const W = NS.w;
const { w14: W14, mc: MC } = NS_EXTENSIONS;
const WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";
const V = "urn:schemas-microsoft-com:vml";

/** Characters as they stand in a part: plain, escaped, referenced, or in a CDATA section. */
const chars = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .string({
        unit: fc.constantFrom(
          "a",
          "Z",
          "1",
          " ",
          "à",
          "«",
          "&",
          "<",
          ">",
          '"',
          "'",
          "\u00a0",
          "\t",
          "\n",
          "😀",
        ),
        maxLength: 6,
      })
      .map(escapeXml),
  },
  { weight: 1, arbitrary: fc.constantFrom("&#65;", "&#x2603;", "&#x1F600;", "&amp;&lt;", "&#13;", "&#9;") },
  { weight: 1, arbitrary: fc.constantFrom("<![CDATA[<x> & ]]>", "<!-- nota -->", "<?pi x?>", "\r\n", "\r") },
);

const textContent = fc.array(chars, { maxLength: 3 }).map((parts) => parts.join(""));

const wt = fc
  .tuple(textContent, fc.boolean())
  .map(([t, preserve]) => `<w:t${preserve ? ' xml:space="preserve"' : ""}>${t}</w:t>`);

const textBox = (inside: string): string =>
  `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="wps"><w:drawing><wps:wsp xmlns:wps="${WPS}"><wps:txbx><w:txbxContent>${inside}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>` +
  `<mc:Fallback><w:pict><v:shape xmlns:v="${V}"><v:textbox><w:txbxContent>${inside}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>`;

/** What a run holds besides text boxes. */
const runPart = fc.oneof(
  { weight: 5, arbitrary: wt },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "<w:tab/>",
      "<w:br/>",
      '<w:br w:type="page"/>',
      "<w:cr/>",
      "<w:noBreakHyphen/>",
      '<w:rPr><w:b/><w:tab w:val="left"/></w:rPr>',
      "<w:drawing><w:t>disegno</w:t></w:drawing>",
      '<w:fldChar w:fldCharType="begin"/>',
      '<w:fldChar w:fldCharType="separate"/>',
      '<w:fldChar w:fldCharType="end"/>',
      '<w:instrText xml:space="preserve"> PAGE \\* MERGEFORMAT </w:instrText>',
      "<w:t><w:tab/>dentro</w:t>",
    ),
  },
  { weight: 2, arbitrary: textContent.map((t) => `<w:delText xml:space="preserve">${t}</w:delText>`) },
);

const SDT_TYPES = [
  "",
  "",
  "",
  "<w:richText/>",
  "<w:richText/><w:text/>",
  "<w:text/>",
  `<w14:checkbox xmlns:w14="${W14}"/>`,
  "<w:date/>",
];

/** `w:sdt` around `content`, with properties as Word writes them or as odd as a file can hold. */
const sdtAround = (content: string): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom("a", "b", "a&amp;b", "tab\tnew\nline", ""),
      fc.constantFrom(...SDT_TYPES),
      fc.constantFrom(
        "plain",
        "plain",
        "plain",
        "no-properties",
        "no-content",
        "two-properties",
        "two-contents",
        "tag-without-val",
        "two-tags",
        "unprefixed-val",
        "placeholder",
      ),
    )
    .map(([tag, type, shape]) => {
      const tagXml = `<w:tag w:val="${escapeXml(tag)}"/>`;
      const pr = (inner: string) => `<w:sdtPr>${inner}</w:sdtPr>`;
      const body = `<w:sdtContent>${content}</w:sdtContent>`;
      switch (shape) {
        case "no-properties":
          return `<w:sdt>${body}</w:sdt>`;
        case "no-content":
          return `<w:sdt>${pr(tagXml + type)}</w:sdt>`;
        case "two-properties":
          return `<w:sdt>${pr(tagXml)}${pr('<w:tag w:val="secondo"/><w:text/>')}${body}</w:sdt>`;
        case "two-contents":
          return `<w:sdt>${pr(tagXml + type)}${body}<w:sdtContent><w:p><w:r><w:t>secondo</w:t></w:r></w:p></w:sdtContent></w:sdt>`;
        case "tag-without-val":
          return `<w:sdt>${pr("<w:tag/>" + tagXml + type)}${body}</w:sdt>`;
        case "two-tags":
          return `<w:sdt>${pr(tagXml + '<w:tag w:val="secondo"/>' + type)}${body}</w:sdt>`;
        case "unprefixed-val":
          return `<w:sdt>${pr(`<w:tag val="${escapeXml(tag)}"/>` + type)}${body}</w:sdt>`;
        case "placeholder":
          return `<w:sdt>${pr(tagXml + '<w:placeholder><w:docPart w:val="DefaultPlaceholder"/></w:placeholder><w:showingPlcHdr/>' + type)}${body}<w:sdtEndPr><w:rPr><w:tab/></w:rPr></w:sdtEndPr></w:sdt>`;
        default:
          return `<w:sdt>${pr(tagXml + type)}${body}</w:sdt>`;
      }
    });

type Shapes = {
  blocks: string;
  block: string;
  paragraph: string;
  inlines: string;
  inline: string;
  run: string;
  table: string;
  rows: string;
  row: string;
  cells: string;
  cell: string;
};

const shapes = fc.letrec<Shapes>((tie) => ({
  blocks: fc.array(tie("block"), { maxLength: 3 }).map((parts) => parts.join("")),
  block: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 4, arbitrary: tie("paragraph") },
    { weight: 1, arbitrary: tie("blocks").chain(sdtAround) },
    { weight: 1, arbitrary: tie("table") },
    { weight: 1, arbitrary: tie("table").chain(sdtAround) },
    { weight: 1, arbitrary: tie("blocks").map((b) => `<w:customXml w:element="blocco">${b}</w:customXml>`) },
  ),
  paragraph: fc
    .tuple(
      fc.constantFrom(
        "",
        '<w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:rPr><w:b/></w:rPr></w:pPr>',
      ),
      tie("inlines"),
    )
    .map(([pPr, inlines]) => `<w:p>${pPr}${inlines}</w:p>`),
  inlines: fc.array(tie("inline"), { maxLength: 4 }).map((parts) => parts.join("")),
  inline: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 5, arbitrary: tie("run") },
    { weight: 1, arbitrary: tie("inlines").chain(sdtAround) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom(
            "ins",
            "del",
            "moveTo",
            "moveFrom",
            "hyperlink",
            "smartTag",
            "fldSimple",
            "customXml",
          ),
          tie("inlines"),
        )
        .map(
          ([name, inner]) =>
            `<w:${name} w:id="1" w:author="a" w:instr=" DATE " w:element="x">${inner}</w:${name}>`,
        ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '<w:bookmarkStart w:id="0" w:name="b"/>',
        '<w:bookmarkEnd w:id="0"/>',
        "<w:proofErr/>",
      ),
    },
  ),
  run: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    {
      weight: 6,
      arbitrary: fc.array(runPart, { maxLength: 4 }).map((parts) => `<w:r>${parts.join("")}</w:r>`),
    },
    { weight: 1, arbitrary: tie("blocks").map((inside) => `<w:r><w:t>prima</w:t>${textBox(inside)}</w:r>`) },
  ),
  table: fc
    .tuple(
      fc.constantFrom(
        "",
        '<w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="10"/></w:tblGrid>',
      ),
      tie("rows"),
    )
    .map(([pr, rows]) => `<w:tbl>${pr}${rows}</w:tbl>`),
  rows: fc.array(tie("row"), { minLength: 1, maxLength: 3 }).map((parts) => parts.join("")),
  row: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    {
      weight: 4,
      arbitrary: tie("cells").map((cells) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells}</w:tr>`),
    },
    { weight: 1, arbitrary: tie("row").chain(sdtAround) },
    { weight: 1, arbitrary: tie("row").map((r) => `<w:customXml w:element="riga">${r}</w:customXml>`) },
  ),
  cells: fc.array(tie("cell"), { minLength: 1, maxLength: 3 }).map((parts) => parts.join("")),
  cell: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    {
      weight: 4,
      arbitrary: fc
        .tuple(
          fc.constantFrom(
            "",
            '<w:tcPr><w:gridSpan w:val="2"/></w:tcPr>',
            '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>',
            "<w:tcPr><w:vMerge/></w:tcPr>",
          ),
          tie("blocks"),
        )
        .map(([pr, content]) => `<w:tc>${pr}${content}<w:p/></w:tc>`),
    },
    { weight: 1, arbitrary: tie("cell").chain(sdtAround) },
    { weight: 1, arbitrary: tie("cell").map((c) => `<w:customXml w:element="cella">${c}</w:customXml>`) },
  ),
}));

/** Bodies of a main part. */
export const wordBodies = shapes.blocks;

/** The main part around `body`, declaring the namespaces the arbitraries use. */
export function mainPart(body: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n` +
    `<w:document xmlns:w="${W}" xmlns:w14="${W14}" xmlns:mc="${MC}"><w:body>${body}<w:sectPr/></w:body></w:document>`
  );
}

/** A minimal .docx whose main part holds `body`. */
export function wordDocx(body: string): Uint8Array {
  return rawZip(packageEntries(mainPart(body)));
}
