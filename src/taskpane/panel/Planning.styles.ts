import { makeStyles, tokens } from "@fluentui/react-components";

/** Twelve month cells share the pane's width; the row's label sits on its own line above them. */
export const usePlanningStyles = makeStyles({
  tabs: {
    marginBottom: tokens.spacingVerticalXS,
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
    paddingTop: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  label: {
    display: "block",
    color: tokens.colorNeutralForeground2,
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
});
