/**
 * The reference: what the add-in's readPlan gets from our emulated desktop Word, with the same two
 * loads it queues (src/word/read-plan.ts).
 */
import { EmulatedWord } from "../../../src/emulator";

export { emulatedReading } from "../../../bench/fuzz/properties";

/** The emulator's settings bag for the names `names`, as `Office.context.document.settings.get` gives them. */
export async function emulatedSettings(
  bytes: Uint8Array,
  names: readonly string[],
): Promise<Record<string, unknown>> {
  const word = await EmulatedWord.open(bytes, { profile: "desktop" });
  const settings = word.Office.context.document.settings;
  return Object.fromEntries(names.map((name) => [name, settings.get(name)]));
}
