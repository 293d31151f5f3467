import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

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
    // Below about 24 px a column (Word for Mac's 270 px pane) has no room for «MAG» across: its
    // letters stand one under the other instead, upright, as in a narrow table heading.
    [`@container (max-width: ${12 * 24}px)`]: {
      writingMode: "vertical-rl",
      textOrientation: "upright",
      letterSpacing: "-1px",
    },
  },
  header: {
    containerType: "inline-size",
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
  /**
   * A mark that cannot be changed on this host is still a value to read: its box and check at the
   * contrast of a graphical object (WCAG 1.4.11), not Fluent's disabled greys.
   */
  readOnly: {
    color: tokens.colorNeutralForeground2,
    ...shorthands.borderColor(tokens.colorNeutralStrokeAccessible),
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
