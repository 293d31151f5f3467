/**
 * Changing a control's content: insertText, clear, locks. The XML Word would write is checked in
 * the saved document.xml.
 */
/* eslint-disable office-addins/no-navigational-load -- false positives: the rules take "$none", scalar properties and *OrNullObject properties for navigation loads or unloaded reads (reference facts §5); some reads before sync are deliberate, to show they throw. */
import { EmulatedWord } from "../../src/emulator";
import { cell, control, docx, everyShapeDocx, paragraph, partText, row, run, table } from "../support/wordml";

async function documentAfter(word: EmulatedWord): Promise<string> {
  return partText(await word.save(), "word/document.xml");
}

async function controlText(word: EmulatedWord, tag: string): Promise<string> {
  return word.Word.run(async (context) => {
    const cc = context.document.body.getContentControls().getByTag(tag).getFirst();
    cc.load("text");
    await context.sync();
    return cc.text;
  });
}

async function insert(
  word: EmulatedWord,
  tag: string,
  text: string,
  where: "Replace" | "Start" | "End" = "Replace",
): Promise<void> {
  await word.Word.run(async (context) => {
    context.document.contentControls.getByTag(tag).getFirst().insertText(text, where);
    await context.sync();
  });
}

describe("insertText", () => {
  test("Replace puts the text in one run that keeps the first run's formatting", async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    await insert(word, "cell.inline", "Sì");
    const xml = await documentAfter(word);
    expect(xml).toContain(
      '<w:tag w:val="cell.inline"/><w:id w:val="11"/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:i/></w:rPr><w:t>Sì</w:t></w:r></w:sdtContent>',
    );
    expect(await controlText(word, "cell.inline")).toBe("Sì");
  });

  test("Replace in a block control keeps the first paragraph's properties and the first run's formatting", async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    await insert(word, "body.block", "Nuovo");
    const xml = await documentAfter(word);
    expect(xml).toContain(
      '<w:sdtContent><w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Nuovo</w:t></w:r></w:p></w:sdtContent>',
    );
  });

  test('leading and trailing spaces are kept with xml:space="preserve"', async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    await insert(word, "cell.inline", " a  b ");
    expect(await documentAfter(word)).toContain('<w:t xml:space="preserve"> a  b </w:t>');
    expect(await controlText(word, "cell.inline")).toBe(" a  b ");
  });

  test('"\\n" starts a new paragraph and "\\v" is a line break (office-js #4275, #1755)', async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    await insert(word, "body.block", "uno\ndue\vtre");
    const xml = await documentAfter(word);
    expect(xml).toContain("<w:t>uno</w:t></w:r></w:p><w:p>");
    expect(xml).toContain("<w:t>due</w:t><w:br/><w:t>tre</w:t>");
  });

  test("the text of a multi-paragraph control separates paragraphs with \\r (Word's paragraph mark)", async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    expect(await controlText(word, "body.block")).toBe("Prima riga\rSeconda riga");
    await insert(word, "body.block", "a\r\nb");
    expect(await controlText(word, "body.block")).toBe("a\rb");
  });

  test("Start and End add text before and after the existing content", async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    await insert(word, "cell.inline", "<", "Start");
    await insert(word, "cell.inline", ">", "End");
    expect(await controlText(word, "cell.inline")).toBe("<X>");
  });

  test("a paragraph break into an inline control is not emulated rather than guessed", async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    await expect(insert(word, "cell.inline", "a\nb")).rejects.toThrow("not emulated");
  });

  test("insertText into a block control in a cell keeps the cell ending with a paragraph", async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    await insert(word, "cell.block", "uno\ndue");
    expect(await controlText(word, "cell.block")).toBe("uno\rdue");
  });
});

describe("clear and placeholders (office-js #1515)", () => {
  test("clear shows Word's default placeholder text and marks showingPlcHdr", async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    await word.Word.run(async (context) => {
      context.document.contentControls.getByTag("cell.inline").getFirst().clear();
      await context.sync();
    });
    const xml = await documentAfter(word);
    expect(xml).toMatch(/<w:tag w:val="cell.inline"\/><w:id w:val="11"\/><w:showingPlcHdr\/><\/w:sdtPr>/);
    expect(await controlText(word, "cell.inline")).toBe("Fare clic o toccare qui per immettere il testo.");
  });

  test("clear shows the control's own placeholder from the glossary docPart when there is one", async () => {
    const body = paragraph(control({ tag: "t", placeholderDocPart: "VuotoPH" }, run("testo")));
    const word = await EmulatedWord.open(
      await docx(body, { glossary: { VuotoPH: paragraph(run("\u00a0")) } }),
    );
    await word.Word.run(async (context) => {
      context.document.contentControls.getFirst().clear();
      await context.sync();
    });
    expect(await controlText(word, "t")).toBe("\u00a0");
    const placeholder = await word.Word.run(async (context) => {
      const cc = context.document.contentControls.getFirst();
      cc.load("placeholderText");
      await context.sync();
      return cc.placeholderText;
    });
    expect(placeholder).toBe("\u00a0");
  });

  test("inserting text into a control that shows its placeholder replaces the placeholder and clears showingPlcHdr", async () => {
    const body = paragraph(control({ tag: "t", showingPlaceholder: true }, run("Fare clic qui")));
    const word = await EmulatedWord.open(await docx(body));
    await insert(word, "t", "valore", "End");
    expect(await controlText(word, "t")).toBe("valore");
    expect(await documentAfter(word)).not.toContain("showingPlcHdr");
  });
});

describe("locks (cannotDelete / cannotEdit map to w:lock)", () => {
  test("cannotDelete and cannotEdit read w:lock", async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    const locks = await word.Word.run(async (context) => {
      const controls = context.document.contentControls;
      controls.load("items/tag,items/cannotDelete,items/cannotEdit");
      await context.sync();
      return Object.fromEntries(controls.items.map((c) => [c.tag, [c.cannotDelete, c.cannotEdit]]));
    });
    expect(locks["locked.delete"]).toEqual([true, false]);
    expect(locks["locked.edit"]).toEqual([false, true]);
    expect(locks["body.block"]).toEqual([false, false]);
  });

  test("setting both locks writes sdtContentLocked in the schema's place in w:sdtPr", async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    await word.Word.run(async (context) => {
      const cc = context.document.contentControls.getByTag("cell.inline").getFirst();
      cc.cannotDelete = true;
      cc.cannotEdit = true;
      await context.sync();
    });
    expect(await documentAfter(word)).toContain(
      '<w:tag w:val="cell.inline"/><w:id w:val="11"/><w:lock w:val="sdtContentLocked"/></w:sdtPr>',
    );
  });

  test("insertText into a cannotEdit control fails at sync (AccessDenied assumed) and leaves the text", async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    await expect(insert(word, "locked.edit", "nuovo")).rejects.toMatchObject({
      name: "RichApi.Error",
      code: "AccessDenied",
      debugInfo: { errorLocation: "ContentControl.insertText" },
    });
    expect(await controlText(word, "locked.edit")).toBe("non modificabile");
  });

  test("a cannotDelete control accepts new text but refuses delete", async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    await insert(word, "locked.delete", "nuovo");
    expect(await controlText(word, "locked.delete")).toBe("nuovo");
    await expect(
      word.Word.run(async (context) => {
        context.document.contentControls.getByTag("locked.delete").getFirst().delete(false);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied", debugInfo: { errorLocation: "ContentControl.delete" } });
  });

  test("clearing a lock lets the content be edited again", async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    await word.Word.run(async (context) => {
      const cc = context.document.contentControls.getByTag("locked.edit").getFirst();
      cc.cannotEdit = false;
      cc.insertText("ora sì", "Replace");
      await context.sync();
    });
    expect(await controlText(word, "locked.edit")).toBe("ora sì");
  });

  test("delete(true) keeps the content and removes the control", async () => {
    const body = table(row(cell(control({ tag: "t" }, paragraph(run("resto"))))), 1);
    const word = await EmulatedWord.open(await docx(body));
    await word.Word.run(async (context) => {
      context.document.contentControls.getFirst().delete(true);
      await context.sync();
    });
    const xml = await documentAfter(word);
    expect(xml).not.toContain("<w:sdt>");
    expect(xml).toContain("<w:t>resto</w:t>");
  });

  test("clear on a cannotEdit control fails at sync too", async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    await expect(
      word.Word.run(async (context) => {
        context.document.contentControls.getByTag("locked.edit").getFirst().clear();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied", debugInfo: { errorLocation: "ContentControl.clear" } });
  });

  test("a deleted control is no longer listed by contentControls", async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    const before = await word.Word.run(async (context) => {
      const controls = context.document.contentControls;
      controls.load("items/tag");
      await context.sync();
      return controls.items.length;
    });
    const after = await word.Word.run(async (context) => {
      context.document.contentControls.getByTag("dup").getFirst().delete(true);
      const controls = context.document.contentControls;
      controls.load("items/tag");
      await context.sync();
      return controls.items.map((c) => c.tag);
    });
    expect(after).toHaveLength(before - 1);
    expect(after.filter((t) => t === "dup")).toHaveLength(1);
  });
});
