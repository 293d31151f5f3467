/** The panel the playground mounts: the product's own, and the title Word shows above a task pane. */
export { mountPanel } from "../taskpane/mount";
export { OFFICE_THEME_ATTRIBUTE, type PaneTheme } from "../taskpane/theme";
import { STRINGS } from "../taskpane/strings";

export const PANE_TITLE = STRINGS.it.panelLabel;
