/**
 * @jest-environment jsdom
 */
import { screen, within } from "@testing-library/dom";
import userEvent from "@testing-library/user-event";
import type { VersionDialogAnswer, VersionDialogRequest } from "../../src/commands/version-dialog-protocol";
import { inPageVersionDialog } from "../../src/commands/in-page-version-dialog";
import { renderVersionForm } from "../../src/commands/version-form";

const draft = { date: "29/11/2026", number: "3", summary: "Ambito 1 CONTESTO E RETE TERRITORIALE: 1.2" };

function render(request: VersionDialogRequest, locale: "it" | "en" = "it") {
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  const answers: VersionDialogAnswer[] = [];
  renderVersionForm(root, request, locale, (answer) => answers.push(answer));
  return answers;
}

describe("the «Registra versione» form", () => {
  it("shows the proposal, editable, and records it as edited with «Registra»", async () => {
    const answers = render({ kind: "draft", draft });
    const form = screen.getByRole("form", { name: "Registra versione" });
    expect(within(form).getByLabelText("DATA")).toHaveProperty("value", "29/11/2026");
    expect(within(form).getByLabelText("VERSIONE N.")).toHaveProperty("value", "3");
    const summary = within(form).getByLabelText("AMBITI E AZIONI OGGETTO DI REVISIONE");
    expect(summary).toHaveProperty("value", draft.summary);
    expect(document.activeElement).toBe(within(form).getByLabelText("DATA"));
    await userEvent.clear(summary);
    await userEvent.type(summary, "Rivisti gli obiettivi ");
    await userEvent.click(screen.getByRole("button", { name: "Registra" }));
    expect(answers).toEqual([{ kind: "record", draft: { ...draft, summary: "Rivisti gli obiettivi" } }]);
  });

  it("names each wrong field, records nothing, and focuses the first one", async () => {
    const answers = render({ kind: "draft", draft });
    const date = screen.getByLabelText("DATA");
    await userEvent.clear(date);
    await userEvent.type(date, "30/02/2026");
    await userEvent.clear(screen.getByLabelText("VERSIONE N."));
    await userEvent.click(screen.getByRole("button", { name: "Registra" }));
    expect(answers).toEqual([]);
    expect(date.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(date.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      "Scrivere una data valida, gg/mm/aaaa.",
    );
    expect(screen.getByText("Il numero di versione è un intero maggiore di zero.")).toBeTruthy();
    expect(document.activeElement).toBe(date);
  });

  it("answers «Annulla» once, and shows why a previous attempt failed", async () => {
    const answers = render({ kind: "draft", draft, error: "La versione non è stata registrata." });
    expect(screen.getByRole("alert").textContent).toBe("La versione non è stata registrata.");
    await userEvent.click(screen.getByRole("button", { name: "Annulla" }));
    await userEvent.click(screen.getByRole("button", { name: "Annulla" }));
    expect(answers).toEqual([{ kind: "cancel" }]);
  });

  it("shows a message alone with a button to close it", async () => {
    const answers = render({ kind: "message", text: "Word non ha completato l'operazione." }, "en");
    expect(screen.getByRole("alert").textContent).toBe("Word non ha completato l'operazione.");
    await userEvent.click(screen.getByRole("button", { name: "Close" }));
    expect(answers).toEqual([{ kind: "cancel" }]);
  });
});

describe("the form as the playground shows it, over the page", () => {
  it("opens a modal dialog on the page, answers, and is gone", async () => {
    document.body.replaceChildren();
    const shown = inPageVersionDialog(document.body, "it").show({ kind: "draft", draft });
    const dialog = screen.getByRole("dialog", { name: "Registra versione" });
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    await userEvent.click(within(dialog).getByRole("button", { name: "Registra" }));
    await expect(shown).resolves.toEqual({ kind: "record", draft });
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});
