/** src/docx/package: open, edit one part, save; everything else leaves byte for byte. */
import { DocxPackage, PackageError } from "../../src/docx/package";
import { PART } from "../../src/docx/paths";
import { REL } from "../../src/docx/namespaces";
import { docx, paragraph, partBytes, partText, run } from "../support/wordml";
import { zipOf } from "../support/zip";

describe("DocxPackage", () => {
  test("opening something without [Content_Types].xml fails with PackageError", async () => {
    await expect(DocxPackage.open(zipOf([["word/document.xml", "<x/>"]]))).rejects.toThrow(PackageError);
  });

  test("save without changes keeps every part byte-identical and in the same order", async () => {
    const original = await docx(paragraph(run("ciao")));
    const saved = await (await DocxPackage.open(original)).save();
    const before = await partBytes(original);
    const after = await partBytes(saved);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [path, bytes] of before)
      expect(Buffer.from(after.get(path)!).equals(Buffer.from(bytes))).toBe(true);
  });

  test("reading a part's XML does not change it; only markChanged parts are serialized again", async () => {
    const original = await docx(paragraph(run("ciao")));
    const pkg = await DocxPackage.open(original);
    pkg.xml(PART.styles);
    const doc = pkg.xml(PART.document);
    doc.documentElement!.setAttribute("data-x", "1");
    pkg.markChanged(PART.document);
    const after = await partBytes(await pkg.save());
    const before = await partBytes(original);
    expect(Buffer.from(after.get(PART.styles)!).equals(Buffer.from(before.get(PART.styles)!))).toBe(true);
    expect(await partText(await pkg.save(), PART.document)).toContain('data-x="1"');
  });

  test("addRelationship picks a free id and setContentTypeOverride declares a new part", async () => {
    const pkg = await DocxPackage.open(await docx(paragraph(run("ciao"))));
    const id = pkg.addRelationship("", REL.webExtensionTaskpanes, PART.webExtensionTaskpanes);
    expect(id).toBe("rId2");
    expect(pkg.relationships("").map((r) => r.type)).toContain(REL.webExtensionTaskpanes);
    pkg.setContentTypeOverride(PART.webExtension, "application/vnd.ms-office.webextension+xml");
    expect(await partText(await pkg.save(), PART.contentTypes)).toContain(
      '<Override PartName="/word/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/>',
    );
  });

  test("relationships of a part are read from its _rels part", async () => {
    const pkg = await DocxPackage.open(await docx(paragraph(run("ciao"))));
    expect(pkg.relationships(PART.document)).toEqual([
      { id: "rId1", type: REL.styles, target: "styles.xml" },
    ]);
  });
});

describe("DocxPackage keeps a changed part's prolog", () => {
  test("the \\r\\n Word writes after the XML declaration survives an edit of the part", async () => {
    const pkg = await DocxPackage.open(
      zipOf([
        [
          "[Content_Types].xml",
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        ],
        ["word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<a><b/></a>'],
      ]),
    );
    pkg.xml("word/document.xml").documentElement?.setAttribute("x", "1");
    pkg.markChanged("word/document.xml");
    expect(pkg.text("word/document.xml")).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<a x="1"><b/></a>',
    );
  });
});
