import type { EmulatedWord } from "../emulator";
import type { WordHost } from "../word/host";

/** The document layer's host over the emulator: the same adapter code runs in Word and here. */
export function emulatedWordHost(word: EmulatedWord): WordHost {
  const document = word.Office.context.document;
  const settings = document.settings;
  return {
    run: (batch) => word.Word.run(batch),
    settings,
    saveSettings: () =>
      new Promise((resolve, reject) =>
        settings.saveAsync((result) =>
          result.status === word.Office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error),
        ),
      ),
    watchSelection: (listener) => {
      const handler = () => listener();
      document.addHandlerAsync(word.Office.EventType.DocumentSelectionChanged, handler);
      return () => document.removeHandlerAsync(word.Office.EventType.DocumentSelectionChanged, { handler });
    },
  };
}
