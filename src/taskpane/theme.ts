/**
 * The pane follows Office's theme: light, dark, or high contrast.
 *
 * - Office tells an add-in its theme through `Office.context.officeTheme`
 *   (https://learn.microsoft.com/en-us/javascript/api/office/office.officetheme); the page that
 *   hosts the pane writes what it learnt there on <html> as `data-office-theme="light" | "dark"`,
 *   so the pane needs no Office global. The playground's theme switch writes the same attribute.
 * - Windows high contrast reaches the page as the `forced-colors: active` media feature; the
 *   playground's switch can also ask for it with `data-office-theme="high-contrast"`.
 */
import { type Theme, teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";

export type PaneTheme = "light" | "dark" | "high-contrast";

export const OFFICE_THEME_ATTRIBUTE = "data-office-theme";

export const FLUENT_THEMES: Readonly<Record<PaneTheme, Theme>> = {
  light: webLightTheme,
  dark: webDarkTheme,
  "high-contrast": teamsHighContrastTheme,
};

/** The pane's theme from what the page says of Office's theme and whether colours are forced. */
export function paneThemeOf(officeTheme: string | null | undefined, forcedColors: boolean): PaneTheme {
  if (forcedColors || officeTheme === "high-contrast") return "high-contrast";
  return officeTheme === "dark" ? "dark" : "light";
}

/**
 * Whether Office's body background is dark, from `officeTheme.bodyBackgroundColor` ("#262626"):
 * relative luminance below one half.
 */
export function isDarkBackground(color: string): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

const FORCED_COLORS = "(forced-colors: active)";

function currentTheme(): PaneTheme {
  const forced = typeof matchMedia === "function" && matchMedia(FORCED_COLORS).matches;
  return paneThemeOf(document.documentElement.getAttribute(OFFICE_THEME_ATTRIBUTE), forced);
}

/** The pane's theme now, following changes of the attribute and of forced colours. */
export function usePaneTheme(): PaneTheme {
  const [theme, setTheme] = useState<PaneTheme>(currentTheme);
  useEffect(() => {
    const update = () => setTheme(currentTheme());
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributeFilter: [OFFICE_THEME_ATTRIBUTE] });
    const media = typeof matchMedia === "function" ? matchMedia(FORCED_COLORS) : undefined;
    media?.addEventListener("change", update);
    return () => {
      observer.disconnect();
      media?.removeEventListener("change", update);
    };
  }, []);
  return theme;
}
