/**
 * @jest-environment jsdom
 */
import "../support/dom";

import { fireEvent, screen, waitFor, within } from "@testing-library/react";

import { countOf, isMonthPlanned, serviceLevelOf, setServiceLevel } from "../../src/plan/changes";
import { formatTag } from "../../src/plan/tags";
import type { PlanDocument } from "../../src/word/port";
import { type MountedPanel, mountOver, openSection, waitForIdle } from "./support/panel";

const Y2018 = { start: 2018 };
const LEVEL_1_2 = "azione 1.2 Mappatura e individuazione Stakeholder – 2018/2019";
const levelTag = (level: "attivazione" | "consolidamento" | "non-richiesto") =>
  formatTag({ kind: "livello", row: "1.2", year: Y2018, level });

let panel: MountedPanel | undefined;
afterEach(() => {
  panel?.unmount();
  panel = undefined;
});

/** Opens a level picker and clicks one option: the one deliberate choice that writes. */
async function chooseLevel(opened: MountedPanel, name: string, level: string): Promise<void> {
  await opened.user.click(screen.getByRole("combobox", { name }));
  await opened.user.click(await screen.findByRole("option", { name: level }));
}

async function typeInto(opened: MountedPanel, tag: string, text: string): Promise<void> {
  await opened.word.Word.run(async (context) => {
    context.document.contentControls.getByTag(tag).getFirst().insertText(text, "Replace");
    await context.sync();
  });
}

/** Runs `gesture`, then waits until the read its change hint queues has synced and ended. */
async function afterItsRead(opened: MountedPanel, gesture: () => Promise<void>): Promise<void> {
  await gesture();
  opened.word.resetStats();
  await waitFor(() => expect(opened.word.stats.syncs).toBeGreaterThan(0), { timeout: 10_000 });
  await waitForIdle();
}

describe("the panel over the real document layer", () => {
  it("writes an X in exactly the chosen level's control and clears the other level", async () => {
    panel = await mountOver("desktop", async ({ document }) => {
      const { plan } = await document.readPlan();
      await document.applyChanges(plan, setServiceLevel(plan, "1.2", Y2018, "consolidamento"));
    });
    const before = await panel.document.readPlan();
    expect(screen.getByRole("combobox", { name: LEVEL_1_2 }).textContent).toBe("Consolidamento");

    await chooseLevel(panel, LEVEL_1_2, "Attivazione");
    await screen.findByText("Salvato nel documento.", undefined, { timeout: 10_000 });
    await waitForIdle();

    const after = await panel.document.readPlan();
    expect(after.plan.texts.get(levelTag("attivazione"))).toBe("X");
    expect(serviceLevelOf(after.plan, "1.2", Y2018)).toBe("attivazione");
    const changed = [...after.plan.texts]
      .filter(([tag, text]) => before.plan.texts.get(tag) !== text)
      .map(([tag]) => tag);
    expect(changed.sort()).toEqual([levelTag("attivazione"), levelTag("consolidamento")].sort());
    expect(after.plan.values.get(levelTag("consolidamento"))).toEqual({ kind: "mark", marked: false });
    expect(screen.getByRole("combobox", { name: LEVEL_1_2 }).textContent).toBe("Attivazione");
  });

  it("writes a toggled month and shows it after re-reading the document", async () => {
    panel = await mountOver();
    await openSection(panel.user, "Pianificazione");
    await panel.user.click(screen.getByRole("tab", { name: "2018/2019" }));
    const name = "Mappatura e individuazione Stakeholder, ottobre 2018/2019";
    // By label: a role query computes the accessible name of all 264 boxes, seconds in jsdom.
    const box = () => screen.getByLabelText<HTMLInputElement>(name, { selector: "input[type=checkbox]" });
    expect(box().checked).toBe(false);

    await panel.user.click(box());
    await screen.findByText("Salvato nel documento.", undefined, { timeout: 10_000 });
    await waitForIdle();

    expect(box().checked).toBe(true);
    const { plan } = await panel.document.readPlan();
    expect(isMonthPlanned(plan, "1.2", Y2018, "ott")).toBe(true);
    expect(isMonthPlanned(plan, "1.2", Y2018, "nov")).toBe(false);
  });

  it("shows the validation message for an invalid count, named by its box, and writes nothing, then writes a valid one", async () => {
    panel = await mountOver();
    await openSection(panel.user, "Alunni coinvolti");
    const before = await panel.document.readPlan();
    const input = screen.getByRole("textbox", { name: "Alunni coinvolti in ASL, Liceo, classe III" });

    await panel.user.type(input, "dodici");
    await panel.user.tab();
    const message = await screen.findByText("Liceo III: «dodici» non è un numero intero.");
    // Under the grid, named by its box, and the box points to it.
    expect(input.getAttribute("aria-describedby")).toBe(message.id);

    await panel.user.clear(input);
    await panel.user.type(input, "12,5{Enter}");
    expect(await screen.findByText("Liceo III: «12,5» non è un numero intero.")).toBeTruthy();
    await waitForIdle();
    expect((await panel.document.readPlan()).plan.texts).toEqual(before.plan.texts);

    await panel.user.clear(input);
    await panel.user.type(input, "12{Enter}");
    await screen.findByText("Salvato nel documento.", undefined, { timeout: 10_000 });
    await waitForIdle();
    expect(screen.queryByText(/non è un numero intero/)).toBeNull();
    expect(countOf((await panel.document.readPlan()).plan, "liceo", "III")).toBe(12);
    expect(
      screen.getByRole("textbox", { name: "Alunni coinvolti in ASL, Liceo, classe III" }),
    ).toHaveProperty("value", "12");
  });

  it("does not overwrite a mark typed in the document after the panel read it, and names the field in Italian", async () => {
    panel = await mountOver();
    await typeInto(panel, levelTag("attivazione"), "sì");

    await chooseLevel(panel, LEVEL_1_2, "Attivazione");
    const title = await screen.findByText(/» non è stato scritto/, undefined, { timeout: 10_000 });
    expect(title.textContent).toBe(
      "«Livello di servizio Attivazione, azione 1.2 Mappatura e individuazione Stakeholder, 2018/2019» non è stato scritto",
    );
    // Said once: the field in the title, then why and what to do.
    const message = screen.getByTestId("result-bar").textContent ?? "";
    expect(message.match(/non è stato scritto/g)).toHaveLength(1);
    expect(message).toContain("«sì»");
    await waitForIdle();

    const { plan } = await panel.document.readPlan();
    expect(plan.texts.get(levelTag("attivazione"))).toBe("sì");
    expect(serviceLevelOf(plan, "1.2", Y2018)).toBeNull();
  });

  it("shows what the dirigente typed in a field once Word's selection moves on from it", async () => {
    panel = await mountOver();
    const header = screen.getByRole("banner");
    const istituto = formatTag({ kind: "campo", campo: "istituto" });
    // The dirigente clicks into the field (Word fires DocumentSelectionChanged), then types there,
    // which the emulator assumes fires nothing more.
    await afterItsRead(panel, () => panel!.document.selectField(istituto));
    await typeInto(panel, istituto, "IIS Galileo Galilei");
    await panel.document.selectField(formatTag({ kind: "testo", testo: "note" }));
    expect(
      await within(header).findByText("IIS Galileo Galilei", undefined, { timeout: 10_000 }),
    ).toBeTruthy();
  });

  it("shows a co-author's edit away from the selection after «Rileggi», and refuses to write over it before", async () => {
    panel = await mountOver();
    const header = screen.getByRole("banner");
    await typeInto(panel, formatTag({ kind: "campo", campo: "istituto" }), "IIS Galileo Galilei");
    await typeInto(panel, levelTag("attivazione"), "sì");
    // A hint reads only the controls at the selection, so the edits elsewhere stay unseen here.
    await afterItsRead(panel, () => panel!.document.selectField(formatTag({ kind: "testo", testo: "note" })));
    expect(within(header).queryByText("IIS Galileo Galilei")).toBeNull();

    await chooseLevel(panel, LEVEL_1_2, "Attivazione");
    await screen.findByText(/» non è stato scritto/, undefined, { timeout: 10_000 });
    await waitForIdle();
    expect((await panel.document.readPlan()).plan.texts.get(levelTag("attivazione"))).toBe("sì");

    await panel.user.click(screen.getByRole("button", { name: "Rileggi il documento" }));
    expect(
      await within(header).findByText("IIS Galileo Galilei", undefined, { timeout: 10_000 }),
    ).toBeTruthy();
  });

  it("records a version with the proposed number and summary", async () => {
    panel = await mountOver();
    await openSection(panel.user, "Versioni");
    expect(screen.getByText("Nessuna versione registrata.")).toBeTruthy();

    await panel.user.click(screen.getByRole("button", { name: "Registra nuova versione" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByRole("textbox", { name: /^DATA/ })).toHaveProperty("value", "15/03/2018");
    expect(within(dialog).getByRole("textbox", { name: /^VERSIONE N\./ })).toHaveProperty("value", "1");
    expect(within(dialog).getByRole("textbox", { name: /^AMBITI E AZIONI/ })).toHaveProperty(
      "value",
      "Prima stesura del piano",
    );

    await panel.user.click(within(dialog).getByRole("button", { name: "Registra" }));
    await screen.findByText("Versione 1 registrata nel documento.", undefined, { timeout: 10_000 });
    await waitForIdle();

    const table = screen.getByRole("table", { name: "Versioning del presente documento" });
    expect(within(table).getByRole("row", { name: /15\/03\/2018 1 Prima stesura del piano/ })).toBeTruthy();
    expect((await panel.document.readPlan()).versions).toEqual([
      { date: "15/03/2018", number: "1", summary: "Prima stesura del piano" },
    ]);
  });

  it("refuses a draft by the ribbon's rule and words, and writes nothing until it is corrected", async () => {
    panel = await mountOver();
    await openSection(panel.user, "Versioni");
    await panel.user.click(screen.getByRole("button", { name: "Registra nuova versione" }));
    const dialog = await screen.findByRole("dialog");
    const date = within(dialog).getByRole("textbox", { name: /^DATA/ });
    await panel.user.clear(date);
    await panel.user.type(date, "31/02/2018");
    // Blank but not empty: the browser's own check of a required field lets it through, the draft's does not.
    const summary = within(dialog).getByRole("textbox", { name: /^AMBITI E AZIONI/ });
    await panel.user.clear(summary);
    await panel.user.type(summary, "   ");
    await panel.user.click(within(dialog).getByRole("button", { name: "Registra" }));

    expect(within(dialog).getByText("Scrivere una data valida, gg/mm/aaaa.")).toBeTruthy();
    expect(within(dialog).getByText("Indicare gli ambiti e le azioni oggetto di revisione.")).toBeTruthy();
    expect((await panel.document.readPlan()).versions).toEqual([]);

    await panel.user.clear(date);
    await panel.user.type(date, "28/02/2018");
    await panel.user.type(summary, "Ambito 1");
    await panel.user.click(within(dialog).getByRole("button", { name: "Registra" }));
    await screen.findByText("Versione 1 registrata nel documento.", undefined, { timeout: 10_000 });
    expect((await panel.document.readPlan()).versions).toEqual([
      { date: "28/02/2018", number: "1", summary: "Ambito 1" },
    ]);
  });

  it("runs one document operation at a time, however fast the user clicks", async () => {
    let inFlight = 0;
    let most = 0;
    let writesStarted = 0;
    const counted =
      <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        try {
          return await call(...args);
        } finally {
          inFlight -= 1;
        }
      };
    const slowly = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const wrap = (document: PlanDocument): PlanDocument => ({
      ...document,
      readPlan: counted(() => document.readPlan()),
      applyChanges: counted(async (plan, changes) => {
        writesStarted += 1;
        await slowly(200);
        return document.applyChanges(plan, changes);
      }),
      recordVersion: counted((row, snapshot) => document.recordVersion(row, snapshot)),
      onDocumentMayHaveChanged: (listener) => document.onDocumentMayHaveChanged(listener),
    });
    panel = await mountOver("desktop", undefined, wrap);
    await openSection(panel.user, "Pianificazione");
    const boxes = ["settembre", "ottobre", "novembre"].map((month) =>
      screen.getByLabelText(`Promozione cultura duale, ${month} 2017/2018`),
    );
    // Three clicks in one go, faster than any write: the later writes wait for the first.
    boxes.forEach((box) => fireEvent.click(box));
    expect(writesStarted).toBeLessThan(3);
    await waitFor(() => expect(writesStarted).toBe(3), { timeout: 10_000 });
    await waitForIdle();

    expect(most).toBe(1);
    const { plan } = await panel.document.readPlan();
    const months = ["set", "ott", "nov"] as const;
    expect(months.map((month) => isMonthPlanned(plan, "1.4", { start: 2017 }, month))).toEqual([
      true,
      true,
      true,
    ]);
  });
});

describe("the panel on Word on the web (web-stress profile)", () => {
  it("says that table fields can only be read, and disables the level pickers up front", async () => {
    panel = await mountOver("web-stress");
    const notice = screen.getByRole("note", { name: "Word per il web" });
    expect(notice.textContent).toMatch(/Word per il desktop/);

    const picker = screen.getByRole("combobox", { name: LEVEL_1_2 });
    expect(picker).toHaveProperty("disabled", true);
    await panel.user.click(picker);
    expect(screen.queryByRole("option", { name: "Attivazione" })).toBeNull();
    expect(serviceLevelOf((await panel.document.readPlan()).plan, "1.2", Y2018)).toBeNull();
  });
});

describe("the panel over a document that tracks changes", () => {
  it("says Track Changes is on and what it means for the pane's writes, and nothing when it is off", async () => {
    panel = await mountOver("desktop", async ({ word }) => {
      await word.Word.run(async (context) => {
        context.document.changeTrackingMode = "TrackAll";
        await context.sync();
      });
    });
    const notice = screen.getByRole("note", { name: "Revisioni attive" });
    expect(notice.textContent).toMatch(/modifica da accettare/);
    panel.unmount();

    panel = await mountOver("desktop");
    expect(screen.queryByRole("note", { name: "Revisioni attive" })).toBeNull();
  });
});

describe("the panel's Testi and Problemi sections", () => {
  it("lists the free texts in «Testi», with a text the dirigente typed shown as filled by its first words", async () => {
    const note = formatTag({ kind: "testo", testo: "note" });
    panel = await mountOver("desktop", async ({ word }) => {
      await word.Word.run(async (context) => {
        context.document.contentControls
          .getByTag(note)
          .getFirst()
          .insertText("Riunione con il referente", "Replace");
        await context.sync();
      });
    });
    await openSection(panel.user, "Testi");
    await screen.findByText(/Riunione con il referente/);
    expect(screen.getAllByRole("button", { name: /^Vai al testo: / }).length).toBeGreaterThan(60);
  });

  it("shows in «Problemi» the warning that months are planned for an action whose level is not chosen", async () => {
    panel = await mountOver("desktop", async ({ word }) => {
      await word.Word.run(async (context) => {
        const tag = formatTag({ kind: "mese", row: "1.2", year: Y2018, month: "ott" });
        context.document.contentControls.getByTag(tag).getFirst().insertText("X", "Replace");
        await context.sync();
      });
    });
    await openSection(panel.user, "Problemi");
    const warnings = await screen.findByRole("list", { name: /avvis/ });
    expect(warnings.textContent).toMatch(/1\.2/);
    expect(warnings.textContent).toMatch(/2018\/(20)?19/);
  });
});
