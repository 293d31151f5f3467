/** Every conformance case on every emulator profile: the observation must be the case's expectation. */
import { CASES } from "../../src/conformance/cases";
import { comparable, observe, sameObservation } from "../../src/conformance/runner";
import { PROFILE_NAMES } from "../../src/conformance/types";
import { type EmulatedWord, HOST_PROFILES } from "../../src/emulator";
import { officeJsClient } from "../support/office-js";
import { emulatedOpener } from "../../src/wiring/conformance-host";

test("the kit knows every emulator profile, and no other", () => {
  expect([...PROFILE_NAMES]).toEqual([...HOST_PROFILES]);
});

test("every case names what it probes and its source, and has a unique id", () => {
  expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
  for (const c of CASES) {
    expect(c.probes.length).toBeGreaterThan(10);
    expect(c.source).toMatch(/https:\/\/learn\.microsoft\.com|office-js|\[MS-|assumption/);
  }
});

const CLIENTS = {
  "office.js": (word: EmulatedWord) => officeJsClient(word).Word,
  "the emulator's client": (word: EmulatedWord) => word.Word,
};

describe.each(Object.entries(CLIENTS))("through %s", (_client, client) => {
  describe.each(PROFILE_NAMES.map((profile) => [profile]))("on the %s profile", (profile) => {
    test.each(CASES.map((c) => [c.id, c]))("%s", async (_, testCase) => {
      const observed = await observe(testCase, emulatedOpener(profile, client));
      expect(comparable(observed)).toEqual(comparable(testCase.expected[profile]!));
    });
  });
});

test("two observations that differ only in an error's message are the same: Word localizes messages, not codes", () => {
  const english = {
    error: {
      name: "RichApi.Error",
      code: "AccessDenied",
      message: "You don't have sufficient permissions for this action.",
    },
  };
  // Not a quote of Word: any text in another language stands for a localized message.
  const italian = {
    error: {
      name: "RichApi.Error",
      code: "AccessDenied",
      message: "Autorizzazioni insufficienti per questa azione.",
    },
  };
  expect(sameObservation(english, italian)).toBe(true);
  expect(sameObservation(english, { error: { ...english.error, code: "NotAllowed" } })).toBe(false);
});
