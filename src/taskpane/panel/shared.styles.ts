import { makeStyles, tokens } from "@fluentui/react-components";

/** A row's «non salvato» mark as it is laid out, seen or kept room for. */
const STATUS_BOX = {
  display: "inline-block",
  marginLeft: tokens.spacingHorizontalXS,
  fontSize: tokens.fontSizeBase200,
  lineHeight: tokens.lineHeightBase200,
  fontWeight: tokens.fontWeightSemibold,
  whiteSpace: "nowrap",
} as const;

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
  /**
   * A row's «non salvato» mark, at the end of its name. While the row is saved the same words take
   * the same room, unseen (`data-status` on the name): the mark appearing re-wraps nothing, covers
   * nothing and moves no control.
   */
  rowStatus: {
    ...STATUS_BOX,
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  statusRoom: {
    "::after": {
      ...STATUS_BOX,
      content: "attr(data-status)",
      visibility: "hidden",
    },
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
