/**
 * @jest-environment jsdom
 */
import "../../support/dom";

import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";

import { setText } from "../../../src/plan/changes";
import { formatTag } from "../../../src/plan/tags";
import { Texts } from "../../../src/taskpane/panel/Texts";
import { PanelProvider, createPanelStore } from "../../../src/taskpane/state";
import { openDocument, templateBytes, withDocumentXml } from "../../support/documents";

const criticita = formatTag({ kind: "testo", testo: "criticita" });
const note = formatTag({ kind: "testo", testo: "note" });

async function mountTexts(bytes: Uint8Array) {
  const opened = await openDocument(bytes);
  const store = createPanelStore(opened.document);
  const stop = store.start();
  await store.reread();
  const selected: string[] = [];
  opened.word.onControlSelected((tag) => selected.push(tag));
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <PanelProvider environment={{ store, locale: "it", today: () => new Date(2018, 2, 15) }}>
        <Texts />
      </PanelProvider>
    </FluentProvider>,
  );
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  return { ...opened, store, selected, user, unmount: () => (view.unmount(), stop()) };
}

function entryOf(tag: string): HTMLElement {
  const entry = document.querySelector<HTMLElement>(`li[data-tag="${tag}"]`);
  if (!entry) throw new Error(`no entry for ${tag}`);
  return entry;
}

describe("Texts", () => {
  it("shows each free text as empty or filled with its first words, and «Vai al testo» selects it in Word", async () => {
    const { document: planDocument, word } = await openDocument(templateBytes());
    const { plan } = await planDocument.readPlan();
    await planDocument.applyChanges(plan, setText(plan, criticita, "Poche aziende ospitanti nel distretto"));
    const panel = await mountTexts(await word.save());
    expect(within(entryOf(criticita)).getByText("Compilato")).toBeTruthy();
    expect(within(entryOf(criticita)).getByText("Poche aziende ospitanti nel distretto")).toBeTruthy();
    expect(within(entryOf(note)).getByText("Vuoto")).toBeTruthy();
    expect(screen.getByText("Anagrafica dell'istituto")).toBeTruthy();

    await panel.user.click(screen.getByRole("button", { name: "Vai al testo: Note documento" }));
    await waitFor(() => expect(panel.selected).toEqual([note]));
    expect(panel.store.getState().outcome).toBeUndefined();
    panel.unmount();
  });

  it("disables «Vai al testo» for a text the document lost, and shows why", async () => {
    const bytes = await withDocumentXml(templateBytes(), (xml) =>
      xml.replace(`w:val="${note}"`, 'w:val="someone-else:note"'),
    );
    const panel = await mountTexts(bytes);
    const button = within(entryOf(note)).getByRole("button");
    expect(button.hasAttribute("disabled") || button.getAttribute("aria-disabled") === "true").toBe(true);
    expect(within(entryOf(note)).getByText("Non è nel documento")).toBeTruthy();
    panel.unmount();
  });

  it("shows the document error when the field went away after the last read", async () => {
    const panel = await mountTexts(templateBytes());
    await act(async () => {
      await panel.word.Word.run(async (context) => {
        context.document.contentControls.getByTag(note).getFirst().tag = "someone-else:note";
        await context.sync();
      });
    });
    await panel.user.click(screen.getByRole("button", { name: "Vai al testo: Note documento" }));
    await waitFor(() =>
      expect(panel.store.getState().outcome).toEqual({ kind: "document-error", code: "field-not-found" }),
    );
    expect(panel.selected).toEqual([]);
    panel.unmount();
  });
});
