/** save(): .docx bytes that reopen, keep untouched parts byte for byte, and stay schema-valid. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { EmulatedWord } from "../../src/emulator";
import {
  describeWithProgram,
  describeWithPrograms,
  findFile,
  findProgram,
  testWithProgram,
} from "../support/programs";
import { docx, everyShapeBody, everyShapeDocx, partBytes, partText } from "../support/wordml";

async function editEverything(word: EmulatedWord): Promise<void> {
  await word.Word.run(async (context) => {
    const controls = context.document.contentControls;
    controls.getByTag("body.block").getFirst().insertText("uno\ndue", "Replace");
    const inline = controls.getByTag("cell.inline").getFirst();
    inline.clear();
    inline.cannotDelete = true;
    inline.title = "Anno";
    controls.getByTag("locked.edit").getFirst().cannotEdit = false;
    controls.getByTag("dup").getFirst().insertText(" x ", "Replace");
    context.document.body.tables.getFirst().addRows("End", 1, [["Azione 1.3", "Y"]]);
    await context.sync();
  });
}

describe("save()", () => {
  test("a document saved without changes has every part byte-identical", async () => {
    const original = await everyShapeDocx();
    const word = await EmulatedWord.open(original);
    const saved = await word.save();
    const before = await partBytes(original);
    const after = await partBytes(saved);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [path, bytes] of before)
      expect(Buffer.from(after.get(path) ?? []).equals(Buffer.from(bytes))).toBe(true);
  });

  test("after edits, only document.xml changes and the output re-opens with the new text", async () => {
    const original = await everyShapeDocx();
    const word = await EmulatedWord.open(original);
    await editEverything(word);
    const saved = await word.save();
    const before = await partBytes(original);
    const after = await partBytes(saved);
    const changed = [...before.keys()].filter(
      (p) => !Buffer.from(after.get(p) ?? []).equals(Buffer.from(before.get(p) ?? [])),
    );
    expect(changed).toEqual(["word/document.xml"]);

    const reopened = await EmulatedWord.open(saved);
    const text = await reopened.Word.run(async (context) => {
      const cc = context.document.contentControls.getByTag("body.block").getFirst();
      cc.load("text");
      await context.sync();
      return cc.text;
    });
    expect(text).toBe("uno\rdue");
  });

  test("the XML declaration and the namespace declarations of document.xml survive an edit", async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    await editEverything(word);
    const xml = await partText(await word.save(), "word/document.xml");
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
    expect(xml).toContain('xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"');
  });
});

/** Validation against the ECMA-376 schemas (test/fixtures/ooxml-schemas, README there) with xmllint. */
const SCHEMA = resolve(__dirname, "../fixtures/ooxml-schemas/wml-driver.xsd");
const xmllint = findProgram("xmllint");
const schemas = findFile(
  "test/fixtures/ooxml-schemas/wml-driver.xsd",
  "copied with the ECMA-376 schemas, see test/fixtures/ooxml-schemas/README.md",
);

describeWithPrograms([xmllint, schemas], "saved document.xml against the ECMA schemas (xmllint)", () => {
  function validate(xml: string): void {
    const dir = mkdtempSync(join(tmpdir(), "pgs-emulator-"));
    try {
      const file = join(dir, "document.xml");
      writeFileSync(file, xml);
      execFileSync(xmllint.path ?? "xmllint", ["--noout", "--schema", SCHEMA, file], { stdio: "pipe" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  test("the fixture itself is schema-valid", async () => {
    validate(await partText(await docx(everyShapeBody({ checkbox: false })), "word/document.xml"));
  });

  test("document.xml stays schema-valid after insertText, clear, locks, title and addRows", async () => {
    const word = await EmulatedWord.open(await docx(everyShapeBody({ checkbox: false })));
    await editEverything(word);
    validate(await partText(await word.save(), "word/document.xml"));
  });
});

/** LibreOffice as an independent reader (reference facts §6): the saved file opens and shows the new text. */
const soffice = findProgram(["soffice", "libreoffice"]);
const pdftotext = findProgram("pdftotext");

describeWithProgram(soffice, "saved .docx in LibreOffice", () => {
  testWithProgram(
    pdftotext,
    "LibreOffice opens the edited document, web-extension parts included, and renders the new text",
    async () => {
      const word = await EmulatedWord.open(await everyShapeDocx());
      await editEverything(word);
      word.Office.context.document.settings.set("pgs.versione", 2);
      await new Promise((done) => word.Office.context.document.settings.saveAsync(done));
      const dir = mkdtempSync(join(tmpdir(), "pgs-emulator-lo-"));
      try {
        writeFileSync(join(dir, "out.docx"), await word.save());
        execFileSync(
          soffice.path ?? "soffice",
          ["--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, "out.docx")],
          {
            stdio: "pipe",
            timeout: 120_000,
            env: { ...process.env, HOME: dir },
          },
        );
        const text = execFileSync(pdftotext.path ?? "pdftotext", [join(dir, "out.pdf"), "-"], {
          encoding: "utf8",
        });
        expect(text).toContain("uno");
        expect(text).toContain("Azione 1.3");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
