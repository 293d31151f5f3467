/**
 * Entry of playground.html (npm start → https://localhost:3000/playground.html): the template from
 * the dev server, opened in the emulated Word, beside the real panel. No office.js on this page.
 */
import { Playground, isPlaygroundTheme } from "./app";
import { describeError } from "./errors";
import type { Gate } from "../wiring/gate";

declare global {
  interface Window {
    /** The page's gate between the pane and its document, for the browser tests (see ./gate). */
    playgroundGate?: Gate;
  }
}
import { TEMPLATE_NAME, fetchTemplate } from "./template";

async function start(): Promise<void> {
  const root = document.getElementById("root");
  if (root === null) throw new Error("playground.html has no #root element");
  // ?pane=270&theme=black opens the page with the task pane that wide and in that Office theme.
  const query = new URLSearchParams(window.location.search);
  const pane = Number(query.get("pane"));
  const theme = query.get("theme");
  const playground = new Playground(root, {
    paneWidth: Number.isFinite(pane) && pane > 0 ? pane : undefined,
    theme: isPlaygroundTheme(theme) ? theme : undefined,
  });
  window.playgroundGate = playground.gate;
  try {
    await playground.open(await fetchTemplate(), TEMPLATE_NAME);
  } catch (error) {
    playground.showMessage(`Impossibile caricare il modello: ${describeError(error)}`);
  }
}

void start();
