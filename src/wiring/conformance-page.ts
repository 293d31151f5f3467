/**
 * conformance-emulated.html (npm start only): the conformance page over the emulator, so a
 * Chromium test runs the same page code as Word does. `?profile=web` picks the profile.
 */
import { mountConformancePage } from "../conformance/page";
import { EmulatedWord, HOST_PROFILES, type HostProfile } from "../emulator";
import { fetchOfficialTemplate } from "../taskpane/official-template";
import { wordPlanDocument } from "../word/port";
import { emulatedOpener } from "./conformance-host";
import { emulatedWordHost } from "./emulated-host";

/** The platform Office.context.diagnostics would name for a profile. */
const PLATFORM: Readonly<Record<HostProfile, string>> = {
  desktop: "PC",
  web: "OfficeOnline",
  "web-stress": "OfficeOnline",
};

const asked = new URLSearchParams(location.search).get("profile");
const profile: HostProfile = HOST_PROFILES.find((p) => p === asked) ?? "desktop";
const root = document.getElementById("root");
if (!root) throw new Error("the page has no #root");
mountConformancePage(root, {
  diagnostics: { host: "Word", platform: PLATFORM[profile], version: `emulatore ${profile}` },
  opener: () => emulatedOpener(profile),
  openTemplate: async () =>
    wordPlanDocument(emulatedWordHost(await EmulatedWord.open(await fetchOfficialTemplate(), { profile }))),
});
