/** Command-line options of `npm run bench`. */
import { parseArgs } from "node:util";

export type BenchOptions = {
  readonly quick: boolean;
  readonly seed: number;
  /** Repetitions of each timed operation (the median is reported). */
  readonly runs: number;
  readonly plans: number;
  /** The larger corpus pgs is timed on against the floor: copies of the first one's files. */
  readonly largePlans: number;
  readonly distinct: number;
  readonly factors: readonly number[];
  readonly keep: boolean;
  /** Cold loads of each page in Chromium. */
  readonly loads: number;
};

export const DEFAULT_SEED = 20170901;

export const USAGE = `npm run bench -- [--quick] [--seed N] [--plans N] [--large N] [--keep]
  --quick   smoke run: 3 repetitions, 100 plans from 5 distinct ones, 3 cold loads of each pane
  --seed    seed of the generated plans (default ${DEFAULT_SEED})
  --plans   number of plans to export (default 1000, quick 100)
  --large   plans of the second corpus timed against the floor (default 5000, quick 300)
  --keep    keep the temporary directory with the corpus and the export`;

function wholeNumber(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} needs a whole number ≥ 1, not «${text}»`);
  return value;
}

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: "boolean", default: false },
      seed: { type: "string" },
      plans: { type: "string" },
      large: { type: "string" },
      keep: { type: "boolean", default: false },
    },
  });
  const quick = values.quick ?? false;
  return {
    quick,
    seed: wholeNumber(values.seed, DEFAULT_SEED, "seed"),
    runs: quick ? 3 : 7,
    plans: wholeNumber(values.plans, quick ? 100 : 1000, "plans"),
    largePlans: wholeNumber(values.large, quick ? 300 : 5000, "large"),
    distinct: quick ? 5 : 50,
    factors: [1, 5, 20],
    keep: values.keep ?? false,
    loads: quick ? 3 : 11,
  };
}
