import type { Theme } from "@fluentui/react-components";
import { webLightTheme } from "@fluentui/react-components";
import fc from "fast-check";

import { OFFICE_THEMES, type OfficeThemeId } from "../../src/emulator";
import { contrast, parseHex } from "../../src/taskpane/contrast";
import type { OfficeColours } from "../../src/taskpane/office-theme";
import { fluentThemeOf } from "../../src/taskpane/theme";

const coloursOf = (id: OfficeThemeId): OfficeColours => {
  const theme = OFFICE_THEMES[id];
  return {
    bodyBackground: theme.bodyBackgroundColor,
    bodyForeground: theme.bodyForegroundColor,
    controlBackground: theme.controlBackgroundColor,
    controlForeground: theme.controlForegroundColor,
  };
};

const hexTokens = (theme: Theme, keep: (name: string) => boolean) =>
  Object.entries(theme).flatMap(([name, value]) => {
    const rgb = typeof value === "string" ? parseHex(value) : undefined;
    return rgb !== undefined && keep(name) ? [{ name, rgb }] : [];
  });

/** What the pane draws text on: every neutral surface, in every state. */
const surfacesOf = (theme: Theme) =>
  hexTokens(
    theme,
    (name) => /^colorNeutral(Card)?Background/.test(name) && !/Inverted|Static|Disabled|Alpha/.test(name),
  );

/** Every colour of text or icon drawn on those surfaces (disabled text is exempt from contrast). */
const textsOf = (theme: Theme) =>
  hexTokens(
    theme,
    (name) => /Foreground/.test(name) && !/Inverted|OnBrand|OnLight|Static|Disabled/.test(name),
  );

/** The worst pair of text and surface in `theme`, with its names, for a readable failure. */
function worstTextContrast(theme: Theme): { readonly ratio: number; readonly pair: string } {
  let worst = { ratio: Infinity, pair: "" };
  for (const text of textsOf(theme))
    for (const surface of surfacesOf(theme)) {
      const ratio = contrast(text.rgb, surface.rgb);
      if (ratio < worst.ratio) worst = { ratio, pair: `${text.name} on ${surface.name}` };
    }
  return worst;
}

const hex = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, "0")).join("")}`);

describe("the pane's Fluent theme, made from Office's colours", () => {
  it.each([
    ["colorful", "light"],
    ["white", "light"],
    ["darkGray", "dark"],
    ["black", "dark"],
  ] as const)(
    "Office's %s theme gives a %s pane whose surface and text are Office's body colours",
    (id, kind) => {
      const derived = fluentThemeOf(coloursOf(id));
      expect(derived.kind).toBe(kind);
      expect(derived.theme.colorNeutralBackground1).toBe(OFFICE_THEMES[id].bodyBackgroundColor.toLowerCase());
      expect(derived.theme.colorNeutralForeground1).toBe(OFFICE_THEMES[id].bodyForegroundColor.toLowerCase());
    },
  );

  it.each(Object.keys(OFFICE_THEMES) as OfficeThemeId[])(
    "in Office's %s theme every text colour reads at 4.5:1 or more on every surface, and the edges of controls at 3:1",
    (id) => {
      const { theme } = fluentThemeOf(coloursOf(id));
      expect(worstTextContrast(theme).ratio).toBeGreaterThanOrEqual(4.5);
      const surface = parseHex(theme.colorNeutralBackground1);
      const edge = parseHex(theme.colorNeutralStrokeAccessible);
      expect(surface && edge && contrast(surface, edge)).toBeGreaterThanOrEqual(3);
    },
  );

  it("keeps a surface's hover and pressed states apart from it, as Fluent draws them", () => {
    const { theme } = fluentThemeOf(coloursOf("darkGray"));
    const states = new Set([
      theme.colorNeutralBackground1,
      theme.colorNeutralBackground1Hover,
      theme.colorNeutralBackground1Pressed,
    ]);
    expect(states.size).toBe(3);
  });

  it("moves a body text Office gives too faint for its background until it reads at 4.5:1", () => {
    const { theme } = fluentThemeOf({
      bodyBackground: "#777777",
      bodyForeground: "#808080",
      controlBackground: "#777777",
      controlForeground: "#808080",
    });
    const ratio = contrast(parseHex(theme.colorNeutralForeground1) ?? [0, 0, 0], [0x77, 0x77, 0x77]);
    expect(ratio).toBeGreaterThanOrEqual(4.5);
  });

  it("holds 4.5:1 for text on every surface whatever colours Office gives", () => {
    fc.assert(
      fc.property(hex, hex, (background, foreground) => {
        const { theme } = fluentThemeOf({
          bodyBackground: background,
          bodyForeground: foreground,
          controlBackground: background,
          controlForeground: foreground,
        });
        const worst = worstTextContrast(theme);
        if (worst.ratio < 4.5) throw new Error(`${worst.pair}: ${worst.ratio.toFixed(2)}:1`);
      }),
      { numRuns: 60 },
    );
  });

  it("is Fluent's light theme where the host gives no colours, or colours it cannot read", () => {
    expect(fluentThemeOf(undefined)).toEqual({ kind: "light", theme: webLightTheme });
    const unreadable = {
      bodyBackground: "rgb(0,0,0)",
      bodyForeground: "",
      controlBackground: "",
      controlForeground: "",
    };
    expect(fluentThemeOf(unreadable).theme).toBe(webLightTheme);
  });
});
