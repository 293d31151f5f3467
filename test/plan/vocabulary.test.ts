import {
  OFFICIAL_SCHOOL_YEARS,
  consecutiveSchoolYears,
  parseSchoolYear,
  sameSchoolYears,
} from "../../src/plan/vocabulary";

describe("consecutiveSchoolYears", () => {
  it("gives the official years from 2017/2018 and three", () => {
    expect(consecutiveSchoolYears({ start: 2017 }, 3)).toEqual(OFFICIAL_SCHOOL_YEARS);
  });

  it("gives one year, or none when asked for none", () => {
    expect(consecutiveSchoolYears(parseSchoolYear("2024/25")!, 1)).toEqual([{ start: 2024 }]);
    expect(consecutiveSchoolYears({ start: 2024 }, 0)).toEqual([]);
  });
});

describe("sameSchoolYears", () => {
  it("is true only for the same years in the same order", () => {
    expect(sameSchoolYears(consecutiveSchoolYears({ start: 2017 }, 3), OFFICIAL_SCHOOL_YEARS)).toBe(true);
    expect(sameSchoolYears(OFFICIAL_SCHOOL_YEARS.slice(0, 2), OFFICIAL_SCHOOL_YEARS)).toBe(false);
    expect(sameSchoolYears([...OFFICIAL_SCHOOL_YEARS].reverse(), OFFICIAL_SCHOOL_YEARS)).toBe(false);
    expect(sameSchoolYears([], [])).toBe(true);
  });
});
