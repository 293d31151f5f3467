/**
 * The meter counts what each sync sends back to the add-in: objects whose properties were loaded,
 * content controls among them, and characters of text. The benchmark's volume per click rests on it.
 */
import { EmulatedWord } from "../../src/emulator";
import { cell, control, docx, paragraph, row, run, table } from "../support/wordml";

async function open(): Promise<EmulatedWord> {
  const body =
    paragraph(control({ tag: "a" }, run("uno"))) +
    paragraph(control({ tag: "b" }, run("quattro"))) +
    table(row(cell(paragraph(run("ab"))) + cell(paragraph(run("cde")))));
  return EmulatedWord.open(await docx(body));
}

test("each sync records the controls it loaded and the characters of their loaded values", async () => {
  const word = await open();
  word.resetStats();
  await word.Word.run(async (context) => {
    context.document.contentControls.load("items/tag,items/text");
    await context.sync();
    context.document.contentControls.getByTag("b").load("items/text");
    await context.sync();
  });
  expect(word.stats.syncs).toBe(2);
  expect(word.stats.loads).toEqual([
    {
      objects: 2,
      controls: 2,
      tables: 0,
      characters: "a".length + "uno".length + "b".length + "quattro".length,
    },
    { objects: 1, controls: 1, tables: 0, characters: "quattro".length },
  ]);
  expect(word.stats.loaded).toEqual({ objects: 3, controls: 3, tables: 0, characters: 12 + 7 });
});

test("a table's values count their characters, and the table is an object and a table, not a control", async () => {
  const word = await open();
  word.resetStats();
  await word.Word.run(async (context) => {
    context.document.body.tables.load("items/values");
    await context.sync();
  });
  expect(word.stats.loaded).toEqual({
    objects: 1,
    controls: 0,
    tables: 1,
    characters: "ab".length + "cde".length,
  });
});

test("a sync that only writes loads nothing, and a failed batch sends nothing back", async () => {
  const word = await open();
  word.resetStats();
  await word.Word.run(async (context) => {
    context.document.contentControls.getByTag("a").getFirst().insertText("due", "Replace");
    await context.sync();
  });
  const failed = word.Word.run(async (context) => {
    context.document.contentControls.getByTag("b").load("items/text");
    context.document.contentControls.getByTag("assente").getFirst().insertText("x", "Replace");
    await context.sync();
  });
  await expect(failed).rejects.toMatchObject({ code: "ItemNotFound" });
  expect(word.stats.loads).toEqual([
    { objects: 0, controls: 0, tables: 0, characters: 0 },
    { objects: 0, controls: 0, tables: 0, characters: 0 },
  ]);
});

test("resetStats forgets every sync's load", async () => {
  const word = await open();
  await word.Word.run(async (context) => {
    context.document.contentControls.load("items/text");
    await context.sync();
  });
  word.resetStats();
  expect(word.stats.loads).toEqual([]);
  expect(word.stats.loaded).toEqual({ objects: 0, controls: 0, tables: 0, characters: 0 });
});
