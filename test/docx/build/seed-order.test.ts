import { comparable, firstOutOfOrder } from "./seed-order";

describe("the seed order check", () => {
  it("ignores whitespace, case and doubled dots, as pdftotext and the heading style change them", () => {
    expect(comparable("Consolidament\no ecc..)")).toBe(comparable("consolidamento ECC.)"));
  });

  it("finds items in order and names the first one that is missing or out of order", () => {
    expect(firstOutOfOrder("AMBITO AZIONI LIVELLI", ["ambito", "livelli"])).toBeUndefined();
    expect(firstOutOfOrder("AMBITO AZIONI LIVELLI", ["livelli", "azioni"])?.item).toBe("azioni");
  });
});
