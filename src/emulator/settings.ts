/**
 * `Office.context.document.settings` (common API "Settings"). An in-memory bag loaded from the
 * document when it opens; `saveAsync` writes the bag into the document. Microsoft's docs: "The
 * developer is responsible for calling the saveAsync method after adding or deleting settings to
 * save the settings in the document" (Office.Settings interface).
 */
import type { DocxPackage } from "../docx/package";
import { readSettings, writeSettings, type AddinReference } from "./webextension-part";
import { failed, succeeded, type AsyncCallback } from "./async-result";

export type EmulatedSettings = {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(
    optionsOrCallback?: { asyncContext?: unknown } | AsyncCallback<void>,
    callback?: AsyncCallback<void>,
  ): void;
  refreshAsync(callback?: AsyncCallback<EmulatedSettings>): void;
};

function copyOf(value: unknown): unknown {
  // Settings are serialized as JSON in the document; keep only what survives that.
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

export function createSettings(pkg: DocxPackage, addin: AddinReference): EmulatedSettings {
  let bag = readSettings(pkg, addin);
  const settings: EmulatedSettings = {
    get: (name) => (bag.has(name) ? bag.get(name) : null),
    set: (name, value) => {
      bag.set(name, copyOf(value));
    },
    remove: (name) => {
      bag.delete(name);
    },
    saveAsync: (optionsOrCallback, callback) => {
      const cb = typeof optionsOrCallback === "function" ? optionsOrCallback : callback;
      const asyncContext = typeof optionsOrCallback === "object" ? optionsOrCallback.asyncContext : undefined;
      queueMicrotask(() => {
        try {
          writeSettings(pkg, addin, bag);
          cb?.(succeeded(undefined, asyncContext));
        } catch (e) {
          cb?.(failed(e, asyncContext));
        }
      });
    },
    refreshAsync: (callback) => {
      queueMicrotask(() => {
        bag = readSettings(pkg, addin);
        callback?.(succeeded(settings, undefined));
      });
    },
  };
  return settings;
}
