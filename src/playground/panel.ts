/** The panel the playground mounts: the product's own, and the title Word shows above a task pane. */
export { mountPanel } from "../taskpane/mount";
export { FORCED_COLORS_ATTRIBUTE } from "../taskpane/theme";
export { officeThemeSource } from "../taskpane/office-theme";
import { STRINGS } from "../taskpane/strings";

export const PANE_TITLE = STRINGS.it.panelLabel;
