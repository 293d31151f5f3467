/**
 * Hand-written main parts with the shapes a person editing in Word (or another program) can leave,
 * each exercising one rule of how Word's object model reads text, controls and tables.
 */
import {
  CHECKBOX,
  PLAIN_TEXT,
  W,
  cell,
  control,
  docx,
  paragraph,
  row,
  run,
  table,
} from "../../emulator/fixtures";
import { withDocumentXml } from "../../support/documents";

const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";
const WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const V = "urn:schemas-microsoft-com:vml";

const textBox = (inside: string): string =>
  `<w:r><mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="${WP}">` +
  `<a:graphic xmlns:a="${A}"><a:graphicData><wps:wsp xmlns:wps="${WPS}"><wps:txbx><w:txbxContent>${inside}</w:txbxContent></wps:txbx>` +
  `</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
  `<mc:Fallback><w:pict><v:shape xmlns:v="${V}"><v:textbox><w:txbxContent>${inside}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>` +
  `</mc:AlternateContent></w:r>`;

const tabsAndBreaks = `<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/><w:t xml:space="preserve"> d </w:t></w:r>`;

/** Bodies for `docx(body)`: name → body XML. */
export const ODD_BODIES: Readonly<Record<string, string>> = {
  "tabs and breaks, in a control and in a cell, but not the tab stops of the paragraph properties": [
    control({ tag: "tabs" }, paragraph(tabsAndBreaks, '<w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs>')),
    table(
      row(
        cell(paragraph(tabsAndBreaks, '<w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs>')) +
          cell(paragraph("")),
      ),
    ),
  ].join(""),
  "a control showing its placeholder": paragraph(
    control(
      { tag: "ph", showingPlaceholder: true, placeholderDocPart: "DefaultPlaceholder" },
      run("Fare clic o toccare qui per immettere il testo.", '<w:rStyle w:val="PlaceholderText"/>'),
    ),
  ),
  "text boxes inside a control and a cell, with a control inside the text box": [
    control(
      { tag: "box" },
      paragraph(
        run("prima") +
          textBox(paragraph(run("nel riquadro")) + paragraph(control({ tag: "in-box" }, run("dentro")))),
      ) + paragraph(run("dopo")),
    ),
    table(row(cell(paragraph(run("x") + textBox(paragraph(run("riquadro in cella")))))), 1),
  ].join(""),
  "nested tables, and controls wrapping rows and cells, and customXml wrappers": table(
    row(
      cell(
        paragraph(run("esterna")) +
          table(row(cell(paragraph(run("interna 1"))) + cell(paragraph(run("interna 2"))))) +
          paragraph(run("dopo")),
      ),
    ) +
      control(
        { tag: "row.control" },
        row(
          cell(paragraph(run("riga in controllo"))) +
            control({ tag: "cell.control" }, cell(paragraph(run("cella in controllo")))),
        ),
      ) +
      `<w:customXml w:element="riga">${row(`<w:customXml w:element="cella">${cell(paragraph(run("cella custom")))}</w:customXml>` + cell(paragraph(run("normale"))))}</w:customXml>`,
  ),
  "odd control properties: no content, two sdtPr, richText then text, tag without val, two tags, two contents":
    [
      `<w:sdt><w:sdtPr><w:tag w:val="no-content"/></w:sdtPr></w:sdt>`,
      `<w:sdt><w:sdtPr><w:tag w:val="two-pr"/></w:sdtPr><w:sdtPr><w:text/></w:sdtPr><w:sdtContent>${paragraph(run("due sdtPr"))}</w:sdtContent></w:sdt>`,
      `<w:sdt><w:sdtPr><w:tag w:val="rich-then-text"/><w:richText/><w:text/></w:sdtPr><w:sdtContent>${paragraph(run("testo"))}</w:sdtContent></w:sdt>`,
      `<w:sdt><w:sdtPr><w:tag/><w:tag w:val="second"/></w:sdtPr><w:sdtContent>${paragraph(run("senza val"))}</w:sdtContent></w:sdt>`,
      `<w:sdt><w:sdtPr><w:tag w:val="two-contents"/></w:sdtPr><w:sdtContent>${paragraph(run("primo"))}</w:sdtContent><w:sdtContent>${paragraph(run("secondo"))}</w:sdtContent></w:sdt>`,
      `<w:sdt><w:sdtPr><w:tag val="unprefixed-val"/></w:sdtPr><w:sdtContent>${paragraph(run("x"))}</w:sdtContent></w:sdt>`,
      paragraph(control({ tag: "plain", typeElement: PLAIN_TEXT }, run("plain"))),
      paragraph(control({ tag: "check", typeElement: CHECKBOX }, run("☐"))),
      paragraph(
        control(
          {
            tag: "date",
            typeElement:
              '<w:date w:fullDate="2017-10-01T00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/></w:date>',
          },
          run("01/10/2017"),
        ),
      ),
      paragraph(control({ tag: "outer" }, run("a") + control({ tag: "inner" }, run("b")) + run("c"))),
      paragraph(control({ tag: "run-level tab" }, "<w:r><w:tab/></w:r>")),
      control({ tag: "empty" }, ""),
      table(row(cell(paragraph("")) + cell(control({ tag: "empty-para" }, paragraph(""))))),
    ].join(""),
  "entities, character references, CDATA, comments and processing instructions": [
    control(
      { tag: "a&amp;b &lt;&quot;&apos;&gt;" },
      paragraph(
        `<w:r><w:t>&lt;&amp;&gt;&#65;&#x42;&#13;x</w:t><!-- nota --><?pi x?><w:t><![CDATA[<cdata> & ]]></w:t></w:r>`,
      ),
    ),
    table(row(cell(paragraph(`<w:r><w:t>&#x2603; «»</w:t></w:r>`)))),
  ].join(""),
  "revisions, fields and hyperlinks": control(
    { tag: "revisions" },
    paragraph(
      `<w:ins w:id="1" w:author="a"><w:r><w:t>inserito</w:t></w:r></w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>cancellato</w:delText></w:r></w:del>` +
        `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
        `<w:fldSimple w:instr=" DATE "><w:r><w:t>oggi</w:t></w:r></w:fldSimple><w:hyperlink r:id="rId9"><w:r><w:t>link</w:t></w:r></w:hyperlink>` +
        `<w:smartTag w:element="x"><w:r><w:t>smart</w:t></w:r></w:smartTag>`,
    ),
  ),
  "merged and spanned cells": table(
    row(cell(paragraph(run("unita")), '<w:gridSpan w:val="2"/>')) +
      row(cell(paragraph(run("alto")), '<w:vMerge w:val="restart"/>') + cell(paragraph(run("b")))) +
      row(cell(paragraph(""), "<w:vMerge/>") + cell(paragraph(run("d")))),
  ),
};

/** Whole main parts, written over `docx("")`'s: name → document.xml. */
export const ODD_DOCUMENTS: Readonly<Record<string, string>> = {
  "another prefix and the default namespace for WordprocessingML, and Windows line ends":
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<doc:document xmlns:doc="${W}"><doc:body>` +
    `<doc:sdt><doc:sdtPr><doc:tag doc:val="prefisso"/></doc:sdtPr><doc:sdtContent><doc:p><doc:r><doc:t>riga\r\nnuova\rvecchia</doc:t></doc:r></doc:p></doc:sdtContent></doc:sdt>` +
    `<sdt xmlns="${W}" xmlns:q="${W}"><sdtPr><tag q:val="predefinito"/></sdtPr><sdtContent><p><r><t>default</t></r></p></sdtContent></sdt>` +
    `<doc:tbl><doc:tr><doc:tc><doc:p><doc:r><doc:t xml:space="preserve">  cella\r\n</doc:t></doc:r></doc:p></doc:tc></doc:tr></doc:tbl>` +
    `<doc:sdt><doc:sdtPr><doc:tag doc:val="a\r\nb\tc"/></doc:sdtPr><doc:sdtContent><doc:p/></doc:sdtContent></doc:sdt>` +
    `</doc:body></doc:document>\r\n`,
  "only the first w:body counts, and nothing outside it":
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:background w:color="FFFFFF"/><w:body>` +
    control({ tag: "primo-body" }, paragraph(run("dentro"))) +
    `</w:body><w:body>${control({ tag: "secondo-body" }, paragraph(run("fuori")))}${table(row(cell(paragraph(run("fuori")))))}</w:body></w:document>`,
  "a document element with another name": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:glossaryDocument xmlns:w="${W}"><w:body>${control({ tag: "g" }, paragraph(run("x")))}</w:body></w:glossaryDocument>`,
};

export function oddBodyDocx(body: string): Promise<Uint8Array> {
  return docx(body, {
    glossary: { DefaultPlaceholder: paragraph(run("Fare clic o toccare qui per immettere il testo.")) },
  });
}

export async function oddDocumentDocx(documentXml: string): Promise<Uint8Array> {
  return withDocumentXml(await docx(""), () => documentXml);
}
