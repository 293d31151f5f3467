import { BLANK_CONTENT, parseCount, parseItalianDate, readValue, writeValue } from "../../src/plan/values";

describe("reading a control's text", () => {
  it("takes X, x, ✓, ✔, ☒ and * as a mark, with any surrounding whitespace", () => {
    for (const text of ["X", "x", " ✓ ", "✔", "☒", "*\r"]) {
      expect(readValue("mark", text)).toEqual({ value: { kind: "mark", marked: true } });
    }
  });

  it("takes whitespace, a non-breaking space and Word's placeholder as an empty mark", () => {
    for (const text of ["", " ", "\u00a0", "\r", "Fare clic o toccare qui per immettere il testo."]) {
      expect(readValue("mark", text)).toEqual({ value: { kind: "mark", marked: false } });
    }
  });

  it("reports any other text in a mark instead of guessing", () => {
    expect(readValue("mark", "sì").problem).toEqual({ code: "unreadable-mark", text: "sì" });
  });

  it("reads counts written the Italian way and rejects the rest", () => {
    expect(parseCount("12")).toBe(12);
    expect(parseCount(" 1.250 ")).toBe(1250);
    expect(parseCount("")).toBeNull();
    for (const bad of ["dodici", "12,5", "-3", "1.25", "12a"]) expect(parseCount(bad)).toBeUndefined();
    expect(readValue("count", "dodici").problem?.code).toBe("invalid-count");
  });

  it("checks dates against the calendar in gg/mm/aaaa", () => {
    expect(parseItalianDate("28/11/2026")).toEqual({ day: 28, month: 11, year: 2026 });
    expect(parseItalianDate("1-9-2017")).toEqual({ day: 1, month: 9, year: 2017 });
    expect(parseItalianDate("31/02/2018")).toBeUndefined();
    expect(readValue("date", "domani").problem?.code).toBe("invalid-date");
  });

  it("turns Word's paragraph marks into new lines in free text", () => {
    expect(readValue("text", "Primo\rSecondo\r")).toEqual({
      value: { kind: "text", text: "Primo\nSecondo" },
    });
  });
});

describe("writing a value", () => {
  it("writes one canonical mark and a blank, never an empty string", () => {
    expect(writeValue({ kind: "mark", marked: true })).toBe("X");
    expect(writeValue({ kind: "mark", marked: false })).toBe(BLANK_CONTENT);
    expect(writeValue({ kind: "count", count: null })).toBe(BLANK_CONTENT);
    expect(writeValue({ kind: "text", text: "" })).toBe(BLANK_CONTENT);
  });
});
