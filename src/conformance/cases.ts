/**
 * Every behaviour of Word the add-in and the emulator rely on, as a case anyone with Word can run
 * (conformance.html) and jest runs on every emulator profile. `expected` is what each profile
 * observes today; a report from real Word (conformance/reports/) says whether Word agrees.
 */
import { type Fixture, cell, control, paragraph, row, run, table } from "./fixture";
import { everywhere, todayAndStress } from "./expected";
import { SELECTION_CASES } from "./selection-cases";
import type { CaseHost, ConformanceCase, Observation } from "./types";
import { webExtensionsHolding } from "./webextensions";
import { CONFORMANCE_ADDIN_ID } from "../plan/addin";

/** Where the emulator puts the kit's settings when the kit is sideloaded (store "developer", storeType Registry). */
const SIDELOADED_SETTINGS_PART: Observation = {
  part: "word/webextensions/webextension1.xml",
  id: CONFORMANCE_ADDIN_ID,
  storeType: "Registry",
};

/** The error Word on the web gave in 2017–2021 for what it did not support (office-js #2241). */
const NOT_IN_WORD_ONLINE: Observation = {
  error: {
    name: "RichApi.Error",
    code: "NotAllowed",
    message:
      "The action isn’t supported in Word Online. Check the OfficeExtension.Error.debugInfo for more information.",
  },
};

/** The error of an edit to a control locked with cannotEdit (office-js #6907). */
const ACCESS_DENIED: Observation = {
  error: {
    name: "RichApi.Error",
    code: "AccessDenied",
    message: "You don't have sufficient permissions for this action.",
  },
};

/** The shapes the template uses: a block control, inline and block controls in cells, a plain-text control. */
const SHAPES: Fixture = {
  body:
    control({ tag: "blocco", title: "Blocco" }, paragraph(run("Prima")) + paragraph(run("Seconda"))) +
    table(
      row(
        cell(paragraph(run("Etichetta"))) +
          cell(paragraph(run("Anno: ") + control({ tag: "in-cella" }, run("X")))),
      ) +
        row(cell(paragraph(run("Testo"))) + cell(control({ tag: "blocco-cella" }, paragraph(run("Cella"))))),
      2,
    ) +
    paragraph(control({ tag: "testo-semplice", type: "<w:text/>" }, run("solo testo"))) +
    paragraph(control({ tag: "bloccato", lock: "contentLocked" }, run("non modificabile"))) +
    paragraph(control({ tag: "libero" }, run("libero"))),
};

const GRID_SPAN = '<w:gridSpan w:val="2"/>';

/** A table with a merged header, a vertically merged column, a control in a cell and a cell of two paragraphs. */
const MERGED_TABLE: Fixture = {
  body: table(
    row(cell(paragraph(run("A+B")), GRID_SPAN) + cell(paragraph(run("C")), '<w:vMerge w:val="restart"/>')) +
      row(
        cell(paragraph(run("uno")) + paragraph(run("due"))) +
          cell(paragraph(control({ tag: "cella" }, run("X")))) +
          cell(paragraph(""), "<w:vMerge/>"),
      ),
    3,
  ),
};

/** A control whose placeholder is the template's blank building block. */
const PLACEHOLDER: Fixture = {
  body: paragraph(control({ tag: "campo", placeholder: "PgsVuoto" }, run("valore"))),
  glossary: { PgsVuoto: paragraph(run(" ")) },
};

const TRACKED: Fixture = {
  body: paragraph(
    control(
      { tag: "rivisto" },
      run("Base ") +
        '<w:del w:id="901" w:author="Prova" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>tolto</w:delText></w:r></w:del>' +
        '<w:ins w:id="902" w:author="Prova" w:date="2024-01-01T00:00:00Z"><w:r><w:t>aggiunto</w:t></w:r></w:ins>',
    ),
  ),
};

const VERSIONING: Fixture = {
  body: control(
    { tag: "versioni" },
    table(
      row(
        cell(paragraph(run("DATA"))) +
          cell(paragraph(run("VERSIONE N."))) +
          cell(paragraph(run("AMBITI E AZIONI OGGETTO DI REVISIONE"))),
      ) +
        row(
          cell(paragraph(run("01/09/2017"))) +
            cell(paragraph(run("1"))) +
            cell(paragraph(run("Prima stesura"))),
        ),
      3,
    ),
  ),
};

async function textOf(host: CaseHost, tag: string): Promise<string> {
  return host.Word.run(async (context) => {
    const target = context.document.contentControls.getByTag(tag).getFirst();
    target.load("text");
    await context.sync();
    return target.text;
  });
}

/** Writes `text` into the control `tag`, then reads its text back, in one Word.run. */
async function writeAndRead(host: CaseHost, tag: string, text: string): Promise<Observation> {
  return host.Word.run(async (context) => {
    const target = context.document.contentControls.getByTag(tag).getFirst();
    target.insertText(text, "Replace");
    target.load("text");
    await context.sync();
    return { text: target.text };
  });
}

/** Word's Italian default placeholder, as the emulator shows it (office-js #1515). */
const DEFAULT_PLACEHOLDER = "Fare clic o toccare qui per immettere il testo.";

const LONG_TITLE = "Livello di servizio Consolidamento, azione 1.2 Mappatura e individuazione Stakeholder";

export const CASES: readonly ConformanceCase[] = [
  {
    id: "controls-listed",
    probes:
      "Which controls document.contentControls lists: rich-text only, inline and block controls in table cells included",
    source: "office-js #2160, #6144 (rich text only), #2040 (controls in tables on the web)",
    fixture: SHAPES,
    action: (host) =>
      host.Word.run(async (context) => {
        const controls = context.document.contentControls.load("items/tag");
        await context.sync();
        return controls.items.map((c) => c.tag);
      }),
    expected: todayAndStress(
      ["blocco", "in-cella", "blocco-cella", "bloccato", "libero"],
      ["blocco", "bloccato", "libero"],
    ),
  },
  {
    id: "insert-text-inline-in-cell",
    probes: 'insertText(…, "Replace") on an inline control inside a table cell, and the text read back',
    source: "office-js #191 (refused on the web, 2018), #3704 (allowed on the web, 2023)",
    fixture: SHAPES,
    action: (host) => writeAndRead(host, "in-cella", "Y"),
    expected: {
      desktop: { text: "Y" },
      web: { text: "Y" },
      "web-stress": {
        error: {
          name: "RichApi.Error",
          code: "ItemNotFound",
          message:
            "We couldn’t find the item you requested. Check the OfficeExtension.Error.debugInfo for more information.",
        },
      },
    },
  },
  {
    id: "insert-text-inline-outside-table",
    probes: "insertText on an inline control in a plain paragraph",
    source: "office-js #191",
    fixture: SHAPES,
    action: (host) => writeAndRead(host, "libero", "Y"),
    expected: todayAndStress({ text: "Y" }, NOT_IN_WORD_ONLINE),
  },
  {
    id: "table-values-merged",
    probes:
      "Table.values for a row with a gridSpan cell, a vMerge continuation, a control in a cell and a two-paragraph cell",
    source:
      "https://learn.microsoft.com/javascript/api/word/word.table#word-word-table-values (shape of merged cells: assumption)",
    fixture: MERGED_TABLE,
    action: (host) =>
      host.Word.run(async (context) => {
        const first = context.document.body.tables.getFirst();
        first.load("values");
        await context.sync();
        return first.values;
      }),
    expected: todayAndStress(
      [
        ["A+B", "C"],
        ["uno\rdue", "X", ""],
      ],
      [
        ["A+B", "C"],
        ["uno\rdue", "X", ""],
      ],
    ),
  },
  {
    id: "paragraph-separator",
    probes: "The character between paragraphs in ContentControl.text",
    source: 'assumption ("\\r", as VBA\'s Range.Text)',
    fixture: SHAPES,
    action: async (host) => ({ text: await textOf(host, "blocco") }),
    expected: everywhere({ text: "Prima\rSeconda" }),
  },
  {
    id: "clear-blank-placeholder",
    probes: "clear() on a control whose placeholder is the blank building block: what .text then returns",
    source: "office-js #1515 (default placeholder came back on the web, 2020)",
    fixture: PLACEHOLDER,
    action: (host) =>
      host.Word.run(async (context) => {
        const target = context.document.contentControls.getByTag("campo").getFirst();
        target.clear();
        target.load("text");
        await context.sync();
        return { text: target.text };
      }),
    expected: todayAndStress({ text: " " }, NOT_IN_WORD_ONLINE),
  },
  {
    id: "insert-empty-text",
    probes:
      'insertText("", "Replace") on a block control without a placeholder of its own: the text read back',
    source: "assumption (the emulator shows Word's default placeholder, as after clear(): office-js #1515)",
    fixture: SHAPES,
    action: (host) => writeAndRead(host, "blocco", ""),
    expected: everywhere({ text: DEFAULT_PLACEHOLDER }),
  },
  {
    id: "cannot-edit",
    probes: "The error when code edits a control locked with cannotEdit (w:lock contentLocked)",
    source: "office-js #6907 (message seen for a refused edit; the code is an assumption)",
    fixture: SHAPES,
    action: (host) => writeAndRead(host, "bloccato", "Y"),
    expected: todayAndStress(ACCESS_DENIED, NOT_IN_WORD_ONLINE),
  },
  {
    id: "refused-batch",
    probes: "A batch whose second write is refused: the error's name and code, and which writes landed",
    source:
      "https://learn.microsoft.com/javascript/api/office/officeextension.error (later commands not run); office-js #3607 (name RichApi.Error)",
    fixture: SHAPES,
    action: async (host) => {
      let error: Observation = null;
      try {
        await host.Word.run(async (context) => {
          const controls = context.document.contentControls;
          controls.getByTag("blocco").getFirst().insertText("primo", "Replace");
          controls.getByTag("bloccato").getFirst().insertText("secondo", "Replace");
          controls.getByTag("libero").getFirst().insertText("terzo", "Replace");
          await context.sync();
        });
      } catch (e) {
        const raised = e as { name?: unknown; code?: unknown };
        error = { name: String(raised.name), code: String(raised.code) };
      }
      return { error, first: await textOf(host, "blocco"), third: await textOf(host, "libero") };
    },
    expected: todayAndStress(
      { error: { name: "RichApi.Error", code: "AccessDenied" }, first: "primo", third: "libero" },
      { error: { name: "RichApi.Error", code: "NotAllowed" }, first: "primo", third: "libero" },
    ),
  },
  {
    id: "tracked-changes-text",
    probes: "ContentControl.text of a control holding a tracked deletion and a tracked insertion",
    source: "office-js #1267 and #5286 (web), #2314 (desktop, revisions shown inline)",
    fixture: TRACKED,
    action: async (host) => ({ text: await textOf(host, "rivisto") }),
    expected: {
      desktop: { text: "Base aggiunto" },
      web: { text: "Base toltoaggiunto" },
      "web-stress": { text: "Base toltoaggiunto" },
    },
  },
  {
    id: "settings-part",
    probes: "Where settings.saveAsync stores a value: the web-extension part and the add-in Id it names",
    source: "[MS-OWEXML] 2.2; https://learn.microsoft.com/javascript/api/office/office.settings",
    fixture: SHAPES,
    action: async (host) => {
      const settings = host.Office.context.document.settings;
      settings.set("conformance.prova", 42);
      await new Promise<void>((resolve, reject) =>
        settings.saveAsync((result) =>
          result.status === host.Office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error),
        ),
      );
      return { parts: await webExtensionsHolding(await host.documentBytes(), "conformance.prova") };
    },
    expected: everywhere({ parts: [SIDELOADED_SETTINGS_PART] }),
  },
  {
    id: "selection-changed-while-typing",
    probes: "Whether DocumentSelectionChanged fires while a person clicks and types in a control",
    source:
      "https://learn.microsoft.com/javascript/api/office/office.eventtype (the emulator assumes a click fires it; typing is not modelled)",
    fixture: SHAPES,
    action: async (host) => {
      const document = host.Office.context.document;
      const type = host.Office.EventType.DocumentSelectionChanged as never;
      let fired = 0;
      const handler = () => {
        fired++;
      };
      document.addHandlerAsync(type, handler);
      await host.userStep(
        "Fai clic nel campo «libero» del documento e scrivi una lettera, poi premi «Fatto».",
      );
      document.removeHandlerAsync(type, { handler });
      return { fired: fired > 0 };
    },
    expected: everywhere({ fired: true }),
  },
  {
    id: "add-rows-versioning",
    probes: 'Table.addRows("End", 1, values) on a versioning table inside a block control: the values after',
    source:
      "https://learn.microsoft.com/javascript/api/word/word.table#word-word-table-addrows-member(1) (formatting copied: assumption)",
    fixture: VERSIONING,
    action: (host) =>
      host.Word.run(async (context) => {
        const first = context.document.body.tables.getFirst();
        first.addRows("End", 1, [["02/10/2017", "2", "Revisione"]]);
        first.load("values,rowCount");
        await context.sync();
        return { rowCount: first.rowCount, values: first.values };
      }),
    expected: everywhere({
      rowCount: 3,
      values: [
        ["DATA", "VERSIONE N.", "AMBITI E AZIONI OGGETTO DI REVISIONE"],
        ["01/09/2017", "1", "Prima stesura"],
        ["02/10/2017", "2", "Revisione"],
      ],
    }),
  },
  {
    id: "long-title",
    probes: "A control title longer than 64 characters, written and read back",
    source: "office-js-docs-reference #1238 (Word shows only 64 characters)",
    fixture: SHAPES,
    action: (host) =>
      host.Word.run(async (context) => {
        const target = context.document.contentControls.getByTag("blocco").getFirst();
        target.title = LONG_TITLE;
        target.load("title");
        await context.sync();
        const read: string = target.title;
        return { written: LONG_TITLE.length, read: read.length };
      }),
    expected: everywhere({ written: 85, read: 85 }),
  },
  {
    id: "change-tracking-mode",
    probes: "Whether the host has WordApi 1.4's Document.changeTrackingMode, and its value in the fixture",
    source: "https://learn.microsoft.com/javascript/api/word/word.changetrackingmode",
    fixture: SHAPES,
    action: async (host) => {
      if (!host.Office.context.requirements.isSetSupported("WordApi", "1.4")) return { supported: false };
      return host.Word.run(async (context) => {
        context.document.load("changeTrackingMode");
        await context.sync();
        return { supported: true, mode: context.document.changeTrackingMode };
      });
    },
    expected: todayAndStress({ supported: true, mode: "Off" }, { supported: false }),
  },
  ...SELECTION_CASES,
];
