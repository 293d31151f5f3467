import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * The message area stays at the bottom of the pane's view (sticky) and always takes the height of a
 * one-line message, shown or not. It comes after everything in the page's flow, so no message ever
 * pushes a control: a one-line notice fills the space kept for it, and a longer one grows upward
 * over the content, where the tutor can close it.
 */
export const useResultBarStyles = makeStyles({
  region: {
    position: "sticky",
    bottom: 0,
    zIndex: 2,
    minHeight: "44px",
    maxHeight: "50vh",
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
    justifyContent: "flex-end",
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
});
