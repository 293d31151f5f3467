/**
 * The ribbon's «Registra versione» in the playground: a toolbar button that runs the ribbon's very
 * handler (recordVersionFromRibbon), with the version form drawn over the page instead of Office's
 * dialog, over its own document layer on the same emulated Word, as the function file has its own
 * runtime beside the pane's.
 */
import { inPageVersionDialog } from "../commands/in-page-version-dialog";
import { type RecordVersionOutcome, recordVersionFromRibbon } from "../commands/record-version-command";
import type { EmulatedWord } from "../emulator";
import type { Locale } from "../plan/messages";
import { emulatedWordHost } from "../wiring/emulated-host";
import { type HintScope, type PlanDocument, wordPlanDocument } from "../word/port";
import { type DocumentObserver, observedPlanDocument } from "./observed-document";

export const RIBBON_BUTTON_LABEL = "Registra versione (barra multifunzione)";

/**
 * Word tells the pane nothing when the ribbon's function file writes: the pane sees the new row on
 * its next read (a change hint, regaining focus). In the playground the toolbar and the pane share
 * one window, so the pane never regains focus; the page gives the pane the change hint instead,
 * the same one a selection change in the document gives.
 */
export type PaneHints = {
  /** The pane's document, which also hears the page's hints. */
  attach(document: PlanDocument): PlanDocument;
  notify(): void;
};

export function paneHints(): PaneHints {
  const listeners = new Set<(scope: HintScope) => void>();
  return {
    attach: (document) => ({
      ...document,
      onDocumentMayHaveChanged(listener) {
        const stopWord = document.onDocumentMayHaveChanged(listener);
        listeners.add(listener);
        return () => {
          stopWord();
          listeners.delete(listener);
        };
      },
    }),
    notify: () => listeners.forEach((listener) => listener("anywhere")),
  };
}

export type RibbonPage = DocumentObserver & {
  /** Where the dialog is drawn. */
  readonly dialogHost: HTMLElement;
  readonly locale: Locale;
};

/** One click of the ribbon button over `word`; the pane hears of a recorded row through `hints`. */
export async function recordVersionLikeTheRibbon(
  word: EmulatedWord,
  page: RibbonPage,
  hints: PaneHints,
): Promise<RecordVersionOutcome> {
  const outcome = await recordVersionFromRibbon({
    document: observedPlanDocument(wordPlanDocument(emulatedWordHost(word)), page),
    dialog: inPageVersionDialog(page.dialogHost, page.locale),
    today: () => new Date(),
    locale: page.locale,
  });
  if (outcome.kind === "recorded") hints.notify();
  return outcome;
}
