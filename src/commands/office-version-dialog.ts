/**
 * The version dialog in Word: Office's Dialog API (DialogApi 1.1, learn.microsoft.com/javascript/api/office/office.dialog).
 * The request travels in the page's query string; the answer comes back through
 * `Office.context.ui.messageParent` as DialogMessageReceived. Closing the dialog with its own ✕
 * raises DialogEventReceived (12006), which counts as «Annulla».
 */
import type { Locale } from "../plan/messages";
import { type VersionDialog, type VersionDialogAnswer, parseAnswer } from "./version-dialog-protocol";

/** Percent of the window: enough for three fields and a summary of a few lines. */
const SIZE = { height: 60, width: 40 } as const;

export function officeVersionDialog(pageUrl: string, locale: Locale): VersionDialog {
  return {
    show: (request) =>
      new Promise<VersionDialogAnswer>((resolve, reject) => {
        const url = `${pageUrl}?${new URLSearchParams({ request: JSON.stringify(request), locale }).toString()}`;
        // displayInIframe: on the web the dialog is an iframe instead of a pop-up window, which a
        // browser's pop-up blocker could stop; desktop Word ignores the option.
        Office.context.ui.displayDialogAsync(url, { ...SIZE, displayInIframe: true }, (opened) => {
          if (opened.status === Office.AsyncResultStatus.Failed) {
            reject(opened.error);
            return;
          }
          const dialog = opened.value;
          let settled = false;
          const settle = (answer: VersionDialogAnswer) => {
            if (settled) return;
            settled = true;
            dialog.close();
            resolve(answer);
          };
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) =>
            settle("message" in arg ? parseAnswer(arg.message) : { kind: "cancel" }),
          );
          dialog.addEventHandler(Office.EventType.DialogEventReceived, () => settle({ kind: "cancel" }));
        });
      }),
  };
}
