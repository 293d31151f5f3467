/**
 * The version dialog drawn inside a page, for the playground: the same form as Word's dialog, over
 * the page, so the playground's «Registra versione» button runs the ribbon's very handler
 * (recordVersionFromRibbon) with this in place of Office's Dialog API.
 */
import type { Locale } from "../plan/messages";
import type { VersionDialog } from "./version-dialog-protocol";
import { renderVersionForm } from "./version-form";

export function inPageVersionDialog(host: HTMLElement, locale: Locale): VersionDialog {
  return {
    show: (request) =>
      new Promise((resolve) => {
        const overlay = host.ownerDocument.createElement("div");
        overlay.setAttribute("role", "dialog");
        overlay.setAttribute("aria-modal", "true");
        overlay.setAttribute("aria-labelledby", "pgs-version-title");
        overlay.className = "pgs-version-dialog";
        host.append(overlay);
        renderVersionForm(overlay, request, locale, (answer) => {
          overlay.remove();
          resolve(answer);
        });
      }),
  };
}
