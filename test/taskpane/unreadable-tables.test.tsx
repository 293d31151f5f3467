/**
 * @jest-environment jsdom
 */
import "../support/dom";

import { screen, within } from "@testing-library/react";

import { EmulatedWord } from "../../src/emulator";
import { serviceLevelOf } from "../../src/plan/changes";
import { STRINGS } from "../../src/taskpane/strings";
import { wordPlanDocument } from "../../src/word/port";
import { wordHostThrough } from "../support/documents";
import { type MountedPanel, mountOver, openSection, waitForIdle } from "./support/panel";

/** Word failing to give the cell data of tables with vertically merged cells (office-js #3200). */
const THROWS = { tableValues: "throws-on-vertical-merge" } as const;
const LEVEL_1_2 = "azione 1.2 Mappatura e individuazione Stakeholder – 2018/2019";

let panel: MountedPanel | undefined;
afterEach(() => {
  panel?.unmount();
  panel = undefined;
});

/** The document as saved, read by a Word that gives every table. */
async function savedReading(opened: MountedPanel) {
  const word = await EmulatedWord.open(await opened.word.save());
  return wordPlanDocument(wordHostThrough(word)).readPlan();
}

describe("the pane where Word will not give a table's cells", () => {
  it("on the desktop, reads and writes as if nothing failed: it needs no table but the versioning one", async () => {
    panel = await mountOver({ profile: "desktop", quirks: THROWS });
    await panel.user.click(screen.getByRole("combobox", { name: LEVEL_1_2 }));
    await panel.user.click(await screen.findByRole("option", { name: "Attivazione" }));
    await screen.findByText("Salvato nel documento.", undefined, { timeout: 10_000 });
    await waitForIdle();
    expect(serviceLevelOf((await savedReading(panel)).plan, "1.2", { start: 2018 })).toBe("attivazione");
    await openSection(panel.user, "Problemi");
    expect(screen.getByText(STRINGS.it.noProblems)).toBeTruthy();
  });

  it("where the host hides the controls in tables, says once what it could not read and still records a version", async () => {
    panel = await mountOver({ profile: "web-stress", quirks: THROWS });
    await openSection(panel.user, "Problemi");
    const problems = screen.getByRole("list", { name: "Problemi nel documento" });
    const items = within(problems).getAllByRole("listitem");
    expect(items).toHaveLength(1);
    expect(items[0]?.textContent).toMatch(
      /^Word non ha dato il testo di \d+ tabelle del documento: \d+ campi non sono mostrati né scritti; tutti gli altri sì\./,
    );

    await openSection(panel.user, "Versioni");
    await panel.user.click(screen.getByRole("button", { name: "Registra nuova versione" }));
    const dialog = await screen.findByRole("dialog");
    await panel.user.click(within(dialog).getByRole("button", { name: "Registra" }));
    await screen.findByText("Versione 1 registrata nel documento.", undefined, { timeout: 10_000 });
    await waitForIdle();
    expect((await savedReading(panel)).versions).toEqual([
      { date: "15/03/2018", number: "1", summary: "Prima stesura del piano" },
    ]);
  });
});
