import { createSchema } from "../../src/plan/fields";
import { interpretDocument } from "../../src/plan/read";
import { formatTag } from "../../src/plan/tags";
import {
  FIRST_VERSION_SUMMARY,
  changedTags,
  findVersionTable,
  parseSnapshot,
  proposeVersion,
  revisionSummary,
  snapshotOf,
} from "../../src/plan/versioning";
import { readingOf } from "../support/reading";

const schema = createSchema();
const year = schema.years[0]!;

describe("versioning", () => {
  it("keeps the snapshot small: only filled fields, free texts as a hash", () => {
    const texts = new Map([
      [formatTag({ kind: "testo", testo: "note" }), "Una nota lunga ".repeat(50)],
      [formatTag({ kind: "mese", row: "1.1", year, month: "set" }), "X"],
    ]);
    const snapshot = snapshotOf(interpretDocument(schema, readingOf(schema, texts)), 3);
    expect(Object.keys(snapshot.fields)).toHaveLength(2);
    expect(snapshot.fields["pgs:testo:note"]).toMatch(/^#[0-9a-f]{8}$/);
    expect(parseSnapshot(JSON.parse(JSON.stringify(snapshot)))).toEqual(snapshot);
  });

  it("rejects a stored snapshot of another shape", () => {
    for (const bad of [
      null,
      3,
      { format: 2, version: 1, fields: {} },
      { format: 1, version: 1, fields: { a: 1 } },
    ]) {
      expect(parseSnapshot(bad)).toBeUndefined();
    }
  });

  it("names what changed by ambito and azione, in the template's order", () => {
    const tags = [
      formatTag({ kind: "alunni", indirizzo: "liceo", classe: "III" }),
      formatTag({ kind: "livello", row: "accreditamento", year, level: "attivazione" }),
      formatTag({ kind: "mese", row: "4.1", year, month: "ott" }),
      formatTag({ kind: "descrizione", azione: "1.2", voce: "tutor" }),
      formatTag({ kind: "campo", campo: "pec" }),
    ];
    expect(revisionSummary(tags)).toBe(
      "Anagrafica scuola; Ambito 1 CONTESTO E RETE TERRITORIALE: 1.2; Ambito 4 VALUTAZIONE: 4.1; Accreditamento regionale; Alunni coinvolti",
    );
  });

  it("proposes the first version as the first draft, then numbers on from the table and the snapshot", () => {
    const plan = interpretDocument(schema, readingOf(schema));
    const first = proposeVersion(plan, [], undefined, "01/09/2017");
    expect(first.row).toEqual({ date: "01/09/2017", number: "1", summary: FIRST_VERSION_SUMMARY });
    const rows = [{ date: "01/09/2017", number: "4", summary: "x" }];
    const next = proposeVersion(plan, rows, first.snapshot, "02/09/2017");
    expect(next.row).toEqual({ date: "02/09/2017", number: "5", summary: "Nessuna modifica ai contenuti" });
    expect(changedTags(first.snapshot, next.snapshot)).toEqual([]);
  });

  it("finds the versioning table by its header and skips blank rows", () => {
    const tables = [
      [["a"]],
      [
        ["DATA", "VERSIONE N.", "AMBITI E AZIONI OGGETTO DI REVISIONE"],
        ["01/09/2017", "1", "Prima stesura del piano\r"],
        [" ", "", ""],
      ],
    ];
    expect(findVersionTable(tables)).toEqual({
      index: 1,
      rowCount: 3,
      rows: [{ date: "01/09/2017", number: "1", summary: "Prima stesura del piano" }],
      lastRowBlank: true,
    });
    expect(findVersionTable([[["DATA"]]])).toBeUndefined();
  });
});
