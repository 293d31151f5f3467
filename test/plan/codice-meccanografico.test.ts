import { isPlausibleCodiceMeccanografico } from "../../src/plan/codice-meccanografico";

describe("the codice meccanografico check", () => {
  it("accepts real shapes, including those the common stricter pattern rejects", () => {
    for (const code of ["RMIS01200X", "MIPS11000C", "TOTF04000L", "BZ1M00500A", " rmis01200x "]) {
      expect(isPlausibleCodiceMeccanografico(code)).toBe(true);
    }
  });

  it("flags what cannot be a school code", () => {
    for (const code of ["RMIS0120", "12IS01200X", "RMIS01200X1", "RM-S01200X"]) {
      expect(isPlausibleCodiceMeccanografico(code)).toBe(false);
    }
  });
});
