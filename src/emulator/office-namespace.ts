/**
 * The part of the global `Office` namespace an add-in touches besides Word.run: document settings,
 * the selection-changed event, requirement-set checks and the enums they use.
 */
import { NotEmulatedError } from "./errors";
import { isSetSupported, type HostProfile } from "./host-profile";
import { ASYNC_RESULT_STATUS, succeeded, type AsyncCallback } from "./async-result";
import { strictRecord } from "./runtime/strict-proxy";
import type { DocumentSession } from "./session";
import type { EmulatedSettings } from "./settings";

export const EVENT_TYPE = { DocumentSelectionChanged: "documentSelectionChanged" } as const;

export type SelectionChangedEventArgs = {
  readonly type: typeof EVENT_TYPE.DocumentSelectionChanged;
  readonly document: object;
};
export type SelectionChangedHandler = (args: SelectionChangedEventArgs) => void;

type HandlerOptions = { readonly handler?: SelectionChangedHandler; readonly asyncContext?: unknown };

export type EmulatedOffice = {
  readonly context: {
    readonly document: {
      readonly settings: EmulatedSettings;
      addHandlerAsync(
        eventType: string,
        handler: SelectionChangedHandler,
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

function assertSelectionEvent(eventType: string, member: string): void {
  if (eventType !== EVENT_TYPE.DocumentSelectionChanged)
    throw new NotEmulatedError(`Office.context.document.${member}("${eventType}")`);
}

export function createOffice(
  session: DocumentSession,
  profile: HostProfile,
  settings: EmulatedSettings,
): EmulatedOffice {
  const subscriptions = new Map<SelectionChangedHandler, () => void>();
  const document: EmulatedOffice["context"]["document"] = {
    settings: strictRecord("Settings", { ...settings }) as EmulatedSettings,
    addHandlerAsync(eventType, handler, optionsOrCallback, callback) {
      assertSelectionEvent(eventType, "addHandlerAsync");
      if (!subscriptions.has(handler)) {
        // Office raises events asynchronously, after the change that caused them.
        const unsubscribe = session.onSelectionChanged(() =>
          queueMicrotask(() =>
            handler({ type: EVENT_TYPE.DocumentSelectionChanged, document: documentProxy }),
          ),
        );
        subscriptions.set(handler, unsubscribe);
      }
      const cb = callbackOf(optionsOrCallback, callback);
      queueMicrotask(() => cb?.(succeeded(undefined, undefined)));
    },
    removeHandlerAsync(eventType, optionsOrCallback, callback) {
      assertSelectionEvent(eventType, "removeHandlerAsync");
      const only = typeof optionsOrCallback === "object" ? optionsOrCallback.handler : undefined;
      for (const [handler, unsubscribe] of [...subscriptions]) {
        if (only && handler !== only) continue;
        unsubscribe();
        subscriptions.delete(handler);
      }
      const cb = callbackOf(optionsOrCallback, callback);
      queueMicrotask(() => cb?.(succeeded(undefined, undefined)));
    },
  };
  const documentProxy = strictRecord("Office.Document", document);
  const requirements = strictRecord("RequirementSetSupport", {
    isSetSupported: (name: string, minVersion?: string | number) => isSetSupported(profile, name, minVersion),
  }) as EmulatedOffice["context"]["requirements"];
  const context = strictRecord("Office.Context", { document: documentProxy, requirements });
  return strictRecord("Office", {
    context,
    EventType: strictRecord("Office.EventType", EVENT_TYPE),
    AsyncResultStatus: strictRecord("Office.AsyncResultStatus", ASYNC_RESULT_STATUS),
  }) as EmulatedOffice;
}
