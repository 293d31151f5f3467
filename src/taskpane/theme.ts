/**
 * The pane wears Office's theme: a Fluent theme made from the colours Office gives the add-in, and
 * high contrast when Windows forces its colours.
 *
 * - Office gives its theme as four colours, `Office.context.officeTheme` (body and control,
 *   background and foreground: https://learn.microsoft.com/en-us/javascript/api/office/office.officetheme),
 *   one set for each of its themes (Colourful, White, Dark Grey, Black). The pane's surface and
 *   text are Office's body colours; every other neutral colour keeps its distance from Fluent's own
 *   surface or text, so hover, pressed and the lower layers stay as distinct as Fluent drew them.
 *   The control colours are not mapped: Fluent paints a control and the surface it sits on with
 *   the same token, and Dark Grey's controls are light on a dark body, so one of the two would be
 *   wrong. Every text colour then reads at 4.5:1 or more on every surface, and the edges of controls
 *   at 3:1, moved towards the body text where Office's or Fluent's would not.
 * - Windows high contrast reaches the page as the `forced-colors: active` media feature; the
 *   playground stands in for it with `data-forced-colors="active"` on <html>.
 */
import { type Theme, teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from "react";

import {
  BLACK,
  NON_TEXT_CONTRAST,
  type Rgb,
  TEXT_CONTRAST,
  WHITE,
  contrast,
  difference,
  isDark,
  parseHex,
  readable,
  shift,
  toHex,
} from "./contrast";
import type { OfficeColours, OfficeThemeSource } from "./office-theme";

export type PaneTheme = "light" | "dark" | "high-contrast";

export const FORCED_COLORS_ATTRIBUTE = "data-forced-colors";

/** The theme's tokens that hold a colour (the rest are sizes, fonts, durations). */
type ColourToken = { [Name in keyof Theme]-?: Theme[Name] extends string ? Name : never }[keyof Theme];

/** Tokens that are a surface or an edge: moved with the surface. */
const SURFACE = /^color(Neutral(Background|CardBackground|Stroke|Stencil)|SubtleBackground)/;
/** Tokens that are neutral text: moved with the text. */
const TEXT = /^colorNeutralForeground/;
/** Colours drawn on something other than the pane's surface (inverted, on brand, static) or exempt (disabled). */
const ELSEWHERE = /Inverted|OnBrand|OnLight|Static|Disabled|Alpha/;
/** Text and icons in colour (brand, links, the palette's warnings and errors). */
const COLOURED_TEXT = /Foreground/;
const ACCESSIBLE_STROKE = /^colorNeutralStrokeAccessible/;

export type DerivedTheme = { readonly kind: "light" | "dark"; readonly theme: Theme };

/**
 * The Fluent theme for Office's colours: Fluent's light or dark theme, whichever Office's body is,
 * moved onto Office's surface and text. Undefined colours (a host without `officeTheme`) leave the
 * pane light.
 */
export function fluentThemeOf(colours: OfficeColours | undefined): DerivedTheme {
  const surface = colours && parseHex(colours.bodyBackground);
  if (colours === undefined || surface === undefined) return { kind: "light", theme: webLightTheme };
  const dark = isDark(surface);
  const base = dark ? webDarkTheme : webLightTheme;
  const extreme = dark ? WHITE : BLACK;
  const text = readable(parseHex(colours.bodyForeground) ?? extreme, [surface], TEXT_CONTRAST, extreme);
  const baseSurface = parseHex(base.colorNeutralBackground1) ?? WHITE;
  const baseText = parseHex(base.colorNeutralForeground1) ?? BLACK;

  const derived: Partial<Pick<Theme, ColourToken>> = {};
  const colourTokens = (Object.keys(base) as ColourToken[]).flatMap((name) => {
    const value = parseHex(String(base[name]));
    return value === undefined || ELSEWHERE.test(name) ? [] : [{ name, value }];
  });

  // Surfaces first: the text is checked against all of them.
  const surfaces: Rgb[] = [];
  for (const { name, value } of colourTokens) {
    if (!SURFACE.test(name)) continue;
    const delta = difference(value, baseSurface);
    let moved = shift(surface, delta);
    // A hover or a lower layer that would come too close to the text goes the other way.
    if (name.includes("Background") && contrast(moved, text) < TEXT_CONTRAST)
      moved = shift(surface, difference([0, 0, 0], delta));
    if (name.includes("Background") && contrast(moved, text) < TEXT_CONTRAST) moved = surface;
    if (name.includes("Background")) surfaces.push(moved);
    derived[name] = toHex(
      ACCESSIBLE_STROKE.test(name) ? readable(moved, [surface], NON_TEXT_CONTRAST, text) : moved,
    );
  }
  for (const { name, value } of colourTokens) {
    if (SURFACE.test(name) || !COLOURED_TEXT.test(name)) continue;
    const start = TEXT.test(name) ? shift(text, difference(value, baseText)) : value;
    derived[name] = toHex(readable(start, surfaces, TEXT_CONTRAST, text));
  }
  return { kind: dark ? "dark" : "light", theme: { ...base, ...derived } };
}

const OfficeThemeContext = createContext<OfficeThemeSource | undefined>(undefined);

/** Where the panel below learns Office's theme; without one the pane is light. */
export const OfficeThemeProvider = OfficeThemeContext.Provider;

const FORCED_COLORS = "(forced-colors: active)";

function forcedColours(): boolean {
  const forced = typeof matchMedia === "function" && matchMedia(FORCED_COLORS).matches;
  return forced || document.documentElement.getAttribute(FORCED_COLORS_ATTRIBUTE) === "active";
}

/** What the theme depends on, as one string, so that React compares it by value. */
function snapshotOf(source: OfficeThemeSource | undefined): string {
  if (forcedColours()) return "forced";
  return JSON.stringify(source?.colours() ?? null);
}

const HIGH_CONTRAST: { readonly kind: PaneTheme; readonly theme: Theme } = {
  kind: "high-contrast",
  theme: teamsHighContrastTheme,
};

/** The pane's theme now, following Office's theme changes and forced colours. */
export function usePaneTheme(): { readonly kind: PaneTheme; readonly theme: Theme } {
  const source = useContext(OfficeThemeContext);
  const subscribe = useCallback(
    (changed: () => void) => {
      const unwatch = source?.watch(changed);
      const observer = new MutationObserver(changed);
      observer.observe(document.documentElement, { attributeFilter: [FORCED_COLORS_ATTRIBUTE] });
      const media = typeof matchMedia === "function" ? matchMedia(FORCED_COLORS) : undefined;
      media?.addEventListener("change", changed);
      return () => {
        unwatch?.();
        observer.disconnect();
        media?.removeEventListener("change", changed);
      };
    },
    [source],
  );
  const snapshot = useSyncExternalStore(subscribe, () => snapshotOf(source));
  return useMemo(() => {
    if (snapshot === "forced") return HIGH_CONTRAST;
    return fluentThemeOf((JSON.parse(snapshot) as OfficeColours | null) ?? undefined);
  }, [snapshot]);
}
