/**
 * Which Word the emulator pretends to be. Chosen once, at open. Each profile is data: the
 * requirement sets it has, the quirks it reproduces, and the text of its refusals, each with its
 * source.
 *
 * - "desktop": Word for Windows / Mac with a Microsoft 365 subscription: WordApi 1.1–1.9.
 * - "web": Word on the web as today's documentation describes it: WordApi 1.1–1.9 (the
 *   requirement-set tables of learn.microsoft.com, "Word JavaScript API requirement sets"), no
 *   documented trouble with controls in tables, and today's refusal text (office-js #2241, #5732,
 *   #6865); tracked deletions in `.text`, as add-in authors still report it (#5286).
 * - "web-stress": not one real Word but a stress profile combining what add-in authors met on
 *   Word on the web between 2017 and 2021: WordApi 1.1–1.3 only (newer members fail with
 *   ApiNotFound), controls in table cells missing from `contentControls` (office-js #2040), inline
 *   controls read-only (office-js #191), and deleted text of tracked changes in `.text` (#1267).
 *   The add-in must survive all of these at once.
 */
import { WEB_REFUSAL_2017, WEB_REFUSAL_TODAY, type SourcedText } from "./errors";

export type HostProfile = "desktop" | "web" | "web-stress";

export const HOST_PROFILES: readonly HostProfile[] = ["desktop", "web", "web-stress"];

type RequirementSets = Readonly<Record<string, string>>;

/** What a profile changes in the emulator's behaviour. */
export type HostQuirks = {
  /** office-js #2040: controls inside table cells are not listed by content-control collections. */
  readonly hidesControlsInTables: boolean;
  /** office-js #191: edits of inline (run-level) controls fail at sync with NotAllowed. */
  readonly inlineControlsReadOnly: boolean;
  /**
   * Deleted text of tracked changes (`w:delText`) appears in `ContentControl.text`: office-js #2314
   * (desktop, "All Markup" with revisions shown inline), #1267 and #5286 (Word on the web, 2020 and
   * 2025). Off on "desktop": the emulator assumes the default view, which hides deletions. The emulator
   * assumes the view is the same for every text it reports (cells, paragraphs and body too): the
   * session's TextView, src/docx/word-text.ts.
   */
  readonly showsDeletedText: boolean;
  /**
   * How `Table.values` shapes a row with merged cells: one value per cell (`w:tc`, the emulator's
   * assumption on every profile) or one per grid column, the merged cell's text under its first
   * column and "" under the others (the other possible answer; only tests turn it on), or not at
   * all: loading it on a table with vertically merged cells fails with GeneralException, as
   * loading `cellIndex` on such cells does on Word for Windows 2212 (office-js #3200; only tests
   * turn it on).
   */
  readonly tableValues: "per-cell" | "per-grid-column" | "throws-on-vertical-merge";
  /**
   * Operations ("Type.member", e.g. "ContentControl.insertText") that fail at sync with
   * GeneralException, Word on the web's commonest failure (office-js #4251, #2815 with the cursor
   * inside the control written, #6330). No profile fails on its own; tests inject the fault.
   */
  readonly failingOperations: readonly string[];
  /** The message of a NotAllowed refusal on this host. */
  readonly notAllowedMessage: SourcedText;
};

type ProfileDefinition = {
  /** Italian name, for the playground's host picker and the conformance page. */
  readonly label: string;
  readonly sets: RequirementSets;
  readonly quirks: HostQuirks;
};

/** Word today, on the desktop and on the web alike, as Microsoft's docs describe it. */
const TODAY: HostQuirks = {
  hidesControlsInTables: false,
  inlineControlsReadOnly: false,
  showsDeletedText: false,
  tableValues: "per-cell",
  failingOperations: [],
  notAllowedMessage: WEB_REFUSAL_TODAY,
};

export const PROFILES: Readonly<Record<HostProfile, ProfileDefinition>> = {
  desktop: {
    label: "Word desktop (Windows, Mac)",
    sets: { WordApi: "1.9" },
    quirks: TODAY,
  },
  web: {
    label: "Word sul web (oggi)",
    sets: { WordApi: "1.9" },
    // Word on the web puts tracked deletions into `.text` (office-js #5286, open in 2025, Simple
    // Markup; #1267 in 2020), unlike the desktop's default view.
    quirks: { ...TODAY, showsDeletedText: true },
  },
  "web-stress": {
    label: "Word sul web, prova da sforzo (2017–2021)",
    sets: { WordApi: "1.3" },
    quirks: {
      hidesControlsInTables: true,
      inlineControlsReadOnly: true,
      showsDeletedText: true,
      tableValues: "per-cell",
      failingOperations: [],
      notAllowedMessage: WEB_REFUSAL_2017,
    },
  },
};

/** Numeric compare of dotted versions ("1.10" > "1.9"). */
function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function isSetSupported(profile: HostProfile, name: string, minVersion?: string | number): boolean {
  const max = PROFILES[profile].sets[name];
  if (max === undefined) return false;
  // Office.js accepts a number (1.3) as well as a string ("1.3").
  return minVersion === undefined || compareVersions(max, String(minVersion)) >= 0;
}

export function quirksOf(profile: HostProfile): HostQuirks {
  return PROFILES[profile].quirks;
}
