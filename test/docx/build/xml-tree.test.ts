import { serializeXml } from "../../../src/docx/build/xml/serialize";
import { descendants, el, text } from "../../../src/docx/build/xml/tree";

describe("the XML tree and its serializer", () => {
  it("drops absent children so factories can list optional ones inline", () => {
    expect(el("w:p", {}, [undefined, false, el("w:r")]).children).toEqual([el("w:r")]);
  });

  it("escapes text and attribute values", () => {
    const xml = serializeXml(el("a", { v: `x<"&>` }, [text("1 < 2 & 3 > 2")]));
    expect(xml).toContain(`<a v="x&lt;&quot;&amp;&gt;">1 &lt; 2 &amp; 3 &gt; 2</a>`);
  });

  it("keeps a blank text node exactly as it is", () => {
    expect(serializeXml(el("w:t", { "xml:space": "preserve" }, [text(" ")]))).toMatch(
      /<w:t xml:space="preserve"> <\/w:t>$/,
    );
  });

  it("writes empty elements self-closed, after one XML declaration", () => {
    expect(serializeXml(el("w:b"))).toBe(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:b/>`);
  });

  it("lists every element depth first", () => {
    const tree = el("a", {}, [el("b", {}, [el("c")]), el("d")]);
    expect([...descendants(tree)].map((node) => node.name)).toEqual(["a", "b", "c", "d"]);
  });
});
