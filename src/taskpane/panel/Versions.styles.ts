import { makeStyles, tokens } from "@fluentui/react-components";

export const useVersionsStyles = makeStyles({
  table: {
    tableLayout: "auto",
  },
  narrow: {
    width: "1%",
    whiteSpace: "nowrap",
  },
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  actions: {
    display: "flex",
  },
});
