/**
 * How React components reach the panel's state: a provider, a selector hook and the actions. The
 * selector runs on every change of the store; a component re-renders only when what it selected
 * changes (compare by value: select primitives or objects the store keeps, never fresh objects).
 */
import { createContext, useContext, useSyncExternalStore, type ReactNode } from "react";

import { STRINGS, type Locale, type Strings } from "../strings";
import type { PanelState, PanelStore } from "./types";

export type PanelEnvironment = {
  readonly store: PanelStore;
  readonly locale: Locale;
  readonly today: () => Date;
  /**
   * The official template's bytes as base64, for a document that is not the template yet. Absent
   * where the page cannot serve the .docx (the jsdom tests): the offer to insert it is then not shown.
   */
  readonly templateBase64?: () => Promise<string>;
};

const PanelContext = createContext<PanelEnvironment | null>(null);

export function PanelProvider({
  environment,
  children,
}: {
  readonly environment: PanelEnvironment;
  readonly children: ReactNode;
}) {
  return <PanelContext.Provider value={environment}>{children}</PanelContext.Provider>;
}

function useEnvironment(): PanelEnvironment {
  const environment = useContext(PanelContext);
  if (environment === null) throw new Error("The panel's components need a PanelProvider above them");
  return environment;
}

/** A value derived from the panel's state; the component re-renders only when it changes. */
export function usePanelSelector<T>(selector: (state: PanelState) => T): T {
  const { store } = useEnvironment();
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()));
}

/** The store's actions (stable for the panel's lifetime). */
export function usePanelActions(): PanelStore {
  return useEnvironment().store;
}

export function useLocale(): Locale {
  return useEnvironment().locale;
}

export function useStrings(): Strings {
  return STRINGS[useEnvironment().locale];
}

export function useTemplateSource(): (() => Promise<string>) | undefined {
  return useEnvironment().templateBase64;
}

export function useToday(): () => Date {
  return useEnvironment().today;
}
