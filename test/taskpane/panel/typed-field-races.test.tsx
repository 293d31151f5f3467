/**
 * @jest-environment jsdom
 */
import "../../support/dom";

import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import fc from "fast-check";

import { EmulatedWord } from "../../../src/emulator";
import { parseCount } from "../../../src/plan/values";
import { formatTag } from "../../../src/plan/tags";
import { createGate } from "../../../src/wiring/gate";
import { typeIntoControl } from "../../../src/wiring/dirigente";
import { Students } from "../../../src/taskpane/panel/Students";
import { PanelProvider, createPanelStore } from "../../../src/taskpane/state";
import { emulatedWordHost } from "../../../src/wiring/emulated-host";
import { type PlanDocument, wordPlanDocument } from "../../../src/word/port";
import { templateBytes } from "../../support/documents";
import { handClock } from "../../support/hand-clock";

/**
 * Every interleaving of what the tutor and the dirigente do to two counts, and of when the pane's
 * change hints, re-reads and writes arrive (each held at the gate until the sequence lets it go),
 * over the real store, the real count boxes and the emulated Word:
 * - a box being edited shows exactly what it showed when entered plus what the tutor typed;
 * - each field ends holding a value one of them typed in full, or what it held before;
 * - a refused field is not written again until the tutor types in it again.
 */
const FIELDS = [
  {
    tag: formatTag({ kind: "alunni", indirizzo: "liceo", classe: "III" }),
    name: "Alunni coinvolti in ASL, Liceo, classe III",
  },
  {
    tag: formatTag({ kind: "alunni", indirizzo: "liceo", classe: "IV" }),
    name: "Alunni coinvolti in ASL, Liceo, classe IV",
  },
] as const;
type FieldIndex = 0 | 1;

type Step =
  | { readonly kind: "dirigente-types"; readonly field: FieldIndex; readonly value: string }
  | { readonly kind: "hint" | "read" | "write" | "pane-regains-focus" | "enter" | "blur" }
  | { readonly kind: "tutor-enters"; readonly field: FieldIndex }
  | { readonly kind: "key"; readonly digit: string };

const field = fc.constantFrom<FieldIndex>(0, 1);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant("dirigente-types" as const),
    field,
    value: fc.stringMatching(/^[1-9][0-9]?$/),
  }),
  fc.constantFrom<Step>(
    { kind: "hint" },
    { kind: "read" },
    { kind: "write" },
    { kind: "pane-regains-focus" },
    { kind: "enter" },
    { kind: "blur" },
  ),
  fc.record({ kind: fc.constant("tutor-enters" as const), field }),
  fc.record({ kind: fc.constant("key" as const), digit: fc.constantFrom("0", "3", "7") }),
);

/** Lets every promise the last step started run until it ends or waits at the gate. */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 4; turn++)
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

/** The document's text of a field, read straight from the emulated Word. */
async function documentText(word: EmulatedWord, tag: string): Promise<string> {
  return word.Word.run(async (context) => {
    const control = context.document.contentControls.getByTag(tag).getFirst().load("text");
    await context.sync();
    return control.text;
  });
}

/** What the document holds when a count is written: its canonical digits. */
const written = (text: string) => String(parseCount(text));

let word: EmulatedWord;
beforeAll(async () => {
  word = await EmulatedWord.open(templateBytes());
}, 60_000);
afterEach(cleanup);

it("keeps what the tutor typed and what the dirigente typed whole, in every order of hints, re-reads and writes", async () => {
  const initial = await Promise.all(FIELDS.map(({ tag }) => documentText(word, tag)));
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 14 }), async (steps) => {
      // Each run starts from the same document.
      await word.Word.run(async (context) => {
        FIELDS.forEach(({ tag }, index) =>
          context.document.contentControls.getByTag(tag).getFirst().insertText(initial[index]!, "Replace"),
        );
        await context.sync();
      });
      const gate = createGate();
      for (const kind of ["hint", "read", "write"] as const) gate.hold(kind);
      /** Per field: every value somebody typed in full, and whether it may be written now. */
      const typed = FIELDS.map((_, index) => new Set([initial[index]!.trim()]));
      /**
       * Per box: how many times the tutor sent something new (Enter or leaving the box after a
       * keystroke), and how many writes of it the pane attempted. A refused edit is dropped, never
       * sent again: a write needs a send of its own.
       */
      const sends = [0, 0];
      const attempts = [0, 0];
      const inner = wordPlanDocument(emulatedWordHost(word));
      const document: PlanDocument = gate.wrap({
        ...inner,
        applyChanges: (plan, changes) => {
          for (const change of changes) attempts[FIELDS.findIndex(({ tag }) => tag === change.tag)]! += 1;
          return inner.applyChanges(plan, changes);
        },
      });
      // The quiet time after a hint ends when the sequence delivers the hint, not by the clock.
      const clock = handClock();
      const store = createPanelStore(document, { timers: clock });
      const stop = store.start();
      gate.open("read");
      await store.reread();
      gate.hold("read");
      render(
        <FluentProvider theme={webLightTheme}>
          <PanelProvider environment={{ store, locale: "it", today: () => new Date(2018, 2, 15) }}>
            <Students />
          </PanelProvider>
        </FluentProvider>,
      );
      const boxes = FIELDS.map(({ name }) => screen.getByRole<HTMLInputElement>("textbox", { name }));
      let focused: FieldIndex | undefined;
      /** What the focused box must show: what it showed when entered, plus the keys typed since. */
      let shown: string | undefined;
      let armed = false;

      const leave = () => {
        if (focused === undefined) return;
        const box = boxes[focused]!;
        if (armed) {
          typed[focused]!.add(written(box.value));
          sends[focused]! += 1;
        }
        act(() => box.blur());
        focused = undefined;
        shown = undefined;
        armed = false;
      };

      for (const next of steps) {
        switch (next.kind) {
          case "dirigente-types":
            typed[next.field]!.add(next.value);
            await act(() => typeIntoControl(word, FIELDS[next.field].tag, next.value));
            break;
          case "hint":
            while (gate.release("hint"));
            clock.fire();
            break;
          case "read":
          case "write":
            gate.release(next.kind);
            break;
          case "pane-regains-focus":
            void store.reread();
            break;
          case "tutor-enters":
            leave();
            await settle();
            act(() => boxes[next.field]!.focus());
            focused = next.field;
            shown = boxes[next.field]!.value;
            break;
          case "key": {
            if (focused === undefined) break;
            const box = boxes[focused]!;
            const text = box.value + next.digit;
            fireEvent.change(box, { target: { value: text } });
            shown = text;
            armed = true;
            break;
          }
          case "enter":
            if (focused === undefined) break;
            if (armed) {
              typed[focused]!.add(written(boxes[focused]!.value));
              sends[focused]! += 1;
            }
            fireEvent.keyDown(boxes[focused]!, { key: "Enter" });
            // Once sent, the box may show what the write left: it is the tutor's again at the next key.
            shown = undefined;
            armed = false;
            break;
          case "blur":
            leave();
            break;
        }
        await settle();
        if (focused !== undefined && shown !== undefined) expect(boxes[focused]!.value).toBe(shown);
      }

      leave();
      for (const kind of ["hint", "read", "write"] as const) gate.open(kind);
      await settle();
      await act(() => store.reread());
      stop();
      cleanup();
      attempts.forEach((count, index) => expect(count).toBeLessThanOrEqual(sends[index]!));
      const final = await Promise.all(FIELDS.map(({ tag }) => documentText(word, tag)));
      final.forEach((text, index) => expect([...typed[index]!]).toContain(text.trim()));
    }),
    { numRuns: 40, seed: 20180831 },
  );
}, 300_000);
