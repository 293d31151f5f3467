import { makeStyles, tokens } from "@fluentui/react-components";

export const useServiceLevelsStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXXS,
  },
  yearHeading: {
    color: tokens.colorNeutralForeground3,
    textAlign: "center",
  },
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  select: {
    minWidth: 0,
  },
  pending: {
    opacity: 0.7,
  },
});
