/**
 * The report «Copia rapporto» copies: which Word ran the cases (Office.context.diagnostics) and what
 * each case observed there. Committed under conformance/reports/, a report holds the emulator to
 * account: the profile for that platform must observe the same (test/conformance/reports.test.ts).
 */
import type { Observation, ProfileName } from "./types";
import { sameObservation } from "./runner";

export const REPORT_FORMAT = 1;

export type Diagnostics = { readonly host: string; readonly platform: string; readonly version: string };

export type Timings = Readonly<Record<string, number>>;

export type Report = {
  readonly format: typeof REPORT_FORMAT;
  readonly diagnostics: Diagnostics;
  readonly observations: Readonly<Record<string, Observation>>;
  /** Milliseconds of the add-in's own operations on the real template; never compared. */
  readonly timings: Timings;
};

/** The emulator profile that stands for a platform (Office.PlatformType), or null when none does. */
export function profileForPlatform(platform: string): ProfileName | null {
  switch (platform) {
    case "PC":
    case "Mac":
    case "Universal":
      return "desktop";
    case "OfficeOnline":
      return "web";
    default:
      return null;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A report from its JSON text; throws with the reason when it is not one. */
export function parseReport(text: string): Report {
  const value: unknown = JSON.parse(text);
  if (!isObject(value) || value["format"] !== REPORT_FORMAT)
    throw new Error(`not a report of format ${REPORT_FORMAT}`);
  const diagnostics = value["diagnostics"];
  if (
    !isObject(diagnostics) ||
    !["host", "platform", "version"].every((key) => typeof diagnostics[key] === "string")
  )
    throw new Error("the report has no diagnostics (host, platform, version)");
  if (!isObject(value["observations"])) throw new Error("the report has no observations");
  return value as unknown as Report;
}

export type Disagreement = {
  readonly caseId: string;
  readonly word: Observation | undefined;
  readonly emulator: Observation | undefined;
};

/** Every case where Word and the emulator observed differently, a case missing on either side included. */
export function disagreements(
  report: Report,
  emulated: Readonly<Record<string, Observation>>,
): readonly Disagreement[] {
  const ids = [...new Set([...Object.keys(report.observations), ...Object.keys(emulated)])].sort();
  return ids
    .filter((id) => {
      const word = report.observations[id];
      const emulator = emulated[id];
      return word === undefined || emulator === undefined || !sameObservation(word, emulator);
    })
    .map((caseId) => ({ caseId, word: report.observations[caseId], emulator: emulated[caseId] }));
}
