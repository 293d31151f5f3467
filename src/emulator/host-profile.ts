/**
 * Which Word the emulator pretends to be. Chosen once, at open.
 *
 * - "desktop": Word for Windows / Mac with a Microsoft 365 subscription: WordApi 1.1–1.9.
 * - "web-legacy": Word on the web as add-in authors met it in 2018–2021: WordApi 1.1–1.3
 *   (the sets it had then; newer members fail with ApiNotFound), controls in table cells missing
 *   from `contentControls` (office-js #2040) and inline controls read-only (office-js #191).
 */
export type HostProfile = "desktop" | "web-legacy";

export const HOST_PROFILES: readonly HostProfile[] = ["desktop", "web-legacy"];

type RequirementSets = Readonly<Record<string, string>>;

/** Highest supported version of each requirement set, per profile. */
const SUPPORTED: Readonly<Record<HostProfile, RequirementSets>> = {
  desktop: { WordApi: "1.9" },
  "web-legacy": { WordApi: "1.3" },
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
  const max = SUPPORTED[profile][name];
  if (max === undefined) return false;
  // Office.js accepts a number (1.3) as well as a string ("1.3").
  return minVersion === undefined || compareVersions(max, String(minVersion)) >= 0;
}

/** Quirks of Word on the web reproduced by "web-legacy". */
export type HostQuirks = {
  /** office-js #2040: controls inside table cells are not listed by content-control collections. */
  readonly hidesControlsInTables: boolean;
  /** office-js #191: edits of inline (run-level) controls fail at sync with NotAllowed. */
  readonly inlineControlsReadOnly: boolean;
};

export function quirksOf(profile: HostProfile): HostQuirks {
  const legacy = profile === "web-legacy";
  return { hidesControlsInTables: legacy, inlineControlsReadOnly: legacy };
}
