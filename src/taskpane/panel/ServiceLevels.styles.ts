import { makeStyles, tokens } from "@fluentui/react-components";

/** Each year on its own line, its label beside its dropdown: no heading to scroll away from. */
export const useServiceLevelsStyles = makeStyles({
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  years: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: "center",
  },
  year: {
    display: "contents",
  },
  yearLabel: {
    color: tokens.colorNeutralForeground3,
    fontVariantNumeric: "tabular-nums",
  },
  dropdown: {
    minWidth: 0,
    width: "100%",
  },
  pending: {
    opacity: 0.7,
  },
  /**
   * A level that cannot be changed on this host is still a value to read: drawn at the contrast of
   * text (WCAG 1.4.3), not Fluent's disabled grey (1.9:1).
   */
  readOnlyValue: {
    color: tokens.colorNeutralForeground2,
  },
  readOnlyReminder: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  unreadable: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
  },
});
