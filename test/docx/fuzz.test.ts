/**
 * The fuzz properties (test/support/fuzz/properties.ts) on a few hundred cases; `npm run fuzz` runs them
 * on ten thousand and more, and prints the figures.
 */
import fc from "fast-check";
import { changesStayInside, readsOrRefuses } from "../support/fuzz/properties";

test("any generated document in any generated zip ends in a reading or one clear error, and both readers agree", async () => {
  await fc.assert(readsOrRefuses, { numRuns: 300, seed: 20170901 });
}, 60_000);

test("after applyChanges and save, no byte outside the changed controls changes", async () => {
  await fc.assert(changesStayInside, { numRuns: 60, seed: 20170901 });
}, 60_000);
