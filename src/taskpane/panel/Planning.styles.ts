import { makeStyles, tokens } from "@fluentui/react-components";

/** Twelve month cells share the pane's width; the row's label sits on its own line above them. */
export const usePlanningStyles = makeStyles({
  tabs: {
    marginBottom: tokens.spacingVerticalXS,
  },
  copies: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  grid: {
    display: "flex",
    flexDirection: "column",
  },
  months: {
    display: "grid",
    gridTemplateColumns: "repeat(12, minmax(0, 1fr))",
    justifyItems: "center",
  },
  monthHeading: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
  },
  header: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    paddingBottom: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: {
    display: "grid",
    gridTemplateColumns: "repeat(12, minmax(0, 1fr))",
    justifyItems: "center",
    paddingTop: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  rowHeader: {
    gridColumn: "1 / -1",
    justifySelf: "stretch",
    position: "relative",
  },
  label: {
    display: "block",
    color: tokens.colorNeutralForeground2,
  },
  cell: {
    display: "flex",
    justifyContent: "center",
  },
  checkbox: {
    // The pane is ~300 px wide: the indicator alone, without Fluent's default padding around it.
    alignItems: "center",
  },
  indicator: {
    margin: tokens.spacingVerticalXXS,
  },
  pending: {
    opacity: 0.6,
  },
  /** A mark holding text that is not a mark («sì»): visible in place, not an empty box. */
  unreadable: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    borderRadius: tokens.borderRadiusSmall,
  },
});
