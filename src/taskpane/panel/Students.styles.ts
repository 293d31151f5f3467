import { makeStyles, tokens } from "@fluentui/react-components";

export const useStudentsStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: "start",
  },
  columnHeading: {
    color: tokens.colorNeutralForeground3,
    textAlign: "center",
  },
  rowHeading: {
    gridColumn: "1 / -1",
    marginBottom: `calc(-1 * ${tokens.spacingVerticalXS})`,
  },
  input: {
    minWidth: 0,
    width: "100%",
  },
  /** Room for two lines of messages, kept whether or not one shows: one message at 270 px fits. */
  messages: {
    minHeight: `calc(2 * ${tokens.lineHeightBase200})`,
    display: "flex",
    flexDirection: "column",
  },
  message: {
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  error: {
    color: tokens.colorPaletteRedForeground1,
  },
});
