import fc from "fast-check";

import { setMonth } from "../../src/plan/changes";
import { type Tag, formatTag } from "../../src/plan/tags";
import { typeIntoControl } from "../../src/wiring/dirigente";
import { createPanelStore, type PanelState, type PanelStore } from "../../src/taskpane/state";
import { handClock } from "../support/hand-clock";
import type { HintScope, PlanDocument } from "../../src/word/port";
import { openDocument, templateBytes } from "../support/documents";

const YEAR = { start: 2017 };

/** The real document layer over the emulator, counting what the store asks of it. */
async function countingDocument() {
  const { word, document } = await openDocument(templateBytes());
  const calls: string[] = [];
  let hint: ((scope: HintScope) => void) | undefined;
  const counted: PlanDocument = {
    ...document,
    readPlan: () => (calls.push("read"), document.readPlan()),
    readAtSelection: (watched) => (calls.push("at-selection"), document.readAtSelection(watched)),
    applyChanges: (plan, changes) => (calls.push("write"), document.applyChanges(plan, changes)),
    recordVersion: (row, snapshot) => (calls.push("version"), document.recordVersion(row, snapshot)),
    onDocumentMayHaveChanged: (listener) => {
      hint = listener;
      return document.onDocumentMayHaveChanged(listener);
    },
  };
  return {
    word,
    document: counted,
    uncounted: document,
    calls,
    hint: (scope: HintScope = "anywhere") => hint?.(scope),
  };
}

/** Fires the quiet-time timer and waits for the one read it queued to end. */
async function fireAndSettle(store: PanelStore, clock: ReturnType<typeof handClock>, calls: string[]) {
  const before = calls.length;
  clock.fire();
  await settled(store, (state) => calls.length > before && state.activity === "idle");
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

  it("after a selection hint, reads only the controls at the selection and shows what the dirigente typed there", async () => {
    const doc = await countingDocument();
    const clock = handClock();
    const store = createPanelStore(doc.document, { timers: clock });
    const stop = store.start();
    await settled(store, (state) => state.reading !== undefined);
    const tag = formatTag({ kind: "campo", campo: "dirigente" });
    await typeIntoControl(doc.word, tag, "Maria Rossi");
    await fireAndSettle(store, clock, doc.calls);
    expect(doc.calls).toEqual(["read", "at-selection"]);
    expect(store.getState().reading?.plan.texts.get(tag)).toBe("Maria Rossi");
    stop();
  });

  it("after a hint from anywhere, reads the whole document", async () => {
    const doc = await countingDocument();
    const clock = handClock();
    const store = createPanelStore(doc.document, { timers: clock });
    const stop = store.start();
    await settled(store, (state) => state.reading !== undefined);
    await typeIntoControl(doc.word, formatTag({ kind: "campo", campo: "comune" }), "Roma");
    doc.hint("anywhere");
    await fireAndSettle(store, clock, doc.calls);
    expect(doc.calls).toEqual(["read", "read"]);
    stop();
  });

  const typedTags: readonly Tag[] = [
    formatTag({ kind: "campo", campo: "dirigente" }),
    formatTag({ kind: "campo", campo: "comune" }),
    formatTag({ kind: "testo", testo: "note" }),
    formatTag({ kind: "alunni", indirizzo: "liceo", classe: "III" }),
    formatTag({ kind: "mese", row: "2.1", year: YEAR, month: "gen" }),
    formatTag({ kind: "livello", row: "1.1", year: YEAR, level: "attivazione" }),
  ];
  // Word fires DocumentSelectionChanged when the dirigente clicks into a control; whether typing
  // there fires it again is not documented, so both are gestures: "type" selects after typing,
  // "type-quietly" types into the control the selection is in and fires nothing.
  const gesture = fc.oneof(
    fc.record({ kind: fc.constant("type" as const), tag: fc.constantFrom(...typedTags), text: fc.string() }),
    fc.record({ kind: fc.constant("type-quietly" as const), text: fc.string() }),
    fc.record({ kind: fc.constant("move" as const), tag: fc.constantFrom(...typedTags) }),
  );

  it("after any run of the dirigente's typing and moving, each settled hint leaves the plan a whole read would give", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(gesture, { minLength: 1, maxLength: 6 }), async (gestures) => {
        const doc = await countingDocument();
        const clock = handClock();
        const store = createPanelStore(doc.document, { timers: clock });
        const stop = store.start();
        await settled(store, (state) => state.reading !== undefined);
        let at: Tag = typedTags[0]!;
        const move = async (tag: Tag) => {
          at = tag;
          await doc.uncounted.selectField(tag);
          await fireAndSettle(store, clock, doc.calls);
        };
        await move(at);
        for (const step of [...gestures, { kind: "move" as const, tag: typedTags[1]! }]) {
          if (step.kind === "type-quietly") {
            await typeIntoControl(doc.word, at, step.text, "co-author");
            continue;
          }
          if (step.kind === "move") await move(step.tag);
          else {
            at = step.tag;
            await typeIntoControl(doc.word, step.tag, step.text);
            await fireAndSettle(store, clock, doc.calls);
          }
          const whole = await doc.uncounted.readPlan();
          expect(store.getState().reading?.plan.texts).toEqual(whole.plan.texts);
        }
        // Every hint was answered by a small read: the one whole read is the first.
        expect(doc.calls.filter((call) => call === "read")).toEqual(["read"]);
        stop();
      }),
      { numRuns: 12 },
    );
  });
});
