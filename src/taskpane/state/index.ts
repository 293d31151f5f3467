/** The panel's state: the one store and the hooks through which components use it. */
export { createPanelStore, REREAD_DELAY_MS } from "./store";
export type {
  Outcome,
  PanelActivity,
  PanelState,
  PanelStore,
  PanelStoreOptions,
  Timers,
  WriteResult,
} from "./types";
export {
  PanelProvider,
  useLocale,
  usePanelActions,
  usePanelSelector,
  useStrings,
  useTemplateSource,
  useToday,
  type PanelEnvironment,
} from "./hooks";
