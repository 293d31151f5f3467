import { buildTemplate } from "../../src/docx/build";
import { createSchema } from "../../src/plan/fields";
import { OFFICIAL_SCHOOL_YEARS } from "../../src/plan/vocabulary";
import { templateBase64For } from "../../src/taskpane/template-for-years";
import { base64Of } from "../../src/word/base64";

describe("templateBase64For", () => {
  it("gives the official file for the official school years, as fetched", async () => {
    const official = jest.fn(async () => "the official file");
    await expect(templateBase64For([...OFFICIAL_SCHOOL_YEARS], official)).resolves.toBe("the official file");
    expect(official).toHaveBeenCalledTimes(1);
  });

  it("builds other school years with the builder of assets/, byte for byte what `pgs template --years` writes", async () => {
    const official = jest.fn(async () => "the official file");
    const years = [{ start: 2024 }, { start: 2025 }, { start: 2026 }, { start: 2027 }];
    const built = await templateBase64For(years, official);
    expect(built).toBe(base64Of(await buildTemplate(createSchema(years))));
    expect(official).not.toHaveBeenCalled();
  });

  it("builds the official years in another order or number too: only the same list is the official file", async () => {
    const official = jest.fn(async () => "the official file");
    const years = OFFICIAL_SCHOOL_YEARS.slice(0, 2);
    await expect(templateBase64For(years, official)).resolves.toBe(
      base64Of(await buildTemplate(createSchema(years))),
    );
    expect(official).not.toHaveBeenCalled();
  });
});
