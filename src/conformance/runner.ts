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

/** Deep equality of two observations (JSON values). */
export function sameObservation(a: Observation, b: Observation): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
