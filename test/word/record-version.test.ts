import { setServiceLevel, setText } from "../../src/plan/changes";
import { formatTag } from "../../src/plan/tags";
import { FIRST_VERSION_SUMMARY, proposeVersion } from "../../src/plan/versioning";
import { DocumentError } from "../../src/word/errors";
import { openDocument, syncsOf, templateBytes } from "../support/documents";

describe("recordVersion", () => {
  it("writes the first version into the template's blank row, in two syncs, and keeps the snapshot in the document", async () => {
    const { word, document } = await openDocument(templateBytes());
    const reading = await document.readPlan();
    const proposal = proposeVersion(reading.plan, reading.versions, reading.snapshot, "01/10/2017");
    expect(proposal.row).toEqual({ date: "01/10/2017", number: "1", summary: FIRST_VERSION_SUMMARY });
    const { result, syncs } = await syncsOf(word, () =>
      document.recordVersion(proposal.row, proposal.snapshot),
    );
    expect(syncs).toBe(2);
    expect(result).toEqual([proposal.row]);
    const reopened = await openDocument(await word.save());
    const after = await reopened.document.readPlan();
    expect(after.versions).toEqual([proposal.row]);
    expect(after.snapshot).toEqual(proposal.snapshot);
  });

  it("appends the next version as a new row and sums up what changed since the last one", async () => {
    const { document } = await openDocument(templateBytes());
    const first = await document.readPlan();
    const v1 = proposeVersion(first.plan, first.versions, first.snapshot, "01/10/2017");
    await document.recordVersion(v1.row, v1.snapshot);
    const year = first.plan.schema.years[1]!;
    await document.applyChanges(first.plan, [
      ...setServiceLevel(first.plan, "1.3", year, "attivazione"),
      ...setServiceLevel(first.plan, "2.1", year, "consolidamento"),
      ...setText(
        first.plan,
        formatTag({ kind: "descrizione", azione: "1.5", voce: "attivita" }),
        "Nuove attività",
      ),
      ...setText(first.plan, formatTag({ kind: "campo", campo: "altro-nome" }), "Servizio civile"),
    ]);
    const second = await document.readPlan();
    const v2 = proposeVersion(second.plan, second.versions, second.snapshot, "15/01/2018");
    expect(v2.row.number).toBe("2");
    expect(v2.row.summary).toBe(
      "Ambito 1 CONTESTO E RETE TERRITORIALE: 1.3, 1.5; Ambito 2 PROGETTAZIONE ALTERNANZA SCUOLA LAVORO: 2.1; Misure di politica attiva: Altro",
    );
    const versions = await document.recordVersion(v2.row, v2.snapshot);
    expect(versions.map((row) => row.number)).toEqual(["1", "2"]);
    expect((await document.readPlan()).versions).toEqual(versions);
  });

  it("refuses a version number that someone recorded meanwhile", async () => {
    const { document } = await openDocument(templateBytes());
    const reading = await document.readPlan();
    const proposal = proposeVersion(reading.plan, reading.versions, reading.snapshot, "01/10/2017");
    await document.recordVersion(proposal.row, proposal.snapshot);
    await expect(document.recordVersion(proposal.row, proposal.snapshot)).rejects.toEqual(
      expect.objectContaining({ code: "version-number-taken" }),
    );
    expect((await document.readPlan()).versions).toHaveLength(1);
  });

  it("says so when the versioning table is gone", async () => {
    const { word, document } = await openDocument(templateBytes());
    const reading = await document.readPlan();
    await word.Word.run(async (context) => {
      const control = context.document.contentControls.getByTag("pgs:versioning").getFirst();
      control.cannotDelete = false;
      control.delete(false);
      await context.sync();
    });
    const proposal = proposeVersion(reading.plan, reading.versions, reading.snapshot, "01/10/2017");
    const error = await document
      .recordVersion(proposal.row, proposal.snapshot)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DocumentError);
    expect(error).toEqual(expect.objectContaining({ code: "versioning-table-missing" }));
  });

  it("records versions on the web too, where the table sits in a block control Word lists", async () => {
    const { document } = await openDocument(templateBytes(), "web-stress");
    const reading = await document.readPlan();
    const proposal = proposeVersion(reading.plan, reading.versions, reading.snapshot, "01/10/2017");
    await document.recordVersion(proposal.row, proposal.snapshot);
    expect((await document.readPlan()).versions).toEqual([proposal.row]);
  });
});
