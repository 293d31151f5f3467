import { makeStyles, tokens } from "@fluentui/react-components";

export const usePanelStyles = makeStyles({
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
