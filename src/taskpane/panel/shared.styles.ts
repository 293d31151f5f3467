import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles several parts of the panel share. */
export const useSharedStyles = makeStyles({
  /** Read by screen readers, not shown: full names of controls whose context is visible around them. */
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0, 0, 0, 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
  sectionBody: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  groupTitle: {
    color: tokens.colorNeutralForeground2,
    marginTop: tokens.spacingVerticalS,
  },
  /** A row's «non salvato» mark, over the end of its label: appearing never re-wraps the label or moves a control. */
  rowStatus: {
    position: "absolute",
    top: 0,
    right: 0,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteDarkOrangeForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
  /** A list of messages (problems, refusals), one per line. */
  messageList: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});
