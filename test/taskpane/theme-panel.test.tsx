/**
 * @jest-environment jsdom
 */
import "../support/dom";

import { act, screen, waitFor } from "@testing-library/react";

import { OFFICE_THEMES } from "../../src/emulator";
import { mountPanel } from "../../src/taskpane/mount";
import { officeThemeSource } from "../../src/taskpane/office-theme";
import { FORCED_COLORS_ATTRIBUTE } from "../../src/taskpane/theme";
import { openDocument, templateBytes } from "../support/documents";

/** The value Fluent gives `variable` on the element that carries the pane's theme, from the CSS it inserted. */
function themedValue(variable: string): string | undefined {
  const themed = document.querySelector("[data-theme]");
  if (themed === null) return undefined;
  const classes = [...themed.classList];
  for (const sheet of [...document.styleSheets])
    for (const rule of [...sheet.cssRules]) {
      if (!(rule instanceof CSSStyleRule) || !classes.some((name) => rule.selectorText === `.${name}`))
        continue;
      const match = new RegExp(`${variable}:\\s*([^;]+);`).exec(rule.cssText);
      if (match) return match[1]?.trim();
    }
  return undefined;
}

describe("the panel in Office's theme", () => {
  it("wears the theme the emulated Office is in, and follows a switch of Office's theme and forced colours", async () => {
    const { word, document: plan } = await openDocument(templateBytes());
    word.setOfficeTheme("white");
    const container = document.createElement("div");
    document.body.append(container);
    let unmount: () => void = () => undefined;
    act(() => {
      unmount = mountPanel(container, plan, { officeTheme: officeThemeSource(word.Office) });
    });
    await screen.findByRole("button", { name: "Livelli di servizio" }, { timeout: 10_000 });
    const themed = () => document.querySelector("[data-theme]")?.getAttribute("data-theme");
    expect(themed()).toBe("light");
    expect(themedValue("--colorNeutralBackground1")).toBe(
      OFFICE_THEMES.white.bodyBackgroundColor.toLowerCase(),
    );

    await act(async () => word.setOfficeTheme("black"));
    await waitFor(() => expect(themed()).toBe("dark"));
    expect(themedValue("--colorNeutralBackground1")).toBe(
      OFFICE_THEMES.black.bodyBackgroundColor.toLowerCase(),
    );
    expect(themedValue("--colorNeutralForeground1")).toBe(
      OFFICE_THEMES.black.bodyForegroundColor.toLowerCase(),
    );

    act(() => document.documentElement.setAttribute(FORCED_COLORS_ATTRIBUTE, "active"));
    await waitFor(() => expect(themed()).toBe("high-contrast"));
    act(() => document.documentElement.removeAttribute(FORCED_COLORS_ATTRIBUTE));
    await waitFor(() => expect(themed()).toBe("dark"));

    act(() => unmount());
    container.remove();
  });
});
