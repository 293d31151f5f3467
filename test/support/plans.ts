/**
 * Plan files for the CLI tests: a filled plan with known values, plans with problems a person can
 * cause in Word, and files that are not plans at all. Filling goes through generate.ts, the
 * same generator the benchmark uses.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type PlanContent, fillPlan } from "./generate";
import { loadTemplate } from "./template";
import { type FieldChange, setField } from "../../src/plan/changes";
import type { Plan } from "../../src/plan/read";
import { type Tag, formatTag } from "../../src/plan/tags";
import { zipOf } from "./zip";
import type { SchoolYear } from "../../src/plan/vocabulary";

export { loadTemplate } from "./template";

/** A note whose CSV cell needs quoting for every reason at once: separator, quotes, line break. */
export const TRICKY_NOTE = 'Incontro con il CTS; tema "alternanza"\nSeconda riga, con à è ì';

export type Sample = { readonly codice: string; readonly istituto: string; readonly liceoTerze: number };

export const SAMPLE: Sample = { codice: "RMIS01200X", istituto: "IIS «Galileo Galilei»", liceoTerze: 120 };

/** Known content for the template's school years: what the inspect tests look for. */
export function sampleContent(years: readonly SchoolYear[], sample: Sample = SAMPLE): PlanContent {
  const [first, second] = years;
  if (!first || !second) throw new Error("the sample needs two school years");
  return {
    campi: {
      istituto: sample.istituto,
      "codice-meccanografico": sample.codice,
      "data-redazione": "15/09/2017",
      comune: "Roma",
    },
    testi: { note: TRICKY_NOTE },
    levels: [
      { row: "1.2", year: first, level: "consolidamento" },
      { row: "accreditamento", year: second, level: "attivazione" },
    ],
    months: [
      { row: "1.2", year: first, month: "ott" },
      { row: "1.2", year: first, month: "nov" },
    ],
    counts: [{ indirizzo: "liceo", classe: "III", count: sample.liceoTerze }],
  };
}

export async function filledPlan(
  sample: Sample = SAMPLE,
  extra?: (plan: Plan) => readonly FieldChange[],
): Promise<Uint8Array> {
  return fillPlan(await loadTemplate(), (plan) => sampleContent(plan.schema.years, sample), extra);
}

/**
 * What a person typing in Word leaves in a control: any text at all. The panel's operations only
 * write canonical values, so this one change is built by hand.
 */
export function typed(plan: Plan, tag: Tag, text: string): FieldChange[] {
  const def = plan.schema.byTag.get(tag);
  const expected = plan.texts.get(tag);
  if (!def || expected === undefined) throw new Error(`no field ${tag} in the plan`);
  return [{ tag, label: def.label, kind: def.value, expected, next: text }];
}

export function levelTag(
  plan: Plan,
  row: string,
  level: "attivazione" | "consolidamento" | "non-richiesto",
): Tag {
  const year = plan.schema.years[0];
  if (!year) throw new Error("the plan has no school year");
  return formatTag({ kind: "livello", row, year, level });
}

/** Marks one level of a row in the first year without clearing the others, as a hand edit would. */
export function markLevel(
  plan: Plan,
  row: string,
  level: "attivazione" | "consolidamento" | "non-richiesto",
): FieldChange[] {
  return setField(plan, levelTag(plan, row, level), { kind: "mark", marked: true });
}

/** A valid .docx with one paragraph and no field of the template. */
export async function foreignDocx(
  body = "<w:p><w:r><w:t>Verbale del collegio docenti</w:t></w:r></w:p>",
): Promise<Uint8Array> {
  return Promise.resolve(
    zipOf([
      [
        "[Content_Types].xml",
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ],
      [
        "_rels/.rels",
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ],
      [
        "word/document.xml",
        '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
          `<w:body>${body}</w:body></w:document>`,
      ],
    ]),
  );
}

/** A real .docx cut in half: it starts like a zip and has no central directory. */
export async function truncatedDocx(): Promise<Uint8Array> {
  const template = await loadTemplate();
  return template.slice(0, Math.floor(template.length / 2));
}

/** A scratch directory, removed by the returned function. */
export async function scratchDir(): Promise<{
  readonly dir: string;
  readonly path: (name: string) => string;
  readonly remove: () => Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), "pgs-cli-test-"));
  return { dir, path: (name) => join(dir, name), remove: () => rm(dir, { recursive: true, force: true }) };
}

export async function writeBytes(file: string, bytes: Uint8Array | string): Promise<string> {
  await writeFile(file, bytes);
  return file;
}
