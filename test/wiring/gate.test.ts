import type { EmulatedWord } from "../../src/emulator";
import { formatTag } from "../../src/plan/tags";
import { typeIntoControl } from "../../src/wiring/dirigente";
import { createGate } from "../../src/wiring/gate";
import type { HintScope, PlanDocument } from "../../src/word/port";
import { openDocument, templateBytes } from "../support/documents";

/** A document whose hints the test sends by hand, over the real document layer. */
async function hinted(): Promise<{
  readonly word: EmulatedWord;
  readonly document: PlanDocument;
  readonly hint: () => void;
}> {
  const { word, document } = await openDocument(templateBytes());
  const listeners: ((scope: HintScope) => void)[] = [];
  return {
    word,
    document: {
      ...document,
      onDocumentMayHaveChanged: (listener) => (listeners.push(listener), () => undefined),
    },
    hint: () => listeners.forEach((listener) => listener("selection")),
  };
}

describe("the playground's gate between the pane and its document", () => {
  it("lets everything through at once while open", async () => {
    const { document, hint } = await hinted();
    const gate = createGate();
    const wrapped = gate.wrap(document);
    const heard: number[] = [];
    wrapped.onDocumentMayHaveChanged(() => heard.push(heard.length));
    hint();
    await wrapped.readPlan();
    expect([heard, gate.passed("hint"), gate.passed("read"), gate.waiting("read")]).toEqual([[0], 1, 1, 0]);
  });

  it("holds a hint until released, one at a time and in order", async () => {
    const { document, hint } = await hinted();
    const gate = createGate();
    gate.hold("hint");
    const heard: string[] = [];
    gate.wrap(document).onDocumentMayHaveChanged(() => heard.push("hint"));
    hint();
    hint();
    expect([heard.length, gate.waiting("hint")]).toEqual([0, 2]);
    expect(gate.release("hint")).toBe(true);
    expect([heard.length, gate.waiting("hint")]).toEqual([1, 1]);
    gate.open("hint");
    expect([heard.length, gate.waiting("hint"), gate.release("hint")]).toEqual([2, 0, false]);
  });

  it("makes a held read on the document as it was when asked, and brings it back only when released", async () => {
    const { word, document } = await hinted();
    const istituto = formatTag({ kind: "campo", campo: "istituto" });
    const before = (await document.readPlan()).plan.texts.get(istituto);
    const gate = createGate();
    gate.hold("read");
    const wrapped = gate.wrap(document);
    let back = false;
    const reading = wrapped.readPlan().then((result) => ((back = true), result));
    await gate.next("read");
    await typeIntoControl(word, istituto, "Scritto dopo la lettura");
    expect(back).toBe(false);
    gate.release("read");
    const { plan } = await reading;
    expect([back, plan.texts.get(istituto)]).toEqual([true, before]);
    expect((await document.readPlan()).plan.texts.get(istituto)).toBe("Scritto dopo la lettura");
  });

  it("holds a write before it reaches Word", async () => {
    const { document } = await hinted();
    const gate = createGate();
    const { plan } = await document.readPlan();
    gate.hold("write");
    const wrapped = gate.wrap(document);
    const write = wrapped.applyChanges(plan, []);
    await gate.next("write");
    expect(gate.passed("write")).toBe(0);
    gate.release("write");
    await expect(write).resolves.toEqual({ written: [], refused: [], readBack: new Map() });
    expect(gate.passed("write")).toBe(1);
  });
});
