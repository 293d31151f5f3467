/**
 * The export corpus: filling a plan through the emulator takes about a second, so `distinct` plans
 * are generated (seeds seed, seed+1, …) and each is written under several names to reach `total`.
 * The export reads every file from scratch, so repeated bytes cost it as much as distinct ones.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fillPlan, randomContent } from "./generate";

export type Corpus = {
  readonly dir: string;
  readonly total: number;
  readonly distinct: number;
  readonly bytes: number;
};

export async function writeCorpus(
  template: Uint8Array,
  dir: string,
  total: number,
  distinct: number,
  seed: number,
): Promise<Corpus> {
  await mkdir(dir, { recursive: true });
  const plans: Uint8Array[] = [];
  for (let index = 0; index < Math.min(distinct, total); index++) {
    plans.push(await fillPlan(template, (plan) => randomContent(plan.schema.years, seed + index)));
  }
  let bytes = 0;
  for (let index = 0; index < total; index++) {
    const plan = plans[index % plans.length];
    if (!plan) throw new Error("no plans generated");
    await writeFile(join(dir, `piano-${String(index + 1).padStart(4, "0")}.docx`), plan);
    bytes += plan.length;
  }
  return { dir, total, distinct: plans.length, bytes };
}
