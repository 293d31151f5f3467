import { HostType, PlatformType } from "@microsoft/office-js-helpers";

import {
  HELPERS_HOSTS,
  HELPERS_PLATFORMS,
  REQUIRED_SETS,
  officeProbe,
  startUp,
  startupMessage,
  type OfficeProbe,
  type Startup,
} from "../../src/taskpane/host";

/** A probe for a page where office.js answers as given; supported sets are "Name Version" strings. */
function probe(
  overrides: Partial<OfficeProbe> & { readonly supported?: readonly string[] } = {},
): OfficeProbe {
  const supported = new Set(overrides.supported ?? ["WordApi 1.1", "WordApi 1.2", "WordApi 1.3"]);
  return {
    hasOffice: () => true,
    ready: () => Promise.resolve(),
    host: () => "WORD",
    platform: () => "PC",
    isSetSupported: (name, version) => supported.has(`${name} ${version}`),
    logFailure: () => undefined,
    ...overrides,
  };
}

describe("start-up", () => {
  test("finds Word and its platform when every required set is there", async () => {
    await expect(startUp(probe())).resolves.toEqual({ kind: "word", platform: "windows" });
    await expect(startUp(probe({ platform: () => "OFFICE_ONLINE" }))).resolves.toEqual({
      kind: "word",
      platform: "web",
    });
  });

  test("names the missing requirement set on a Word that lacks WordApi 1.3", async () => {
    const startup = await startUp(
      probe({ supported: ["WordApi 1.1", "WordApi 1.2"], platform: () => "MAC" }),
    );
    expect(startup).toEqual({
      kind: "requirements-missing",
      platform: "mac",
      missing: [{ name: "WordApi", minVersion: "1.3" }],
    });
    expect(startupMessage(startup).body).toContain("WordApi 1.3");
  });

  test("checks each required set exactly once", async () => {
    const asked: string[] = [];
    await startUp(probe({ isSetSupported: (name, version) => (asked.push(`${name} ${version}`), true) }));
    expect(asked).toEqual(REQUIRED_SETS.map((s) => `${s.name} ${s.minVersion}`));
  });

  test("reports another Office application by name", async () => {
    const startup = await startUp(probe({ host: () => "EXCEL" }));
    expect(startup).toEqual({ kind: "other-host", host: "EXCEL" });
    expect(startupMessage(startup).body).toContain("Excel");
  });

  test("reports a browser tab with office.js as not in Word", async () => {
    await expect(startUp(probe({ host: () => null }))).resolves.toEqual({ kind: "no-host" });
  });

  test("does not wait for Office when office.js is not on the page", async () => {
    const ready = jest.fn(() => Promise.resolve());
    await expect(startUp(probe({ hasOffice: () => false, ready }))).resolves.toEqual({ kind: "no-office" });
    expect(ready).not.toHaveBeenCalled();
  });

  test("gives up waiting for an Office that never answers", async () => {
    const never = () => new Promise<void>(() => undefined);
    await expect(startUp(probe({ ready: never }), 10)).resolves.toEqual({ kind: "no-host" });
  });

  test("turns a failing Office start-up into a status with the reason, and logs the error", async () => {
    const crash = new Error("host crashed");
    const logged: unknown[] = [];
    const failing = () => Promise.reject(crash);
    await expect(
      startUp(probe({ ready: failing, logFailure: (error) => logged.push(error) })),
    ).resolves.toEqual({ kind: "failed", detail: "host crashed" });
    expect(logged).toEqual([crash]);
  });
});

describe("office-js-helpers, loaded off the first screen", () => {
  test("the host and platform names start-up compares are the library's own", () => {
    expect(HELPERS_HOSTS).toEqual(HostType);
    expect(HELPERS_PLATFORMS).toEqual(PlatformType);
  });

  test("the real probe reads nothing from the library before Office is ready", () => {
    const real = officeProbe(() => Promise.reject(new Error("not to be loaded")));
    expect(() => real.host()).toThrow("before Office is ready");
  });
});

describe("start-up messages", () => {
  const every: readonly Startup[] = [
    { kind: "word", platform: "ipad" },
    { kind: "requirements-missing", platform: "unknown", missing: REQUIRED_SETS },
    { kind: "other-host", host: "POWERPOINT" },
    { kind: "no-host" },
    { kind: "no-office" },
    { kind: "failed", detail: "errore interno" },
  ];

  test.each(every)("has a title and a sentence in Italian for $kind", (startup) => {
    const message = startupMessage(startup);
    expect(message.title).not.toBe("");
    expect(message.body.length).toBeGreaterThan(20);
  });

  test("only a ready Word is a success", () => {
    expect(every.filter((s) => startupMessage(s).intent === "success").map((s) => s.kind)).toEqual(["word"]);
  });
});
