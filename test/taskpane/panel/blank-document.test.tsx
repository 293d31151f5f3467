/**
 * @jest-environment jsdom
 */
import "../support/dom";

import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";

import { OFFICIAL_SCHOOL_YEARS } from "../../../src/plan/vocabulary";
import { BlankDocument } from "../../../src/taskpane/panel/BlankDocument";
import { PanelProvider, createPanelStore } from "../../../src/taskpane/state";
import { base64Of } from "../../../src/word/base64";
import { openDocument, templateBytes } from "../../support/documents";
import { foreignDocx } from "../../support/plans";

const INSERT = /^Inserisci il modello ufficiale/;

async function mountOver(bytes: Uint8Array) {
  const opened = await openDocument(bytes);
  const store = createPanelStore(opened.document);
  const stop = store.start();
  await store.reread();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <PanelProvider environment={{ store, locale: "it", today: () => new Date(2018, 2, 15) }}>
        <BlankDocument years={OFFICIAL_SCHOOL_YEARS} templateBase64={async () => base64Of(templateBytes())} />
      </PanelProvider>
    </FluentProvider>,
  );
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  return { ...opened, store, user, unmount: () => (view.unmount(), stop()) };
}

describe("BlankDocument", () => {
  it("offers the template in an empty document, inserts it, and the panel then reads the plan", async () => {
    const panel = await mountOver(await foreignDocx("<w:p/>"));
    expect(screen.getByText("Questo documento non è il Piano Generale di Supporto")).toBeTruthy();
    await panel.user.click(screen.getByRole("button", { name: INSERT }));
    await waitFor(() => expect(screen.queryByRole("button", { name: INSERT })).toBeNull(), {
      timeout: 10_000,
    });
    const plan = panel.store.getState().reading!.plan;
    expect(plan.problems).toEqual([]);
    expect(plan.values.size).toBe(plan.schema.fields.length);
    panel.unmount();
  });

  it("says why nothing was inserted in a document that holds text, which stays as it was", async () => {
    const panel = await mountOver(await foreignDocx());
    await panel.user.click(screen.getByRole("button", { name: INSERT }));
    await waitFor(() =>
      expect(panel.store.getState().outcome).toEqual({ kind: "document-error", code: "document-not-blank" }),
    );
    const reread = await panel.document.readPlan();
    expect(reread.plan.problems).toEqual([{ code: "not-template" }]);
    expect(screen.getByRole("button", { name: INSERT })).toBeTruthy();
    panel.unmount();
  });

  it("stays hidden over the template", async () => {
    const panel = await mountOver(templateBytes());
    expect(screen.queryByRole("button", { name: INSERT })).toBeNull();
    panel.unmount();
  });
});
