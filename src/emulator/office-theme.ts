/**
 * Office's UI themes as `Office.context.officeTheme` gives them: four colours each
 * (https://learn.microsoft.com/en-us/javascript/api/office/office.officetheme; the themes are
 * Office.ThemeId's Colorful, White, DarkGray and Black).
 *
 * The emulator assumes these values. Colourful, White and Dark Grey are the ones a developer read
 * from Office 2016 (office-ui-fabric-core #732); Black's are not published anywhere we found, and
 * are an assumption drawn from Office's black body (#262626) with white text.
 */
export const OFFICE_THEMES = {
  colorful: {
    bodyBackgroundColor: "#E6E6E6",
    bodyForegroundColor: "#444444",
    controlBackgroundColor: "#FDFDFD",
    controlForegroundColor: "#444444",
  },
  white: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#444444",
    controlBackgroundColor: "#FDFDFD",
    controlForegroundColor: "#444444",
  },
  darkGray: {
    bodyBackgroundColor: "#6A6A6A",
    bodyForegroundColor: "#F0F0F0",
    controlBackgroundColor: "#D4D4D4",
    controlForegroundColor: "#262626",
  },
  black: {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#363636",
    controlForegroundColor: "#FFFFFF",
  },
} as const;

export type OfficeThemeId = keyof typeof OFFICE_THEMES;

export type OfficeThemeColours = (typeof OFFICE_THEMES)[OfficeThemeId];

/** The value of `Office.EventType.OfficeThemeChanged` and of its event's `type`. */
export const OFFICE_THEME_CHANGED = "officeThemeChanged";

export type OfficeThemeChangedEventArgs = {
  readonly type: typeof OFFICE_THEME_CHANGED;
  readonly officeTheme: OfficeThemeColours;
};

/** The theme Office is in, which the page emulating Office changes as a user would in File > Account. */
export class EmulatedOfficeTheme {
  private readonly listeners = new Set<(theme: OfficeThemeColours) => void>();

  constructor(private id: OfficeThemeId = "colorful") {}

  get colours(): OfficeThemeColours {
    return OFFICE_THEMES[this.id];
  }

  /** Switches Office's theme and tells whoever listens, as a theme change event would. */
  set(id: OfficeThemeId): void {
    if (id === this.id) return;
    this.id = id;
    for (const listener of [...this.listeners]) listener(this.colours);
  }

  onChanged(listener: (theme: OfficeThemeColours) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
