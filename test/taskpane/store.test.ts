import { setMonth } from "../../src/plan/changes";
import { formatTag } from "../../src/plan/tags";
import { createPanelStore, type PanelState, type PanelStore } from "../../src/taskpane/state";
import { handClock } from "../support/hand-clock";
import type { PlanDocument } from "../../src/word/port";
import { openDocument, templateBytes } from "../support/documents";

const YEAR = { start: 2017 };

/** The real document layer over the emulator, counting what the store asks of it. */
async function countingDocument() {
  const { word, document } = await openDocument(templateBytes());
  const calls: string[] = [];
  let hint: (() => void) | undefined;
  const counted: PlanDocument = {
    ...document,
    readPlan: () => (calls.push("read"), document.readPlan()),
    applyChanges: (plan, changes) => (calls.push("write"), document.applyChanges(plan, changes)),
    recordVersion: (row, snapshot) => (calls.push("version"), document.recordVersion(row, snapshot)),
    onDocumentMayHaveChanged: (listener) => {
      hint = listener;
      return document.onDocumentMayHaveChanged(listener);
    },
  };
  return { word, document: counted, calls, hint: () => hint?.() };
}

function settled(store: PanelStore, until: (state: PanelState) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (until(store.getState())) return resolve();
    const unsubscribe = store.subscribe(() => {
      if (until(store.getState())) {
        unsubscribe();
        resolve();
      }
    });
  });
}

describe("the panel's store", () => {
  it("reads once on start, and once after a burst of change hints", async () => {
    const doc = await countingDocument();
    const clock = handClock();
    const store = createPanelStore(doc.document, { timers: clock });
    const stop = store.start();
    await settled(store, (state) => state.reading !== undefined);
    for (let i = 0; i < 5; i++) doc.hint();
    // The five hints leave one re-read waiting for the quiet time, and nothing else.
    expect([clock.pending(), doc.calls]).toEqual([1, ["read"]]);
    clock.fire();
    await store.reread();
    expect([clock.pending(), doc.calls]).toEqual([0, ["read", "read"]]);
    stop();
  });

  it("drops change hints while a write is in flight, and reads once after the write", async () => {
    const doc = await countingDocument();
    const clock = handClock();
    const store = createPanelStore(doc.document, { timers: clock });
    const stop = store.start();
    await settled(store, (state) => state.reading !== undefined);
    doc.calls.length = 0;
    const written = store.apply((plan) => {
      doc.hint();
      doc.hint();
      return setMonth(plan, "2.1", YEAR, "gen", true);
    });
    await expect(written).resolves.toBe("written");
    // The write's own full read covered the hints: no re-read is left waiting (the one timer is
    // the «Salvato» notice's).
    expect(doc.calls).toEqual(["write", "read"]);
    expect(store.getState().outcome).toEqual({ kind: "saved" });
    clock.fire();
    expect([store.getState().outcome, doc.calls]).toEqual([undefined, ["write", "read"]]);
    stop();
  });

  it("computes a queued write against the plan the write before it left, from that write's read-back, without reading the whole document again", async () => {
    const doc = await countingDocument();
    const store = createPanelStore(doc.document);
    const stop = store.start();
    const first = store.apply((plan) => setMonth(plan, "2.1", YEAR, "gen", true));
    const undo = store.apply((plan) => setMonth(plan, "2.1", YEAR, "gen", false));
    await expect(first).resolves.toBe("written");
    // Against the plan read before the first write, the second would be refused ("changed").
    await expect(undo).resolves.toBe("written");
    expect(doc.calls).toEqual(["read", "write", "write"]);
    const tag = formatTag({ kind: "mese", row: "2.1", year: YEAR, month: "gen" });
    expect(store.getState().reading?.plan.values.get(tag)).toEqual({ kind: "mark", marked: false });
    stop();
  });

  it("shows a failing read in the message area instead of throwing", async () => {
    const doc = await countingDocument();
    const failing: PlanDocument = {
      ...doc.document,
      readPlan: () => Promise.reject(new Error("Word is gone")),
    };
    const store = createPanelStore(failing);
    const stop = store.start();
    await store.reread();
    expect(store.getState()).toMatchObject({
      reading: undefined,
      activity: "idle",
      outcome: { kind: "unexpected-error", detail: "Word is gone" },
    });
    stop();
  });

  it("keeps a refused field marked unsaved, past later writes of other fields, until a write of that field", async () => {
    const doc = await countingDocument();
    const store = createPanelStore(doc.document, { rereadDelayMs: 10_000 });
    const stop = store.start();
    await settled(store, (state) => state.reading !== undefined);
    const tag = formatTag({ kind: "mese", row: "1.1", year: YEAR, month: "set" });
    await doc.word.Word.run(async (context) => {
      context.document.contentControls.getByTag(tag).getFirst().insertText("sì", "Replace");
      await context.sync();
    });
    await expect(store.apply((plan) => setMonth(plan, "1.1", YEAR, "set", true))).resolves.toBe("refused");
    expect(store.getState().unsaved.get(tag)?.current).toBe("sì");
    await expect(store.apply((plan) => setMonth(plan, "1.1", YEAR, "ott", true))).resolves.toBe("written");
    expect(store.getState().unsaved.has(tag)).toBe(true);
    await doc.word.Word.run(async (context) => {
      context.document.contentControls.getByTag(tag).getFirst().insertText(" ", "Replace");
      await context.sync();
    });
    await store.reread();
    await expect(store.apply((plan) => setMonth(plan, "1.1", YEAR, "set", true))).resolves.toBe("written");
    expect(store.getState().unsaved.size).toBe(0);
    stop();
  });
});
