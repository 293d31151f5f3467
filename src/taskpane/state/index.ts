/** The panel's state: the one store and the hooks through which components use it. */
export {
  createPanelStore,
  REREAD_DELAY_MS,
  type Outcome,
  type PanelActivity,
  type PanelState,
  type PanelStore,
  type PanelStoreOptions,
  type Timers,
  type WriteResult,
} from "./store";
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
