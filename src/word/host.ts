/**
 * What the document layer needs from Office: a way to run a batch against Word, the document's
 * add-in settings, the selection event and the requirement sets. `wordHostOf` builds it from a
 * `Word` and an `Office` namespace: in Word from the globals, in tests and the playground from the
 * emulator's. One factory, so the code Word runs is the code the tests run.
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
  /** Office's requirement-set check, for members newer than the WordApi 1.3 the manifest asks for. */
  isSetSupported(name: string, minVersion: string): boolean;
};

type AsyncOutcome = { readonly status: unknown; readonly error?: unknown };

/** The members of the `Office` namespace the document layer touches; `Event` is its event-type enum. */
export type OfficeNamespace<Event> = {
  readonly context: {
    readonly document: {
      readonly settings: Pick<Office.Settings, "get" | "set" | "remove"> & {
        saveAsync(callback: (result: AsyncOutcome) => void): void;
      };
      addHandlerAsync(eventType: Event, handler: () => void): void;
      removeHandlerAsync(eventType: Event, options: { handler: () => void }): void;
    };
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
  readonly EventType: { readonly DocumentSelectionChanged: Event };
  readonly AsyncResultStatus: { readonly Succeeded: unknown };
};

/** The members of the `Word` namespace the document layer touches. */
export type WordNamespace = {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
};

export function wordHostOf<Event>({
  Word,
  Office,
}: {
  readonly Word: WordNamespace;
  readonly Office: OfficeNamespace<Event>;
}): WordHost {
  const document = Office.context.document;
  const settings = document.settings;
  const selectionChanged = Office.EventType.DocumentSelectionChanged;
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
      document.addHandlerAsync(selectionChanged, handler);
      return () => document.removeHandlerAsync(selectionChanged, { handler });
    },
    isSetSupported: (name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion),
  };
}

/** The real host: only valid after Office.onReady in a Word task pane. */
export function officeWordHost(): WordHost {
  return wordHostOf({ Word, Office });
}
