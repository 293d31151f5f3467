/**
 * The emulator's walks over a part are loops, not recursion: a tree far deeper than any part may
 * be (parts past LIMITS.xmlDepth are refused when read) is walked without exhausting the stack,
 * and each element is touched once.
 */
import { DOMParser } from "@xmldom/xmldom";
import { NS } from "../../src/docx/namespaces";
import type { XmlElement } from "../../src/docx/xml";
import { Meter } from "../../src/emulator/meter";
import { containerText, runText } from "../../src/emulator/ooxml/text";
import { descendantsW } from "../../src/emulator/ooxml/walk";

// Four times the depth at which the recursive walks overflowed the stack.
const DEPTH = 20_000;

/** w:body holding `DEPTH` nested w:sdt/w:sdtContent pairs, the innermost holding one paragraph. */
function deepBody(): XmlElement {
  const doc = new DOMParser().parseFromString(`<w:body xmlns:w="${NS.w}"/>`, "application/xml");
  const body = doc.documentElement as unknown as XmlElement;
  // Built from the inside out: appending under a deep parent would walk its ancestors each time.
  const p = doc.createElementNS(NS.w, "w:p");
  const r = doc.createElementNS(NS.w, "w:r");
  const t = doc.createElementNS(NS.w, "w:t");
  t.appendChild(doc.createTextNode("fondo"));
  r.appendChild(t);
  p.appendChild(r);
  let inner = p;
  for (let i = 0; i < DEPTH; i++) {
    const sdt = doc.createElementNS(NS.w, "w:sdt");
    const content = doc.createElementNS(NS.w, "w:sdtContent");
    content.appendChild(inner);
    sdt.appendChild(content);
    inner = sdt;
  }
  body.appendChild(inner);
  return body;
}

test("descendantsW walks 20,000 nested levels, touching each element once", () => {
  const meter = new Meter();
  const body = deepBody();
  expect(descendantsW(body, "sdt", meter)).toHaveLength(DEPTH);
  expect(meter.nodesTouched).toBe(2 * DEPTH + 3);
});

test("runText and containerText read through 20,000 nested levels", () => {
  const meter = new Meter();
  const body = deepBody();
  expect(runText(body, meter)).toBe("fondo");
  expect(containerText(body, meter)).toBe("fondo");
});
