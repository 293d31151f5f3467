/**
 * Entry point of the task pane. The first screen needs no React: it is drawn here with the DOM, and
 * at once two things start side by side: Office's start-up (office.js, then office-js-helpers) and
 * the download of the React shell that replaces this screen (React and Fluent UI, the bulk of the
 * pane's first code), which in turn has the panel prefetched. The shell is drawn once both are
 * there: the pane is usable after the slower of the two, not after their sum.
 */
import { PANEL_NOT_LOADED, PRODUCT_TITLE, RETRY, STARTING, type Startup, startUp } from "./host";

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.textContent = text;
  return made;
}

/** The title and «Avvio in corso…», as the React shell draws them until start-up has settled. */
function drawFirstScreen(container: HTMLElement): HTMLElement {
  const status = element("p", STARTING);
  status.setAttribute("role", "status");
  const main = document.createElement("main");
  main.append(status);
  const header = document.createElement("header");
  header.append(element("h1", PRODUCT_TITLE));
  container.replaceChildren(header, main);
  return main;
}

/**
 * The shell's code could not be downloaded: said in the first screen's own words, with a retry,
 * since without it nothing else can be shown.
 */
function shellNotLoaded(main: HTMLElement, retry: () => void): void {
  const button = element("button", RETRY);
  button.type = "button";
  button.addEventListener("click", retry);
  const message = document.createElement("div");
  message.setAttribute("role", "alert");
  message.append(element("strong", PANEL_NOT_LOADED.title), element("p", PANEL_NOT_LOADED.body), button);
  main.replaceChildren(message);
}

function loadShell(container: HTMLElement, main: HTMLElement, startup: Promise<Startup>): void {
  Promise.all([import(/* webpackChunkName: "shell" */ "./shell"), startup]).then(
    ([{ renderShell }, status]) => renderShell(container, status),
    () =>
      shellNotLoaded(main, () => {
        main.replaceChildren(element("p", STARTING));
        loadShell(container, main, startup);
      }),
  );
}

const container = document.getElementById("root");
if (container === null) throw new Error("taskpane.html has no #root element");
const main = drawFirstScreen(container);
// Started once, before any React, so that Office starts while the shell downloads.
loadShell(container, main, startUp());
