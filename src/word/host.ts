/**
 * What the document layer needs from Office: a way to run a batch against Word and the document's
 * add-in settings. In Word these are the globals; in tests and the playground, the emulator's.
 */
export type WordHost = {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  readonly settings: Pick<Office.Settings, "get" | "set" | "remove">;
  /** Persists the settings into the document (Office's `saveAsync`); rejects when the host did not. */
  saveSettings(): Promise<void>;
  /**
   * Calls `listener` whenever the selection moves in the document, Office's only event on every
   * client (DocumentSelectionChanged): a hint that the document may have changed, never the truth.
   */
  watchSelection(listener: () => void): () => void;
};

/** The real host: only valid after Office.onReady in a Word task pane. */
export function officeWordHost(): WordHost {
  const settings = Office.context.document.settings;
  const document = Office.context.document;
  return {
    run: (batch) => Word.run((context) => batch(context)),
    settings,
    saveSettings: () =>
      new Promise((resolve, reject) =>
        settings.saveAsync((result) =>
          result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error),
        ),
      ),
    watchSelection: (listener) => {
      const handler = () => listener();
      document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler);
      return () => document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler });
    },
  };
}
