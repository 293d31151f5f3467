/**
 * Runs a case on a host and turns what happens into an observation: the action's result, or the
 * error it threw as `{ error: { name, code, message } }` (office-js #3607: real Word names its
 * errors "RichApi.Error", not "OfficeExtension.Error", so the name is observed too).
 */
import { fixtureDocx } from "./fixture";
import type { CaseHost, ConformanceCase, Observation } from "./types";

/** Puts a fixture in front of the host and gives back the host to run the case on. */
export type OpenFixture = (docx: Uint8Array) => Promise<CaseHost>;

function field(error: object, name: string): Observation {
  const value: unknown = (error as Record<string, unknown>)[name];
  return typeof value === "string" ? value : null;
}

export function errorObservation(error: unknown): Observation {
  if (typeof error !== "object" || error === null)
    return { error: { name: null, code: null, message: String(error) } };
  return {
    error: { name: field(error, "name"), code: field(error, "code"), message: field(error, "message") },
  };
}

export async function observe(testCase: ConformanceCase, open: OpenFixture): Promise<Observation> {
  const host = await open(fixtureDocx(testCase.fixture));
  try {
    return await testCase.action(host);
  } catch (error) {
    return errorObservation(error);
  }
}

/**
 * An observation as it is compared: without the `message` of any error. Word's messages follow
 * its UI language and codes do not ("contains a summary of the error in the localized string",
 * Microsoft's application-specific API error-handling page), and the school's Word is Italian, so
 * a message is kept in reports as information only.
 */
export function comparable(observation: Observation): Observation {
  if (Array.isArray(observation)) return observation.map(comparable);
  if (typeof observation !== "object" || observation === null) return observation;
  return Object.fromEntries(
    Object.entries(observation).map(([key, value]) => [
      key,
      key === "error" && typeof value === "object" && value !== null && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).filter(([field]) => field !== "message"))
        : comparable(value),
    ]),
  );
}

/** Equality of two observations (JSON values), messages of errors left out (see `comparable`). */
export function sameObservation(a: Observation, b: Observation): boolean {
  return JSON.stringify(comparable(a)) === JSON.stringify(comparable(b));
}
