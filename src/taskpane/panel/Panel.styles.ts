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
  /**
   * The number of problems beside «Problemi», drawn as a pill: Fluent's CounterBadge would add its
   * whole badge package to the first screen for one number.
   */
  count: {
    minWidth: "16px",
    height: "16px",
    paddingInline: tokens.spacingHorizontalXS,
    boxSizing: "border-box",
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid transparent`,
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase100,
    backgroundColor: tokens.colorNeutralBackground5,
    color: tokens.colorNeutralForeground1,
  },
  countDanger: {
    backgroundColor: tokens.colorPaletteRedBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  panel: {
    paddingBottom: tokens.spacingVerticalM,
  },
});
