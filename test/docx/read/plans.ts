/** Filled plans for the equivalence tests, made through the real document layer (test/support/generate.ts). */
import { fillPlan, openPlan, randomContent } from "../../support/generate";
import { loadTemplate } from "../../support/template";
import { AMBITI } from "../../../src/plan/actions";
import { proposeVersion } from "../../../src/plan/versioning";
import { VOCI_DESCRIZIONE } from "../../../src/plan/texts";

export { loadTemplate };

/** A plan filled with the benchmark's random content for `seed`. */
export async function randomPlan(seed: number): Promise<Uint8Array> {
  return fillPlan(await loadTemplate(), (plan) => randomContent(plan.schema.years, seed));
}

/** Every description holds several paragraphs (and a tab, and quotes, and accents). */
export async function multiParagraphPlan(): Promise<Uint8Array> {
  return fillPlan(await loadTemplate(), (plan) => ({
    ...randomContent(plan.schema.years, 7),
    testi: {
      criticita: "Prima riga\nSeconda riga\n\nQuarta, dopo una vuota",
      note: "Nota\tcon tabulazione\n«virgolette» & <segni>",
    },
    descrizioni: AMBITI.flatMap((ambito) => ambito.azioni).flatMap((azione) =>
      VOCI_DESCRIZIONE.map((voce) => ({
        azione: azione.id,
        voce: voce.id,
        text: `${azione.id} ${voce.id}\nriga due\nriga tre`,
      })),
    ),
  }));
}

/** `bytes` with `count` versions recorded through the document layer (the snapshot goes into the settings). */
export async function withVersions(bytes: Uint8Array, count: number): Promise<Uint8Array> {
  const { word, document } = await openPlan(bytes);
  for (let n = 1; n <= count; n++) {
    const reading = await document.readPlan();
    const proposal = proposeVersion(reading.plan, reading.versions, reading.snapshot, `0${n}/10/2017`);
    await document.recordVersion(proposal.row, proposal.snapshot);
  }
  return word.save();
}
