import { relsPathOf, resolveTarget } from "../../src/docx/paths";

describe("package paths", () => {
  it("finds a part's relationships part", () => {
    expect(relsPathOf("word/document.xml")).toBe("word/_rels/document.xml.rels");
    expect(relsPathOf("[Content_Types].xml")).toBe("_rels/[Content_Types].xml.rels");
  });

  it("resolves a relationship target relative to its source part, or from the root", () => {
    expect(resolveTarget("", "word/webextensions/taskpanes.xml")).toBe("word/webextensions/taskpanes.xml");
    expect(resolveTarget("word/webextensions/taskpanes.xml", "webextension1.xml")).toBe(
      "word/webextensions/webextension1.xml",
    );
    expect(resolveTarget("word/document.xml", "../customXml/item1.xml")).toBe("customXml/item1.xml");
    expect(resolveTarget("word/document.xml", "/word/styles.xml")).toBe("word/styles.xml");
  });
});
