/**
 * `Document.changeTrackingMode` (WordApi 1.4, learn.microsoft.com "Word.ChangeTrackingMode"):
 * "Off", "TrackAll" or "TrackMineOnly". In the file, Track Changes is `w:trackRevisions` in
 * `word/settings.xml` (ECMA-376 Part 1, 17.15.1.89); the file cannot say "mine only", so the
 * emulator reads "TrackAll" whenever the element is there (an assumption).
 */
import { NS } from "../docx/namespaces";
import { PART } from "../docx/paths";
import type { DocxPackage } from "../docx/package";
import { createElement, firstChildNamed } from "../docx/xml";

export const CHANGE_TRACKING_MODES = ["Off", "TrackAll", "TrackMineOnly"] as const;
export type ChangeTrackingMode = (typeof CHANGE_TRACKING_MODES)[number];

export function readChangeTrackingMode(pkg: DocxPackage): ChangeTrackingMode {
  if (!pkg.has(PART.settings)) return "Off";
  const root = pkg.xml(PART.settings).documentElement;
  return root && firstChildNamed(root, NS.w, "trackRevisions") ? "TrackAll" : "Off";
}

/** Turns `w:trackRevisions` on or off; a document without settings.xml is not emulated here. */
export function writeChangeTrackingMode(pkg: DocxPackage, mode: ChangeTrackingMode): void {
  if (!pkg.has(PART.settings))
    throw new Error(`${PART.settings} is missing: changeTrackingMode not emulated`);
  const doc = pkg.xml(PART.settings);
  const root = doc.documentElement;
  if (!root) throw new Error(`${PART.settings} has no root`);
  const present = firstChildNamed(root, NS.w, "trackRevisions");
  if (mode === "Off" && present) root.removeChild(present);
  // Schema order puts trackRevisions early in CT_Settings; Word accepts it first.
  if (mode !== "Off" && !present)
    root.insertBefore(createElement(doc, NS.w, "trackRevisions", "w"), root.firstChild);
  pkg.markChanged(PART.settings);
}
