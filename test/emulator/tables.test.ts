/** Word.Table over w:tbl (WordApi 1.3): values, rowCount, addRows. */
import { EmulatedWord } from "../../src/emulator";
import { cell, control, docx, everyShapeDocx, paragraph, partText, row, run, table } from "../support/wordml";

const MERGED = table(
  row(cell(paragraph(run("Ambito")), '<w:gridSpan w:val="2"/>')) +
    row(cell(paragraph(run("1")), '<w:vMerge w:val="restart"/>') + cell(paragraph(run("a")))) +
    row(cell(paragraph(""), "<w:vMerge/>") + cell(paragraph(run("b")))),
);

const VERSIONS = table(
  row(cell(paragraph(run("DATA"))) + cell(paragraph(run("VERSIONE N.")))) +
    row(
      cell(
        paragraph(run("01/09/2017", '<w:sz w:val="18"/>'), '<w:jc w:val="center"/>'),
        '<w:tcW w:w="2000" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>',
      ) + cell(paragraph(run("1"))),
      "<w:cantSplit/>",
    ),
);

async function values(word: EmulatedWord): Promise<string[][][]> {
  return word.Word.run(async (context) => {
    const tables = context.document.body.tables;
    tables.load("items/values");
    await context.sync();
    return tables.items.map((t) => t.values);
  });
}

describe("Table.values", () => {
  test("with the office-js #3200 quirk, loading it on a table with vertically merged cells fails with GeneralException", async () => {
    const word = await EmulatedWord.open(await docx(MERGED + VERSIONS), {
      quirks: { tableValues: "throws-on-vertical-merge" },
    });
    await expect(values(word)).rejects.toMatchObject({
      code: "GeneralException",
      debugInfo: { errorLocation: "Table.values" },
    });
    const unmerged = await word.Word.run(async (context) => {
      const last = context.document.body.tables.getFirst();
      last.load("rowCount");
      await context.sync();
      return last.rowCount;
    });
    expect(unmerged).toBe(3);
  });

  test("a row with gridSpan has fewer cells, and a vMerge continuation cell is there with its empty text", async () => {
    const word = await EmulatedWord.open(await docx(MERGED));
    expect(await values(word)).toEqual([[["Ambito"], ["1", "a"], ["", "b"]]]);
  });

  test("cell text includes the text of controls in the cell", async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    const [first] = await values(word);
    expect(first).toEqual([
      ["Azione 1.1", "Anno: X"],
      ["Azione 1.2", "Testo in cella"],
    ]);
  });

  test("contentControl.tables reaches a table wrapped by a block control", async () => {
    const word = await EmulatedWord.open(await everyShapeDocx());
    const got = await word.Word.run(async (context) => {
      const tables = context.document.contentControls.getByTag("table.block").getFirst().tables;
      tables.load("items/values,items/rowCount");
      await context.sync();
      return tables.items.map((t) => [t.values, t.rowCount]);
    });
    expect(got).toEqual([[[["a", "b"]], 1]]);
  });

  test("rows wrapped in a row-level control are rows of the table", async () => {
    const body = table(
      row(cell(paragraph(run("h")))) + control({ tag: "riga" }, row(cell(paragraph(run("r"))))),
      1,
    );
    const word = await EmulatedWord.open(await docx(body));
    expect(await values(word)).toEqual([[["h"], ["r"]]]);
  });
});

describe("Table.addRows (WordApi 1.3)", () => {
  test('addRows("End", n, values) copies the last row as the template, with its properties, and fills the values', async () => {
    const word = await EmulatedWord.open(await docx(VERSIONS));
    await word.Word.run(async (context) => {
      const t = context.document.body.tables.getFirst();
      t.addRows("End", 2, [
        ["02/10/2017", "2"],
        ["03/11/2017", "3"],
      ]);
      await context.sync();
    });
    expect(await values(word)).toEqual([
      [
        ["DATA", "VERSIONE N."],
        ["01/09/2017", "1"],
        ["02/10/2017", "2"],
        ["03/11/2017", "3"],
      ],
    ]);
    const xml = await partText(await word.save(), "word/document.xml");
    const newRow =
      '<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr>' +
      '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>02/10/2017</w:t></w:r></w:p></w:tc>';
    expect(xml).toContain(newRow);
  });

  test("rowCount follows addRows", async () => {
    const word = await EmulatedWord.open(await docx(VERSIONS));
    const count = await word.Word.run(async (context) => {
      const t = context.document.body.tables.getFirst();
      t.addRows("End", 1, [["x", "y"]]);
      t.load("rowCount");
      await context.sync();
      return t.rowCount;
    });
    expect(count).toBe(3);
  });

  test("more values than cells fails at sync with InvalidArgument", async () => {
    const word = await EmulatedWord.open(await docx(VERSIONS));
    await expect(
      word.Word.run(async (context) => {
        context.document.body.tables.getFirst().addRows("End", 1, [["a", "b", "c"]]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument", debugInfo: { errorLocation: "Table.addRows" } });
  });
});

describe("Table.getCell and TableCell.value (WordApi 1.3)", () => {
  test("setting a cell's value replaces its text and keeps the cell's and run's formatting", async () => {
    const word = await EmulatedWord.open(await docx(VERSIONS));
    await word.Word.run(async (context) => {
      const cell = context.document.body.tables.getFirst().getCell(1, 0);
      cell.value = "15/01/2018";
      await context.sync();
    });
    expect(await values(word)).toEqual([
      [
        ["DATA", "VERSIONE N."],
        ["15/01/2018", "1"],
      ],
    ]);
    const xml = await partText(await word.save(), "word/document.xml");
    expect(xml).toContain('<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>');
    expect(xml).toMatch(/<w:sz w:val="18"\/><\/w:rPr><w:t>15\/01\/2018<\/w:t>/);
  });

  test("a cell that does not exist fails at sync with ItemNotFound", async () => {
    const word = await EmulatedWord.open(await docx(VERSIONS));
    const error = await word.Word.run(async (context) => {
      context.document.body.tables.getFirst().getCell(5, 0).value = "x";
      await context.sync();
    }).catch((caught: unknown) => caught);
    expect(error).toEqual(expect.objectContaining({ code: "ItemNotFound" }));
  });
});
