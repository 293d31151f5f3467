/**
 * Track Changes as a reading reports it. With Track Changes on, what the pane writes becomes a
 * tracked insertion over a tracked deletion, and a field's text may include deleted text (office-js
 * #2314 on desktop with revisions shown inline, #1267 on the web): the pane must say so.
 * "unknown": the host has no WordApi 1.4 (`Document.changeTrackingMode`) to ask.
 */
export type ChangeTracking = "off" | "on" | "unknown";

/** From Word.ChangeTrackingMode ("Off", "TrackAll", "TrackMineOnly"; WordApi 1.4). */
export function changeTrackingOf(mode: string | undefined): ChangeTracking {
  if (mode === undefined) return "unknown";
  return mode === "Off" ? "off" : "on";
}

/** What the pane shows when Track Changes is on, Italian first. */
export const CHANGE_TRACKING_MESSAGES = {
  it: {
    title: "Revisioni attive",
    body: "Il documento registra le revisioni: ogni valore scritto dal riquadro compare come modifica da accettare, e un testo cancellato ma non ancora accettato può essere letto come parte del campo. Accetta o rifiuta le revisioni prima di compilare dal riquadro.",
  },
  en: {
    title: "Track Changes is on",
    body: "The document tracks changes: every value the pane writes appears as a change to accept, and text deleted but not yet accepted may be read as part of the field. Accept or reject the changes before filling the plan from the pane.",
  },
} as const;
