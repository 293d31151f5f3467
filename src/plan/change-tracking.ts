/**
 * Track Changes as a reading reports it. With Track Changes on, what the pane writes becomes a
 * tracked insertion over a tracked deletion, and a field's text may include deleted text (office-js
 * #2314 on desktop with revisions shown inline, #1267 on the web): the pane says so (trackChangesNotice in src/taskpane/strings.ts).
 * "unknown": the host has no WordApi 1.4 (`Document.changeTrackingMode`) to ask.
 */
export type ChangeTracking = "off" | "on" | "unknown";

/** From Word.ChangeTrackingMode ("Off", "TrackAll", "TrackMineOnly"; WordApi 1.4). */
export function changeTrackingOf(mode: string | undefined): ChangeTracking {
  if (mode === undefined) return "unknown";
  return mode === "Off" ? "off" : "on";
}
