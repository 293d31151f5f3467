/**
 * @jest-environment jsdom
 */
import "../support/dom";

import { EmulatedWord, OFFICE_THEMES } from "../../src/emulator";
import { type OfficeThemeNamespace, officeThemeSource } from "../../src/taskpane/office-theme";
import { templateBytes } from "../support/documents";

type Theme = NonNullable<OfficeThemeNamespace<string>["context"]["officeTheme"]>;

const BLACK = OFFICE_THEMES.black;
const WHITE = OFFICE_THEMES.white;

/** A host's `Office` namespace as the test says: with or without the event, accepting or refusing it. */
function fakeOffice({
  theme,
  event,
  subscribe = "succeeds",
}: {
  theme: Theme | undefined;
  event?: string;
  subscribe?: "succeeds" | "fails" | "throws";
}) {
  const handlers = new Set<(args: unknown) => void>();
  const calls = { added: 0, removed: 0 };
  const office = {
    context: {
      officeTheme: theme,
      document: {
        addHandlerAsync(
          _type: string,
          handler: (args: unknown) => void,
          callback: (r: { status: unknown }) => void,
        ) {
          calls.added += 1;
          if (subscribe === "throws") throw new Error("Sys.ArgumentException: eventType");
          if (subscribe === "succeeds") handlers.add(handler);
          callback({ status: subscribe === "succeeds" ? "succeeded" : "failed" });
        },
        removeHandlerAsync(_type: string, { handler }: { handler: (args: unknown) => void }) {
          calls.removed += 1;
          handlers.delete(handler);
        },
      },
    },
    EventType: event === undefined ? {} : { OfficeThemeChanged: event },
    AsyncResultStatus: { Succeeded: "succeeded" },
  };
  const raise = (args: unknown) => handlers.forEach((handler) => handler(args));
  return { office, calls, raise, handlers };
}

describe("Office's theme as the pane reads it", () => {
  it("gives Office's four colours, and nothing on a host without officeTheme", () => {
    expect(officeThemeSource(fakeOffice({ theme: BLACK }).office).colours()).toEqual({
      bodyBackground: BLACK.bodyBackgroundColor,
      bodyForeground: BLACK.bodyForegroundColor,
      controlBackground: BLACK.controlBackgroundColor,
      controlForeground: BLACK.controlForegroundColor,
    });
    expect(officeThemeSource(fakeOffice({ theme: undefined }).office).colours()).toBeUndefined();
  });

  it("follows OfficeThemeChanged where the host names it, with the theme the event carries", () => {
    const host = fakeOffice({ theme: WHITE, event: "officeThemeChanged" });
    const source = officeThemeSource(host.office);
    const changed = jest.fn();
    const unwatch = source.watch(changed);
    // The context still says White, as Outlook's desktop does inside the handler.
    host.raise({ type: "officeThemeChanged", officeTheme: BLACK });
    expect(changed).toHaveBeenCalledTimes(1);
    expect(source.colours()?.bodyBackground).toBe(BLACK.bodyBackgroundColor);
    // Focus with the context unchanged does not undo what the event said.
    window.dispatchEvent(new Event("focus"));
    expect(source.colours()?.bodyBackground).toBe(BLACK.bodyBackgroundColor);
    unwatch();
    expect(host.calls.removed).toBe(1);
    expect(host.handlers.size).toBe(0);
  });

  it("asks nothing of a host whose EventType has no OfficeThemeChanged, and keeps the theme it read", () => {
    const host = fakeOffice({ theme: BLACK });
    const source = officeThemeSource(host.office);
    const unwatch = source.watch(jest.fn());
    unwatch();
    expect(host.calls).toEqual({ added: 0, removed: 0 });
    expect(source.colours()?.bodyBackground).toBe(BLACK.bodyBackgroundColor);
  });

  it.each(["fails", "throws"] as const)(
    "stays on the theme it read when the host %s to add the handler, and removes nothing",
    (subscribe) => {
      const host = fakeOffice({ theme: BLACK, event: "officeThemeChanged", subscribe });
      const source = officeThemeSource(host.office);
      const unwatch = source.watch(jest.fn());
      unwatch();
      expect(host.calls).toEqual({ added: 1, removed: 0 });
      expect(source.colours()?.bodyBackground).toBe(BLACK.bodyBackgroundColor);
    },
  );

  it("reads officeTheme again when the window regains focus, and says so only when it changed", () => {
    const host = fakeOffice({ theme: WHITE });
    const source = officeThemeSource(host.office);
    const changed = jest.fn();
    const unwatch = source.watch(changed);
    window.dispatchEvent(new Event("focus"));
    expect(changed).not.toHaveBeenCalled();
    host.office.context.officeTheme = BLACK;
    window.dispatchEvent(new Event("focus"));
    expect(changed).toHaveBeenCalledTimes(1);
    expect(source.colours()?.bodyBackground).toBe(BLACK.bodyBackgroundColor);
    unwatch();
  });

  it("follows the emulated Office: setOfficeTheme changes officeTheme and raises OfficeThemeChanged", async () => {
    const word = await EmulatedWord.open(templateBytes());
    const source = officeThemeSource(word.Office);
    expect(source.colours()?.bodyBackground).toBe(OFFICE_THEMES.colorful.bodyBackgroundColor);
    const raised = new Promise<void>((resolve) => source.watch(resolve));
    word.setOfficeTheme("darkGray");
    await raised;
    expect(source.colours()?.bodyBackground).toBe(OFFICE_THEMES.darkGray.bodyBackgroundColor);
    expect(word.Office.context.officeTheme.bodyBackgroundColor).toBe(
      OFFICE_THEMES.darkGray.bodyBackgroundColor,
    );
  });
});
