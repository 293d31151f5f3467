/**
 * Office's theme as the pane reads it, from an `Office` namespace: in Word from the global, in the
 * playground from the emulator's, so the playground's theme switch runs the code Word runs.
 *
 * - `Office.context.officeTheme` is documented for Word on the web, Windows, Mac and iPad, and as not
 *   available on Android (https://learn.microsoft.com/en-us/javascript/api/office/office.officetheme);
 *   it has also been seen undefined in Word on the web (office-js #3410, #3732). Absent, the pane
 *   stays light.
 * - A theme change: Office documents `Office.EventType.OfficeThemeChanged` only for Outlook, through
 *   `Office.context.mailbox.addHandlerAsync`, from Mailbox 1.14
 *   (https://learn.microsoft.com/en-us/javascript/api/office/office.eventtype); its `DocumentThemeChanged`
 *   is not a public event type at all. Assumption: a Word that raises the same event does so through
 *   `Office.context.document.addHandlerAsync`; the pane asks there only when the namespace names the
 *   event, and a refusal (a failed result or a thrown error) leaves it with the theme it read.
 * - The event's own `officeTheme` is preferred over re-reading the context, which Outlook on the
 *   desktop still reports stale inside the handler (office-js #6348).
 * - Assumption: where no event comes, a host may still update `officeTheme` in place; the pane reads
 *   it again when its window regains focus, which costs one property read (Excel has been seen not to
 *   update it at all, office-js #713: then nothing changes).
 */

/** Office's four theme colours, as "#RRGGBB". */
export type OfficeColours = {
  readonly bodyBackground: string;
  readonly bodyForeground: string;
  readonly controlBackground: string;
  readonly controlForeground: string;
};

export type OfficeThemeSource = {
  /** Office's colours now, or undefined where the host gives none. */
  readonly colours: () => OfficeColours | undefined;
  /** Calls `changed` whenever Office's theme may have changed; returns what stops it. */
  readonly watch: (changed: () => void) => () => void;
};

/** The members of `Office.OfficeTheme` the pane reads. */
type OfficeThemeColours = {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly controlBackgroundColor: string;
  readonly controlForegroundColor: string;
};

type AsyncOutcome = { readonly status: unknown };

/** The members of the `Office` namespace the theme touches; `Event` is its event-type enum. */
export type OfficeThemeNamespace<Event> = {
  readonly context: {
    readonly officeTheme?: OfficeThemeColours | undefined;
    readonly document: {
      addHandlerAsync(
        eventType: Event,
        handler: (args: unknown) => void,
        callback: (result: AsyncOutcome) => void,
      ): void;
      removeHandlerAsync(eventType: Event, options: { handler: (args: unknown) => void }): void;
    };
  };
  readonly EventType: { readonly OfficeThemeChanged?: Event };
  readonly AsyncResultStatus: { readonly Succeeded: unknown };
};

function coloursOf(theme: OfficeThemeColours | undefined): OfficeColours | undefined {
  if (theme === undefined || theme === null || typeof theme.bodyBackgroundColor !== "string")
    return undefined;
  return {
    bodyBackground: theme.bodyBackgroundColor,
    bodyForeground: theme.bodyForegroundColor,
    controlBackground: theme.controlBackgroundColor,
    controlForeground: theme.controlForegroundColor,
  };
}

function themeInEvent(args: unknown): OfficeThemeColours | undefined {
  if (typeof args !== "object" || args === null || !("officeTheme" in args)) return undefined;
  return (args as { readonly officeTheme?: OfficeThemeColours }).officeTheme;
}

const sameColours = (a: OfficeColours | undefined, b: OfficeColours | undefined): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/** Office's theme through `Office`; only valid once Office.onReady has settled. */
export function officeThemeSource<Event>(Office: OfficeThemeNamespace<Event>): OfficeThemeSource {
  const fromContext = () => coloursOf(Office.context.officeTheme);
  let lastRead = fromContext();
  let current = lastRead;
  return {
    colours: () => current,
    watch: (changed) => {
      const onFocus = () => {
        const now = fromContext();
        // Only a change of the context itself counts: a stale context must not undo an event's theme.
        if (sameColours(now, lastRead)) return;
        lastRead = now;
        current = now;
        changed();
      };
      window.addEventListener("focus", onFocus);
      const event = Office.EventType.OfficeThemeChanged;
      const handler = (args: unknown) => {
        current = coloursOf(themeInEvent(args)) ?? fromContext();
        changed();
      };
      let state: "asking" | "subscribed" | "refused" | "stopped" = "refused";
      const remove = () => {
        if (event !== undefined) Office.context.document.removeHandlerAsync(event, { handler });
      };
      if (event !== undefined) {
        state = "asking";
        try {
          Office.context.document.addHandlerAsync(event, handler, (result) => {
            const succeeded = result.status === Office.AsyncResultStatus.Succeeded;
            if (succeeded && state === "stopped") remove();
            else if (state === "asking") state = succeeded ? "subscribed" : "refused";
          });
        } catch {
          // A host that does not know the event may throw rather than fail: the theme read stays.
          state = "refused";
        }
      }
      return () => {
        window.removeEventListener("focus", onFocus);
        if (state === "subscribed") remove();
        state = "stopped";
      };
    },
  };
}
