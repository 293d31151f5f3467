/**
 * The part of the global `Office` namespace an add-in touches besides Word.run: document settings,
 * the selection-changed and theme-changed events, Office's theme colours, requirement-set checks
 * and the enums they use.
 */
import { NotEmulatedError } from "./errors";
import { isSetSupported, type HostProfile } from "./host-profile";
import { ASYNC_RESULT_STATUS, succeeded, type AsyncCallback } from "./async-result";
import { strictProxy, strictRecord } from "./runtime/strict-proxy";
import {
  type EmulatedOfficeTheme,
  OFFICE_THEME_CHANGED,
  type OfficeThemeChangedEventArgs,
  type OfficeThemeColours,
} from "./office-theme";
import type { DocumentSession } from "./session";
import type { EmulatedSettings } from "./settings";

/**
 * The emulator assumes Word raises OfficeThemeChanged through `Office.context.document`, like the
 * selection event; Office documents it only for Outlook's mailbox (Mailbox 1.14).
 */
export const EVENT_TYPE = {
  DocumentSelectionChanged: "documentSelectionChanged",
  OfficeThemeChanged: OFFICE_THEME_CHANGED,
} as const;

export type SelectionChangedEventArgs = {
  readonly type: typeof EVENT_TYPE.DocumentSelectionChanged;
  readonly document: object;
};
export type SelectionChangedHandler = (args: SelectionChangedEventArgs) => void;
export type OfficeThemeChangedHandler = (args: OfficeThemeChangedEventArgs) => void;
type Handler = SelectionChangedHandler | OfficeThemeChangedHandler;

type HandlerOptions = { readonly handler?: Handler; readonly asyncContext?: unknown };

export type EmulatedOffice = {
  readonly context: {
    readonly document: {
      readonly settings: EmulatedSettings;
      addHandlerAsync(
        eventType: typeof EVENT_TYPE.DocumentSelectionChanged,
        handler: SelectionChangedHandler,
        optionsOrCallback?: HandlerOptions | AsyncCallback<void>,
        callback?: AsyncCallback<void>,
      ): void;
      addHandlerAsync(
        eventType: typeof EVENT_TYPE.OfficeThemeChanged,
        handler: OfficeThemeChangedHandler,
        optionsOrCallback?: HandlerOptions | AsyncCallback<void>,
        callback?: AsyncCallback<void>,
      ): void;
      addHandlerAsync(
        eventType: string,
        handler: Handler,
        optionsOrCallback?: HandlerOptions | AsyncCallback<void>,
        callback?: AsyncCallback<void>,
      ): void;
      removeHandlerAsync(
        eventType: string,
        optionsOrCallback?: HandlerOptions | AsyncCallback<void>,
        callback?: AsyncCallback<void>,
      ): void;
    };
    readonly requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    /** Read again each time: the page emulating Office may switch its theme. */
    readonly officeTheme: OfficeThemeColours;
  };
  readonly EventType: typeof EVENT_TYPE;
  readonly AsyncResultStatus: typeof ASYNC_RESULT_STATUS;
};

function callbackOf(
  optionsOrCallback: unknown,
  callback: AsyncCallback<void> | undefined,
): AsyncCallback<void> | undefined {
  return typeof optionsOrCallback === "function" ? (optionsOrCallback as AsyncCallback<void>) : callback;
}

type EventName = (typeof EVENT_TYPE)[keyof typeof EVENT_TYPE];

function assertKnownEvent(eventType: string, member: string): EventName {
  if (eventType !== EVENT_TYPE.DocumentSelectionChanged && eventType !== EVENT_TYPE.OfficeThemeChanged)
    throw new NotEmulatedError(`Office.context.document.${member}("${eventType}")`);
  return eventType;
}

export function createOffice(
  session: DocumentSession,
  profile: HostProfile,
  settings: EmulatedSettings,
  theme: EmulatedOfficeTheme,
): EmulatedOffice {
  const subscriptions: Record<EventName, Map<Handler, () => void>> = {
    [EVENT_TYPE.DocumentSelectionChanged]: new Map(),
    [EVENT_TYPE.OfficeThemeChanged]: new Map(),
  };
  // Office raises events asynchronously, after the change that caused them.
  const listen = (eventType: EventName, handler: Handler): (() => void) =>
    eventType === EVENT_TYPE.DocumentSelectionChanged
      ? session.onSelectionChanged(() =>
          queueMicrotask(() =>
            (handler as SelectionChangedHandler)({
              type: EVENT_TYPE.DocumentSelectionChanged,
              document: documentProxy,
            }),
          ),
        )
      : theme.onChanged((officeTheme) =>
          queueMicrotask(() =>
            (handler as OfficeThemeChangedHandler)({ type: EVENT_TYPE.OfficeThemeChanged, officeTheme }),
          ),
        );
  const document: EmulatedOffice["context"]["document"] = {
    settings: strictRecord("Settings", { ...settings }) as EmulatedSettings,
    addHandlerAsync(
      eventType: string,
      handler: Handler,
      optionsOrCallback?: HandlerOptions | AsyncCallback<void>,
      callback?: AsyncCallback<void>,
    ) {
      const handlers = subscriptions[assertKnownEvent(eventType, "addHandlerAsync")];
      if (!handlers.has(handler)) handlers.set(handler, listen(eventType as EventName, handler));
      const cb = callbackOf(optionsOrCallback, callback);
      queueMicrotask(() => cb?.(succeeded(undefined, undefined)));
    },
    removeHandlerAsync(eventType, optionsOrCallback, callback) {
      const handlers = subscriptions[assertKnownEvent(eventType, "removeHandlerAsync")];
      const only = typeof optionsOrCallback === "object" ? optionsOrCallback.handler : undefined;
      for (const [handler, unsubscribe] of [...handlers]) {
        if (only && handler !== only) continue;
        unsubscribe();
        handlers.delete(handler);
      }
      const cb = callbackOf(optionsOrCallback, callback);
      queueMicrotask(() => cb?.(succeeded(undefined, undefined)));
    },
  };
  const documentProxy = strictRecord("Office.Document", document);
  const requirements = strictRecord("RequirementSetSupport", {
    isSetSupported: (name: string, minVersion?: string | number) => isSetSupported(profile, name, minVersion),
  }) as EmulatedOffice["context"]["requirements"];
  const context = strictProxy(
    "Office.Context",
    (name) => {
      if (name === "document") return { value: documentProxy };
      if (name === "requirements") return { value: requirements };
      if (name === "officeTheme") return { value: strictRecord("Office.OfficeTheme", theme.colours) };
      return undefined;
    },
    (name) => (["document", "requirements", "officeTheme"].includes(name) ? "read-only" : "unknown"),
  );
  return strictRecord("Office", {
    context,
    EventType: strictRecord("Office.EventType", EVENT_TYPE),
    AsyncResultStatus: strictRecord("Office.AsyncResultStatus", ASYNC_RESULT_STATUS),
  }) as EmulatedOffice;
}
