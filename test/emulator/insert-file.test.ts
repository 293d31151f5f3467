import { EmulatedWord, ERROR_CODES, NotEmulatedError } from "../../src/emulator";
import { base64Of } from "../../src/word/base64";
import { templateBytes } from "../support/documents";
import { foreignDocx } from "../support/plans";
import { zipText } from "../support/zip";

async function blank(): Promise<EmulatedWord> {
  return EmulatedWord.open(await foreignDocx("<w:p/>"));
}

describe("Body.insertFileFromBase64", () => {
  it("replaces the body with the file's body, and takes its styles and numbering when the document has none (the emulator assumes Word adds the styles the inserted text uses)", async () => {
    const word = await blank();
    await word.Word.run(async (context) => {
      context.document.body.insertFileFromBase64(base64Of(templateBytes()), "Replace");
      await context.sync();
    });
    const saved = await word.save();
    const styleIds = (archive: Uint8Array) =>
      [...(zipText(archive, "word/styles.xml") ?? "").matchAll(/w:styleId="([^"]+)"/g)].map(
        (match) => match[1],
      );
    expect(styleIds(saved)).toEqual(styleIds(templateBytes()));
    expect(styleIds(saved).length).toBeGreaterThan(0);
    expect(zipText(saved, "word/numbering.xml")).toBeDefined();
    expect(zipText(saved, "word/_rels/document.xml.rels")).toContain('Target="styles.xml"');
    expect(zipText(saved, "word/footer1.xml")).toBeUndefined();
    const controls = await word.Word.run(async (context) => {
      const all = context.document.contentControls.load("items/tag");
      await context.sync();
      return all.items.length;
    });
    expect(controls).toBeGreaterThan(1000);
  });

  it("rejects text that is not base64 with InvalidArgument at sync, as Word checks a call when it executes it", async () => {
    const word = await blank();
    await word.Word.run(async (context) => {
      expect(() => context.document.body.insertFileFromBase64("not base64!", "Replace")).not.toThrow();
      await expect(context.sync()).rejects.toMatchObject({ code: ERROR_CODES.invalidArgument });
    });
  });

  it('says "Start" and "End" are not emulated', async () => {
    const word = await blank();
    await word.Word.run(async (context) => {
      expect(() => context.document.body.insertFileFromBase64(base64Of(templateBytes()), "End")).toThrow(
        NotEmulatedError,
      );
    });
  });
});
