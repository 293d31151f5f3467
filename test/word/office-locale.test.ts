import { localeOf } from "../../src/word/office-locale";

describe("the panel's locale", () => {
  it("is English when Office speaks any English, Italian otherwise", () => {
    expect(localeOf("en-US")).toBe("en");
    expect(localeOf("EN-gb")).toBe("en");
    expect(localeOf("it-IT")).toBe("it");
    expect(localeOf("de-DE")).toBe("it");
    expect(localeOf(undefined)).toBe("it");
  });
});
