/**
 * Hand-written main parts with shapes the generated bodies (wordml-arbitrary.ts) do not reach:
 * other prefixes and the default namespace, more than one w:body, another document element.
 */
import { W, cell, control, docx, paragraph, row, run, table } from "../../support/wordml";
import { withDocumentXml } from "../../support/documents";

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

export async function oddDocumentDocx(documentXml: string): Promise<Uint8Array> {
  return withDocumentXml(await docx(""), () => documentXml);
}
