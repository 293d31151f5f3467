import { isDarkBackground, paneThemeOf } from "../../src/taskpane/theme";

describe("the pane's theme", () => {
  it("follows Office's light and dark themes, light when the page says nothing", () => {
    expect(paneThemeOf("dark", false)).toBe("dark");
    expect(paneThemeOf("light", false)).toBe("light");
    expect(paneThemeOf(null, false)).toBe("light");
  });

  it("is high contrast whenever colours are forced, whatever Office's theme", () => {
    expect(paneThemeOf("dark", true)).toBe("high-contrast");
    expect(paneThemeOf(undefined, true)).toBe("high-contrast");
    expect(paneThemeOf("high-contrast", false)).toBe("high-contrast");
  });

  it("tells Office's dark body backgrounds from light ones", () => {
    expect(isDarkBackground("#262626")).toBe(true);
    expect(isDarkBackground("#FFFFFF")).toBe(false);
    expect(isDarkBackground("E6E6E6")).toBe(false);
    expect(isDarkBackground("not a colour")).toBe(false);
  });
});
