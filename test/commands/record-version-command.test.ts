/**
 * «Registra versione» from the ribbon, on the emulator: the handler reads the plan, proposes the row
 * as the pane does, lets the person edit it in the dialog, records it, and always tells Word the
 * command is over (`event.completed()`). The dialog is a script here, standing for the person; the
 * form itself is tested in version-form.test.ts, and the Office dialog plumbing is not emulated.
 */
import { recordVersionFromRibbon, type RecordVersionDeps } from "../../src/commands/record-version-command";
import { registerCommands } from "../../src/commands/register";
import type {
  VersionDialog,
  VersionDialogAnswer,
  VersionDialogRequest,
} from "../../src/commands/version-dialog-protocol";
import { FIRST_VERSION_SUMMARY } from "../../src/plan/versioning";
import { type OpenDocument, openDocument, templateBytes } from "../support/documents";

const TODAY = new Date(2026, 10, 29);

/** A dialog that answers each request in turn and remembers what it was shown. */
function scriptedDialog(
  ...answers: ((request: VersionDialogRequest) => VersionDialogAnswer | Promise<VersionDialogAnswer>)[]
) {
  const shown: VersionDialogRequest[] = [];
  const dialog: VersionDialog = {
    show: async (request) => {
      shown.push(request);
      const next = answers.shift();
      if (!next) throw new Error(`no answer scripted for ${JSON.stringify(request)}`);
      return next(request);
    },
  };
  return { dialog, shown };
}

const deps = (open: OpenDocument, dialog: VersionDialog): RecordVersionDeps => ({
  document: open.document,
  dialog,
  today: () => TODAY,
  locale: "it",
});

/** Registers `run` as Word would and clicks the button once; resolves when completed() is called. */
async function click(run: () => Promise<unknown>): Promise<{ completed: number }> {
  const actions = new Map<string, (event: Office.AddinCommands.Event) => void>();
  registerCommands({ associate: (name, action) => actions.set(name, action) }, { recordVersion: run });
  let completed = 0;
  await new Promise<void>((resolve) => {
    const event = {
      source: { id: "PGS.RecordVersionButton" },
      completed: () => {
        completed++;
        resolve();
      },
    } as unknown as Office.AddinCommands.Event;
    actions.get("recordVersion")!(event);
  });
  // Let anything that would call completed() twice do so before counting.
  await new Promise((resolve) => setTimeout(resolve, 10));
  return { completed };
}

const editSummary =
  (summary: string) =>
  (request: VersionDialogRequest): VersionDialogAnswer =>
    request.kind === "draft" ? { kind: "record", draft: { ...request.draft, summary } } : { kind: "cancel" };

describe("the «Registra versione» ribbon command", () => {
  it("proposes today's date, the next number and the summary, records the edited row, and completes", async () => {
    const open = await openDocument(templateBytes());
    const { dialog, shown } = scriptedDialog(editSummary("Prima stesura, rivista con il dirigente"));
    let outcome: unknown;
    const { completed } = await click(
      async () => (outcome = await recordVersionFromRibbon(deps(open, dialog))),
    );
    expect(shown).toEqual([
      { kind: "draft", draft: { date: "29/11/2026", number: "1", summary: FIRST_VERSION_SUMMARY } },
    ]);
    const row = { date: "29/11/2026", number: "1", summary: "Prima stesura, rivista con il dirigente" };
    expect(outcome).toEqual({ kind: "recorded", row });
    expect(completed).toBe(1);
    const after = await open.document.readPlan();
    expect(after.versions).toEqual([row]);
    expect(after.snapshot?.version).toBe(1);
  });

  it("writes nothing when the person cancels, and completes", async () => {
    const open = await openDocument(templateBytes());
    const { dialog } = scriptedDialog(() => ({ kind: "cancel" }));
    const { completed } = await click(() => recordVersionFromRibbon(deps(open, dialog)));
    expect(completed).toBe(1);
    expect((await open.document.readPlan()).versions).toEqual([]);
  });

  it("when the number was taken meanwhile, says so and proposes the next one, keeping what was typed", async () => {
    const open = await openDocument(templateBytes());
    const { dialog, shown } = scriptedDialog(
      async (request) => {
        // Someone else records version 1 while the dialog is open.
        await open.document.recordVersion(
          { date: "28/11/2026", number: "1", summary: "Dall'altro computer" },
          { format: 1, version: 1, fields: {} },
        );
        return editSummary("La mia revisione")(request);
      },
      (request) => (request.kind === "draft" ? { kind: "record", draft: request.draft } : { kind: "cancel" }),
    );
    const { completed } = await click(() => recordVersionFromRibbon(deps(open, dialog)));
    expect(completed).toBe(1);
    expect(shown[1]).toEqual({
      kind: "draft",
      draft: { date: "29/11/2026", number: "2", summary: "La mia revisione" },
      error: expect.stringMatching(
        /^La versione non è stata registrata\. Questo numero di versione è già registrato/,
      ),
    });
    const versions = (await open.document.readPlan()).versions;
    expect(versions.map((row) => [row.number, row.summary])).toEqual([
      ["1", "Dall'altro computer"],
      ["2", "La mia revisione"],
    ]);
  });

  it("on a document without the versioning table, says why nothing was recorded, and completes", async () => {
    const open = await openDocument(templateBytes());
    await open.word.Word.run(async (context) => {
      const control = context.document.contentControls.getByTag("pgs:versioning").getFirst();
      control.cannotDelete = false;
      control.delete(false);
      await context.sync();
    });
    const { dialog, shown } = scriptedDialog(editSummary("Revisione"), () => ({ kind: "cancel" }));
    let outcome: unknown;
    const { completed } = await click(
      async () => (outcome = await recordVersionFromRibbon(deps(open, dialog))),
    );
    expect(completed).toBe(1);
    expect(outcome).toEqual({ kind: "cancelled" });
    expect(shown[1]).toMatchObject({
      kind: "draft",
      error:
        "La versione non è stata registrata. Nel documento manca la tabella «Versioning del presente documento».",
    });
  });

  it("refuses a draft that bypassed the dialog's checks, and shows why", async () => {
    const open = await openDocument(templateBytes());
    const { dialog, shown } = scriptedDialog(
      (request) =>
        request.kind === "draft"
          ? { kind: "record", draft: { ...request.draft, date: "31/02/2026" } }
          : { kind: "cancel" },
      () => ({ kind: "cancel" }),
    );
    await click(() => recordVersionFromRibbon(deps(open, dialog)));
    expect(shown[1]).toMatchObject({ kind: "draft", error: "Scrivere una data valida, gg/mm/aaaa." });
    expect((await open.document.readPlan()).versions).toEqual([]);
  });

  it("completes even when the dialog cannot open at all", async () => {
    const open = await openDocument(templateBytes());
    const dialog: VersionDialog = {
      show: () => Promise.reject(new Error("12007: a dialog is already open")),
    };
    const { completed } = await click(() => recordVersionFromRibbon(deps(open, dialog)));
    expect(completed).toBe(1);
    expect((await open.document.readPlan()).versions).toEqual([]);
  });

  it("tells in English when Office speaks English", async () => {
    const open = await openDocument(templateBytes());
    await open.document.recordVersion(
      { date: "01/09/2026", number: "1", summary: "x" },
      {
        format: 1,
        version: 1,
        fields: {},
      },
    );
    const { dialog, shown } = scriptedDialog(
      (request) =>
        request.kind === "draft"
          ? { kind: "record", draft: { ...request.draft, number: "1" } }
          : { kind: "cancel" },
      () => ({ kind: "cancel" }),
    );
    await recordVersionFromRibbon({ ...deps(open, dialog), locale: "en" });
    expect(shown[1]).toMatchObject({
      error: expect.stringMatching(/^The version was not recorded\. This version number/),
    });
  });
});
