/**
 * No table can stop the reading: loading a table's cell data fails on some hosts when the table has
 * vertically merged cells (office-js #3200), and the template has many. The emulator's
 * `throws-on-vertical-merge` quirk makes `Table.values` fail so on every such table.
 */
import { EmulatedWord, type HostProfile } from "../../src/emulator";
import { setCount, setServiceLevel, setText } from "../../src/plan/changes";
import { formatTag } from "../../src/plan/tags";
import { proposeVersion } from "../../src/plan/versioning";
import { wordPlanDocument } from "../../src/word/port";
import { openDocument, syncsOf, templateBytes, withDocumentXml, wordHostThrough } from "../support/documents";
import { zipText } from "../support/zip";

const NOTE = formatTag({ kind: "testo", testo: "note" });

/** The template with a level, a count, a text and one recorded version, as saved bytes. */
async function filledWithVersion() {
  const { document, word } = await openDocument(templateBytes());
  const blank = await document.readPlan();
  const year = blank.plan.schema.years[0]!;
  const count = setCount(blank.plan, "liceo", "III", "12");
  if (!count.ok) throw new Error("12 is a count");
  await document.applyChanges(blank.plan, [
    ...setServiceLevel(blank.plan, "1.1", year, "attivazione"),
    ...count.changes,
    ...setText(blank.plan, NOTE, "Nota del dirigente"),
  ]);
  const filled = await document.readPlan();
  const version = proposeVersion(filled.plan, filled.versions, filled.snapshot, "01/10/2017");
  await document.recordVersion(version.row, version.snapshot);
  const reading = await document.readPlan();
  return { bytes: await word.save(), reading };
}

async function throwingTables(bytes: Uint8Array, profile: HostProfile) {
  const word = await EmulatedWord.open(bytes, {
    profile,
    quirks: { tableValues: "throws-on-vertical-merge" },
  });
  return { word, document: wordPlanDocument(wordHostThrough(word)) };
}

/** How many of the document's tables have vertically merged cells, counted in its XML (no table nests one). */
async function tablesWithVerticalMerges(bytes: Uint8Array): Promise<{ merged: number; all: number }> {
  const tables = zipText(bytes, "word/document.xml")!.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
  const word = await EmulatedWord.open(bytes);
  const listed = await word.Word.run(async (context) => {
    const collection = context.document.body.tables.load("items/rowCount");
    await context.sync();
    return collection.items.length;
  });
  expect(listed).toBe(tables.length);
  return { merged: tables.filter((table) => table.includes("<w:vMerge")).length, all: tables.length };
}

describe("a table Word will not give (office-js #3200)", () => {
  it.each(["desktop", "web"] as const)(
    "does not touch the reading on %s, which lists every control and loads only the versioning table",
    async (profile) => {
      const { bytes, reading } = await filledWithVersion();
      const { word, document } = await throwingTables(bytes, profile);
      const { result, syncs } = await syncsOf(word, () => document.readPlan());
      expect(syncs).toBe(2);
      expect(word.stats.loaded.tables).toBe(1);
      expect(result.plan.problems).toEqual([]);
      expect(result.plan.values).toEqual(reading.plan.values);
      expect(result.versions).toEqual(reading.versions);
    },
  );

  it("costs only its own fields where the host hides the controls in tables: every other field is read, the lost ones are one problem", async () => {
    const { bytes, reading } = await filledWithVersion();
    const { merged, all } = await tablesWithVerticalMerges(bytes);
    expect(merged).toBeGreaterThan(0);
    const { word, document } = await throwingTables(bytes, "web-stress");
    const { result, syncs } = await syncsOf(word, () => document.readPlan());

    const [first, ...rest] = result.plan.problems;
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ code: "unreadable-tables", tables: merged });
    const lost = reading.plan.schema.fields.filter((def) => !result.plan.values.has(def.tag));
    expect(first).toMatchObject({ fields: lost.length });
    expect(lost.length).toBeGreaterThan(0);
    expect(lost.length).toBeLessThan(reading.plan.schema.fields.length);
    for (const [tag, value] of result.plan.values) expect(value).toEqual(reading.plan.values.get(tag));
    expect(result.plan.values.get(NOTE)).toEqual({ kind: "text", text: "Nota del dirigente" });
    expect(result.versions).toEqual(reading.versions);
    // Halving isolates each failing table in fewer syncs than reading the tables one by one would.
    // Halving needs at most two batches per table after the listing, whatever fails.
    expect(syncs).toBeLessThanOrEqual(3 + 2 * all);
  });

  it("isolates a single failing table by halving, in far fewer syncs than one per table", async () => {
    let merged = 0;
    const oneMerged = await withDocumentXml(templateBytes(), (xml) =>
      xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (table) =>
        table.includes("<w:vMerge") && ++merged > 1 ? table.replace(/<w:vMerge[^>]*\/>/g, "") : table,
      ),
    );
    expect(await tablesWithVerticalMerges(oneMerged)).toMatchObject({ merged: 1 });
    const { all } = await tablesWithVerticalMerges(oneMerged);
    const { word, document } = await throwingTables(oneMerged, "web-stress");
    const { result, syncs } = await syncsOf(word, () => document.readPlan());
    expect(result.plan.problems[0]).toMatchObject({ code: "unreadable-tables", tables: 1 });
    // The controls, every table together, the listing, then two halves per level down to one table.
    expect(syncs).toBeLessThanOrEqual(3 + 2 * Math.ceil(Math.log2(all)));
    expect(syncs).toBeLessThan(all);
  });

  it("still lets the pane write the fields outside the lost tables", async () => {
    const { bytes } = await filledWithVersion();
    const { word, document } = await throwingTables(bytes, "web-stress");
    const reading = await document.readPlan();
    const result = await document.applyChanges(reading.plan, setText(reading.plan, NOTE, "Riscritta"));
    expect(result.refused).toEqual([]);
    const after = wordPlanDocument(wordHostThrough(await EmulatedWord.open(await word.save())));
    expect((await after.readPlan()).plan.values.get(NOTE)).toEqual({ kind: "text", text: "Riscritta" });
  });
});

describe("the versioning table", () => {
  it("is found by its header among every table when the control around it is gone, for reading and for recording", async () => {
    const { bytes, reading } = await filledWithVersion();
    const { word, document } = await openDocument(bytes);
    await word.Word.run(async (context) => {
      const control = context.document.contentControls.getByTag("pgs:versioning").getFirst();
      control.cannotDelete = false;
      control.delete(true);
      await context.sync();
    });
    const without = await document.readPlan();
    expect(without.versions).toEqual(reading.versions);
    const next = proposeVersion(without.plan, without.versions, without.snapshot, "02/10/2017");
    expect(await document.recordVersion(next.row, next.snapshot)).toEqual([...reading.versions, next.row]);
    expect((await document.readPlan()).versions).toEqual([...reading.versions, next.row]);
  });
});
