/** Every conformance case on every emulator profile: the observation must be the case's expectation. */
import { CASES } from "../../src/conformance/cases";
import { observe } from "../../src/conformance/runner";
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
      expect(await observe(testCase, emulatedOpener(profile, client))).toEqual(testCase.expected[profile]);
    });
  });
});
