import { makeStyles, tokens } from "@fluentui/react-components";

export const usePanelStyles = makeStyles({
  /**
   * Office's theme, over the page's own padding (the pane is mounted inside a light provider with
   * padding): the themed background reaches the pane's edges.
   */
  theme: {
    margin: `calc(-1 * ${tokens.spacingHorizontalM})`,
    padding: tokens.spacingHorizontalM,
    minHeight: "100%",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  headerContent: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  panel: {
    paddingBottom: tokens.spacingVerticalM,
  },
});
