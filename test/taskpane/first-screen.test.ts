/**
 * @jest-environment jsdom
 */
import "../support/dom";

import { waitFor } from "@testing-library/react";

import { PANEL_NOT_LOADED, PRODUCT_TITLE, RETRY, STARTING } from "../../src/taskpane/host";

/** What the shell chunk does in this test: arrive (a stand-in that records the call) or fail to download. */
let shellArrives = true;
const renderShell = jest.fn();
jest.mock("../../src/taskpane/shell", () => {
  if (!shellArrives)
    throw Object.assign(new Error("Loading chunk shell failed."), { name: "ChunkLoadError" });
  return { renderShell };
});

/** Runs the entry point afresh on a page with an empty #root, as taskpane.html gives it. */
async function startEntry(): Promise<HTMLElement> {
  document.body.innerHTML = '<div id="root"></div>';
  await import("../../src/taskpane/index");
  const root = document.getElementById("root");
  if (root === null) throw new Error("no #root");
  return root;
}

beforeEach(() => {
  // The mocked shell is evaluated again on the next fetch: a download that failed can succeed.
  jest.resetModules();
  renderShell.mockClear();
  shellArrives = true;
});

describe("the pane's first screen", () => {
  it("is drawn before any React, with the title and «Avvio in corso…», and the shell then gets the settled start-up", async () => {
    const root = await startEntry();
    expect(root.querySelector("h1")?.textContent).toBe(PRODUCT_TITLE);
    expect(root.querySelector("main [role=status]")?.textContent).toBe(STARTING);
    expect(renderShell).not.toHaveBeenCalled();
    // No office.js on this page: start-up settles as "no-office", and the shell gets that, not a promise.
    await waitFor(() => expect(renderShell).toHaveBeenCalledWith(root, { kind: "no-office" }));
  });

  it("says so when the shell cannot be downloaded, and «Riprova» fetches it again", async () => {
    shellArrives = false;
    const root = await startEntry();
    await waitFor(() =>
      expect(root.querySelector("[role=alert]")?.textContent).toContain(PANEL_NOT_LOADED.title),
    );
    expect(renderShell).not.toHaveBeenCalled();
    shellArrives = true;
    jest.resetModules();
    const retry = [...root.querySelectorAll("button")].find((button) => button.textContent === RETRY);
    retry?.click();
    expect(root.querySelector("main")?.textContent).toBe(STARTING);
    await waitFor(() => expect(renderShell).toHaveBeenCalledWith(root, { kind: "no-office" }));
  });
});
