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
  rowHeader: {
    position: "relative",
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
  unreadable: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
  },
});
