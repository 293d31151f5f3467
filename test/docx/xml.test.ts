/** src/docx/xml: faithful parse/serialize round trips and the DOM helpers. */
import { NS } from "../../src/docx/namespaces";
import {
  childrenNamed,
  createElement,
  parseXml,
  serializeXml,
  setAttr,
  XmlParseError,
} from "../../src/docx/xml";

const W = NS.w;

describe("parseXml / serializeXml", () => {
  test("a round trip keeps order, attributes, whitespace-only text and the XML declaration", () => {
    const text =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t xml:space="preserve"> </w:t></w:r><w:r><w:tab/><w:t>a  b</w:t></w:r></w:p></w:body></w:document>`;
    expect(serializeXml(parseXml(text))).toBe(text);
  });

  test("a round trip keeps <x></x> and <x/> each as written", () => {
    // xmldom alone writes <w:t></w:t> back as <w:t/>: the fuzz property on saved bytes found it.
    const text = `<w:p xmlns:w="${W}"><w:r><w:t></w:t><w:tab/></w:r><w:r w:x="a/"></w:r><w:r/></w:p>`;
    expect(serializeXml(parseXml(text))).toBe(text);
  });

  test("malformed XML throws XmlParseError naming the part", () => {
    expect(() => parseXml("<a><b></a>", "word/document.xml")).toThrow(XmlParseError);
    expect(() => parseXml("<a><b></a>", "word/document.xml")).toThrow(/word\/document\.xml/);
  });
});

describe("DOM helpers", () => {
  test("new elements and attributes take the prefix the document already uses", () => {
    const doc = parseXml(`<x:document xmlns:x="${W}"><x:body/></x:document>`);
    const body = childrenNamed(doc.documentElement!, W, "body")[0]!;
    const p = createElement(doc, W, "p", "w");
    setAttr(p, W, "rsidR", "00AB", "w");
    body.appendChild(p);
    expect(serializeXml(doc)).toBe(
      `<x:document xmlns:x="${W}"><x:body><x:p x:rsidR="00AB"/></x:body></x:document>`,
    );
  });
});
