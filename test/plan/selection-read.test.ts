import { createSchema } from "../../src/plan/fields";
import { interpretDocument } from "../../src/plan/read";
import { planAtSelection } from "../../src/plan/selection-read";
import { VERSIONING_TAG, formatTag } from "../../src/plan/tags";
import { readingOf } from "../support/reading";

const schema = createSchema();
const dirigente = formatTag({ kind: "campo", campo: "dirigente" });
const comune = formatTag({ kind: "campo", campo: "comune" });
const note = formatTag({ kind: "testo", testo: "note" });
const count = formatTag({ kind: "alunni", indirizzo: "liceo", classe: "III" });

const planOf = (texts: ReadonlyMap<string, string>) => interpretDocument(schema, readingOf(schema, texts));
const blank = planOf(new Map());

describe("the plan after a small read at Word's selection", () => {
  it("gives the field holding the selection what a whole read would give, and watches it next", () => {
    const update = planAtSelection(blank, {
      selection: [{ tag: dirigente, text: "Maria Rossi" }],
      watched: [],
    });
    expect(update?.plan.texts.get(dirigente)).toBe("Maria Rossi");
    expect(update?.plan.values).toEqual(planOf(new Map([[dirigente, "Maria Rossi"]])).values);
    expect(update?.watch).toEqual([dirigente]);
  });

  it("updates a watched field the selection has left, so an edit made before the selection moved is seen", () => {
    const update = planAtSelection(blank, {
      selection: [{ tag: comune, text: blank.texts.get(comune)! }],
      watched: [{ tag: dirigente, texts: ["Maria Rossi"] }],
    });
    expect(update?.plan.texts.get(dirigente)).toBe("Maria Rossi");
    expect(update?.watch).toEqual([comune]);
  });

  it("reports a count the dirigente typed wrong, as a whole read would", () => {
    const update = planAtSelection(blank, { selection: [{ tag: count, text: "dodici" }], watched: [] });
    expect(update?.plan.problems).toEqual(planOf(new Map([[count, "dodici"]])).problems);
  });

  it("keeps the very same plan when nothing it saw changed", () => {
    const update = planAtSelection(blank, {
      selection: [{ tag: note, text: blank.texts.get(note)! }],
      watched: [{ tag: dirigente, texts: [blank.texts.get(dirigente)!] }],
    });
    expect(update?.plan).toBe(blank);
  });

  it("ignores a control that is not the template's, as a whole read does", () => {
    const update = planAtSelection(blank, {
      selection: [{ tag: "firma-dirigente", text: "anything" }],
      watched: [],
    });
    expect(update).toEqual({ plan: blank, watch: [] });
  });

  it.each([
    ["a watched field was deleted", { selection: [], watched: [{ tag: dirigente, texts: [] }] }],
    ["a watched field was copied", { selection: [], watched: [{ tag: dirigente, texts: ["a", "b"] }] }],
    [
      "the selection is in the versioning table",
      { selection: [{ tag: VERSIONING_TAG, text: "" }], watched: [] },
    ],
    [
      "the selection holds a template tag the plan does not know",
      { selection: [{ tag: "pgs:campo:sconosciuto", text: "x" }], watched: [] },
    ],
  ])("asks for a whole read when %s", (_case, read) => {
    expect(planAtSelection(blank, read)).toBeUndefined();
  });
});
