import { createSchema } from "../../src/plan/fields";
import { planReadingOf } from "../../src/plan/plan-reading";
import { formatTag } from "../../src/plan/tags";
import { checkDraft, proposeDraft, todayInItalian } from "../../src/plan/version-draft";
import { FIRST_VERSION_SUMMARY, snapshotOf } from "../../src/plan/versioning";
import { readingOf } from "../support/reading";

const schema = createSchema();
const today = new Date(2026, 10, 29);

describe("the version draft a person edits before recording", () => {
  it("proposes today's date, the next number and, for the first version, the first-draft summary", () => {
    const reading = planReadingOf(readingOf(schema), undefined);
    expect(proposeDraft(reading, today)).toEqual({
      date: "29/11/2026",
      number: "1",
      summary: FIRST_VERSION_SUMMARY,
    });
  });

  it("proposes what changed since the stored snapshot, and keeps a date and summary typed in a failed attempt", () => {
    const blank = planReadingOf(readingOf(schema), undefined);
    const snapshot = JSON.stringify(snapshotOf(blank.plan, 3));
    const mark = formatTag({ kind: "mese", row: "2.1", year: schema.years[0]!, month: "set" });
    const changed = planReadingOf(readingOf(schema, new Map([[mark, "X"]])), snapshot);
    expect(proposeDraft(changed, today).summary).toBe("Ambito 2 PROGETTAZIONE ALTERNANZA SCUOLA LAVORO: 2.1");
    expect(proposeDraft(changed, today).number).toBe("4");
    expect(proposeDraft(changed, today, { date: "01/12/2026", summary: "Rivisto" })).toEqual({
      date: "01/12/2026",
      number: "4",
      summary: "Rivisto",
    });
  });

  it("accepts a complete draft, trimmed, and names every wrong field otherwise", () => {
    expect(checkDraft({ date: " 01/09/2026 ", number: " 2", summary: "Ambito 1 " })).toEqual({
      ok: true,
      row: { date: "01/09/2026", number: "2", summary: "Ambito 1" },
    });
    expect(checkDraft({ date: "31/02/2026", number: "0", summary: "  " })).toEqual({
      ok: false,
      errors: { date: "invalid-date", number: "invalid-number", summary: "empty-summary" },
    });
  });

  it("writes today in Italian as gg/mm/aaaa", () => {
    expect(todayInItalian(new Date(2027, 0, 5))).toBe("05/01/2027");
  });
});
