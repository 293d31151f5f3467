/**
 * @jest-environment jsdom
 */
import "../../support/dom";

import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";

import { createSchema } from "../../../src/plan/fields";
import { OFFICIAL_SCHOOL_YEARS } from "../../../src/plan/vocabulary";
import { BlankDocumentOffer } from "../../../src/taskpane/panel/BlankDocumentOffer";
import { PanelProvider, createPanelStore } from "../../../src/taskpane/state";
import { STRINGS as PANE_STRINGS } from "../../../src/taskpane/strings";
import { base64Of } from "../../../src/word/base64";
import { openDocument, templateBytes } from "../../support/documents";
import { foreignDocx } from "../../support/plans";

const INSERT = /^Inserisci il modello ufficiale/;
const STRINGS = PANE_STRINGS.it.blankDocument;

/** The offer over `bytes` in the emulated Word; `officialFetches` counts the fetches of the official file. */
async function mountOver(bytes: Uint8Array) {
  const opened = await openDocument(bytes);
  const store = createPanelStore(opened.document);
  const stop = store.start();
  await store.reread();
  const fetches = { official: 0 };
  const official = async () => {
    fetches.official += 1;
    return base64Of(templateBytes());
  };
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <PanelProvider
        environment={{ store, locale: "it", today: () => new Date(2018, 2, 15), templateBase64: official }}
      >
        <BlankDocumentOffer />
      </PanelProvider>
    </FluentProvider>,
  );
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  return { ...opened, store, user, fetches, unmount: () => (view.unmount(), stop()) };
}

const insertButton = () => screen.findByRole("button", { name: INSERT }, { timeout: 10_000 });

async function waitForInserted() {
  await waitFor(() => expect(screen.queryByRole("button", { name: INSERT })).toBeNull(), { timeout: 15_000 });
}

describe("BlankDocumentOffer", () => {
  it("offers the official years in an empty document, inserts the official file, and the panel then reads the plan", async () => {
    const panel = await mountOver(await foreignDocx("<w:p/>"));
    const button = await insertButton();
    expect(screen.getByText("Questo documento non è il Piano Generale di Supporto")).toBeTruthy();
    expect(button.textContent).toBe("Inserisci il modello ufficiale (2017/2018, 2018/2019, 2019/2020)");
    await panel.user.click(button);
    await waitForInserted();
    const plan = panel.store.getState().reading!.plan;
    expect(plan.problems).toEqual([]);
    expect(plan.schema.years).toEqual(OFFICIAL_SCHOOL_YEARS);
    expect(plan.values.size).toBe(plan.schema.fields.length);
    expect(panel.fetches.official).toBe(1);
    panel.unmount();
  });

  it("inserts a template built for the school years picked (2024/2025 and the next), without fetching the official file", async () => {
    const panel = await mountOver(await foreignDocx("<w:p/>"));
    await insertButton();
    const first = screen.getByRole("textbox", { name: STRINGS.firstSchoolYear });
    await panel.user.clear(first);
    await panel.user.type(first, "2024/25");
    await panel.user.selectOptions(screen.getByRole("combobox", { name: STRINGS.schoolYearCount }), "2");
    const button = await insertButton();
    expect(button.textContent).toBe("Inserisci il modello ufficiale (2024/2025, 2025/2026)");
    await panel.user.click(button);
    await waitForInserted();
    const plan = panel.store.getState().reading!.plan;
    const years = [{ start: 2024 }, { start: 2025 }];
    expect(plan.problems).toEqual([]);
    expect(plan.schema.years).toEqual(years);
    expect([...plan.values.keys()].sort()).toEqual(
      createSchema(years)
        .fields.map((field) => field.tag)
        .sort(),
    );
    expect(panel.fetches.official).toBe(0);
    panel.unmount();
  });

  it("says how to write a first school year it cannot read, and offers nothing to insert until it can", async () => {
    const panel = await mountOver(await foreignDocx("<w:p/>"));
    await insertButton();
    const first = screen.getByRole("textbox", { name: STRINGS.firstSchoolYear });
    await panel.user.clear(first);
    await panel.user.type(first, "2024/2026");
    expect(screen.getByText(STRINGS.invalidSchoolYear)).toBeTruthy();
    expect((await insertButton()).hasAttribute("disabled")).toBe(true);
    panel.unmount();
  });

  it("says why nothing was inserted in a document that holds text, which stays as it was", async () => {
    const panel = await mountOver(await foreignDocx());
    await panel.user.click(await insertButton());
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
    expect(screen.queryByText(STRINGS.notTemplateTitle)).toBeNull();
    panel.unmount();
  });
});
