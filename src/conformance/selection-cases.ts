/**
 * What the pane's small read after a selection hint relies on (word/read-at-selection.ts): which
 * control Word names as holding the selection, and which controls it lists inside a selected range.
 * `Document.getSelection`, `Range.contentControls` and `ContentControl.select` are WordApi 1.1,
 * `parentContentControlOrNullObject` and `Range.expandTo` 1.3
 * (https://learn.microsoft.com/javascript/api/word/word.range).
 */
import { everywhere, todayAndStress } from "./expected";
import { type Fixture, cell, control, paragraph, row, run, table } from "./fixture";
import type { CaseHost, ConformanceCase, Observation } from "./types";

/** An inline control in a table cell, as the template's month and level marks are. */
const MARK_IN_CELL: Fixture = {
  body: table(row(cell(paragraph(run("gen"))) + cell(paragraph(control({ tag: "mese" }, run("X"))))), 2),
};

/** Three controls in three paragraphs; a selection from the first to the second leaves the third out. */
const THREE_FIELDS: Fixture = {
  body:
    paragraph(control({ tag: "primo" }, run("uno"))) +
    paragraph(control({ tag: "secondo" }, run("due"))) +
    paragraph(control({ tag: "fuori" }, run("tre"))),
};

/** After `select` has put Word's selection somewhere, what the small read would load there. */
async function atSelection(
  host: CaseHost,
  select: (context: Word.RequestContext) => void,
): Promise<Observation> {
  return host.Word.run(async (context) => {
    select(context);
    await context.sync();
    const holding = context.document.getSelection().parentContentControlOrNullObject.load("tag");
    const inside = context.document.getSelection().contentControls.load("items/tag");
    await context.sync();
    return {
      holding: holding.isNullObject ? null : holding.tag,
      inside: inside.items.map((item) => item.tag),
    };
  });
}

/** The error of a tag lookup that finds no control (ItemNotFound), as the stress profile gives it. */
const NOT_FOUND: Observation = {
  error: {
    name: "RichApi.Error",
    code: "ItemNotFound",
    message:
      "We couldn’t find the item you requested. Check the OfficeExtension.Error.debugInfo for more information.",
  },
};

export const SELECTION_CASES: readonly ConformanceCase[] = [
  {
    id: "selection-in-cell-control",
    probes:
      "After ContentControl.select() on an inline control in a table cell: the selection's parentContentControlOrNullObject and its contentControls",
    source:
      "https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-parentcontentcontrolornullobject-member (whether a selected control is its own parent, or listed inside: assumption)",
    fixture: MARK_IN_CELL,
    action: (host) =>
      atSelection(host, (context) => context.document.contentControls.getByTag("mese").getFirst().select()),
    expected: todayAndStress({ holding: "mese", inside: [] }, NOT_FOUND),
  },
  {
    id: "selection-spanning-controls",
    probes:
      "A selection from one control to the next (Range.expandTo): whether a control holds it, and which controls it lists",
    source:
      "https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-expandto-member(1) (the emulator assumes the smallest element holding both, so it also lists «fuori»)",
    fixture: THREE_FIELDS,
    action: (host) =>
      atSelection(host, (context) => {
        const controls = context.document.contentControls;
        const first = controls.getByTag("primo").getFirst().getRange("Whole");
        first.expandTo(controls.getByTag("secondo").getFirst().getRange("Whole")).select();
      }),
    expected: everywhere({ holding: null, inside: ["primo", "secondo", "fuori"] }),
  },
];
