/**
 * The fast-check properties behind `npm run fuzz` (many cases) and the jest suite (a few):
 * 1. any generated document, in any generated zip, ends in a reading or in one clear error, and
 *    when it reads, the CLI's streaming reader gives what the emulated Word gives;
 * 2. after applyChanges and save, every byte outside the changed controls is what it was.
 */
import fc from "fast-check";
import { UnreadablePlanError, readPlanFile } from "../../../src/cli/open-plan";
import { type DocxReading, readDocumentReading } from "../../../src/docx/read";
import { DEFAULT_TEXT_VIEW, type TextView } from "../../../src/docx/word-text";
import { inflateEntry, readZipDirectory } from "../../../src/docx/zip";
import { EmulatedWord } from "../../../src/emulator";
import { type FieldChange, setField } from "../../../src/plan/changes";
import { createSchema, type FieldDef } from "../../../src/plan/fields";
import type { Tag } from "../../../src/plan/tags";
import type { FieldValue } from "../../../src/plan/values";
import { emulatedWordHost } from "../../../src/wiring/emulated-host";
import { wordPlanDocument } from "../../../src/word/port";
import { bodies, documentXml, packageEntries, zipTricks, zipWith } from "./documents";

/**
 * The reference the readers are held to: what the add-in's readPlan gets from our emulated desktop
 * Word, with the same two loads it queues (src/word/read-plan.ts), its texts as `view` shows them.
 */
export async function emulatedReading(
  bytes: Uint8Array,
  view: TextView = DEFAULT_TEXT_VIEW,
): Promise<DocxReading> {
  const word = await EmulatedWord.open(bytes, {
    profile: "desktop",
    quirks: { showsDeletedText: view.deletedText },
  });
  return word.Word.run(async (context) => {
    const controls = context.document.contentControls.load("items/tag,items/text");
    const tables = context.document.body.tables.load("items/values");
    await context.sync();
    return {
      controls: controls.items.map((control) => ({ tag: control.tag, text: control.text })),
      tables: tables.items.map((table) => table.values),
    };
  });
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Property 1: a reading or one clear error; and the two readers agree on what reads. */
const readsOrRefuses = fc.asyncProperty(bodies, zipTricks, async (body, trick) => {
  const bytes = zipWith(packageEntries(documentXml(body)), trick);
  try {
    await readPlanFile("fuzz.docx", bytes);
  } catch (error) {
    // The one clear error pgs shows; anything else escapes and fails the property.
    if (!(error instanceof UnreadablePlanError)) throw error;
  }
  if (trick.kind !== "none") return true;
  const fast = await readDocumentReading(bytes);
  const emulated = await emulatedReading(bytes);
  if (!sameJson(fast, emulated))
    throw new Error(`the readers differ: ${JSON.stringify(fast)} vs ${JSON.stringify(emulated)}`);
  return true;
});

const schema = createSchema();
/** Fields of every value kind, placed in the generated document. */
const FIELDS: readonly FieldDef[] = [
  "pgs:campo:istituto",
  "pgs:campo:data-redazione",
  "pgs:testo:note",
  "pgs:testo:criticita",
  "pgs:livello:1.1:2017-18:attivazione",
  "pgs:mese:1.2:2018-19:ott",
  "pgs:mese:4.1:2019-20:ago",
  "pgs:alunni:liceo:III",
].map((tag) => {
  const def = schema.byTag.get(tag as Tag);
  if (!def) throw new Error(`no field ${tag}`);
  return def;
});

const plainText = fc.string({
  unit: fc.constantFrom("a", "Z", "1", " ", "à", "&", "<", "\n", "/", "«"),
  maxLength: 12,
});

function valueOf(def: FieldDef): fc.Arbitrary<FieldValue> {
  switch (def.value) {
    case "mark":
      return fc.boolean().map((marked) => ({ kind: "mark", marked }));
    case "count":
      return fc.option(fc.nat(5000), { nil: null }).map((count) => ({ kind: "count", count }));
    case "date":
      return fc.constantFrom("01/09/2017", "29/02/2020", "").map((text) => ({ kind: "date", text }));
    case "line":
      return plainText.map((text) => ({ kind: "line", text: text.replace(/\n/g, " ") }));
    case "text":
      return plainText.map((text) => ({ kind: "text", text }));
  }
}

/** Paragraphs around the controls, empty text elements (`<w:t></w:t>`) included. */
const filler = fc
  .array(fc.string({ unit: fc.constantFrom("a", " ", "&", "è"), maxLength: 6 }), {
    maxLength: 3,
  })
  .map((texts) =>
    texts
      .map((t) => `<w:p><w:r><w:t xml:space="preserve">${t.replace(/&/g, "&amp;")}</w:t></w:r></w:p>`)
      .join(""),
  );

function controlXml(def: FieldDef, index: number): string {
  const properties = `<w:sdtPr><w:tag w:val="${def.tag}"/><w:id w:val="${index + 1}"/></w:sdtPr>`;
  return def.value === "text"
    ? `<w:sdt>${properties}<w:sdtContent><w:p><w:r><w:t xml:space="preserve"> </w:t></w:r></w:p></w:sdtContent></w:sdt>`
    : `<w:p><w:sdt>${properties}<w:sdtContent><w:r><w:t xml:space="preserve"> </w:t></w:r></w:sdtContent></w:sdt></w:p>`;
}

/** The main part's text with every control carrying one of `tags` cut out. */
function outsideControls(xml: string, tags: ReadonlySet<string>): string {
  let out = xml;
  for (const tag of tags) {
    const at = out.indexOf(`w:val="${tag}"`);
    if (at < 0) continue;
    const start = out.lastIndexOf("<w:sdt>", at);
    const end = out.indexOf("</w:sdt>", at) + "</w:sdt>".length;
    out = `${out.slice(0, start)}<changed/>${out.slice(end)}`;
  }
  return out;
}

function partsOf(bytes: Uint8Array): Map<string, Uint8Array> {
  const directory = readZipDirectory(bytes);
  const budget = { used: 0 };
  return new Map(directory.entries.map((entry) => [entry.name, inflateEntry(bytes, entry, budget)]));
}

const layout = fc.tuple(
  fc.shuffledSubarray([...FIELDS.keys()], { minLength: 1 }),
  fc.array(filler, { minLength: FIELDS.length + 1, maxLength: FIELDS.length + 1 }),
);

const decoder = new TextDecoder();

/** Property 2: applyChanges then save leaves every byte outside the changed controls as it was. */
const changesStayInside = fc.asyncProperty(
  layout.chain(([chosen, fillers]) =>
    fc.tuple(
      fc.constant(chosen),
      fc.constant(fillers),
      fc.tuple(...chosen.map((i) => fc.option(valueOf(FIELDS[i] as FieldDef), { nil: undefined }))),
    ),
  ),
  async ([chosen, fillers, values]) => {
    const body = chosen.map((i, n) => `${fillers[n] ?? ""}${controlXml(FIELDS[i] as FieldDef, n)}`).join("");
    const before = zipWith(packageEntries(documentXml(body + (fillers[chosen.length] ?? ""))), {
      kind: "none",
    });
    const word = await EmulatedWord.open(before);
    const document = wordPlanDocument(emulatedWordHost(word));
    const { plan } = await document.readPlan();
    const changes: FieldChange[] = chosen.flatMap((i, n) => {
      const value = values[n];
      const tag = (FIELDS[i] as FieldDef).tag;
      // Years read from the tags present: a lone year apart from the others is not the plan's.
      return value === undefined || !plan.schema.byTag.has(tag) ? [] : setField(plan, tag, value);
    });
    await document.applyChanges(plan, changes);
    const after = await word.save();
    const [old, now] = [partsOf(before), partsOf(after)];
    if (!sameJson([...old.keys()], [...now.keys()])) throw new Error("the parts changed");
    const changed = new Set(changes.map((change) => change.tag as string));
    for (const [name, bytes] of old) {
      const saved = now.get(name) as Uint8Array;
      if (name !== "word/document.xml") {
        if (!sameJson([...bytes], [...saved])) throw new Error(`${name} changed`);
        continue;
      }
      const [a, b] = [
        outsideControls(decoder.decode(bytes), changed),
        outsideControls(decoder.decode(saved), changed),
      ];
      if (a !== b) throw new Error(`bytes outside the changed controls changed:\n${a}\n${b}`);
    }
    return true;
  },
);

/** Each case's time and the process's memory after it, for `npm run fuzz`'s figures. */
export type CaseObserver = (milliseconds: number) => void;

export type FuzzProperty = {
  readonly name: string;
  readonly property: fc.IAsyncPropertyWithHooks<unknown[]>;
};

export const FUZZ_PROPERTIES: readonly FuzzProperty[] = [
  { name: "reads or refuses with one clear error; both readers agree", property: readsOrRefuses as never },
  {
    name: "applyChanges + save changes no byte outside the changed controls",
    property: changesStayInside as never,
  },
];

export { changesStayInside, readsOrRefuses };
