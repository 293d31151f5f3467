/** The emulator's answers the readers' tests compare with (the reading itself is the fuzz properties', shared). */
import { EmulatedWord } from "../../../src/emulator";

export { emulatedReading } from "../../support/fuzz/properties";

/** The emulator's settings bag for the names `names`, as `Office.context.document.settings.get` gives them. */
export async function emulatedSettings(
  bytes: Uint8Array,
  names: readonly string[],
): Promise<Record<string, unknown>> {
  const word = await EmulatedWord.open(bytes, { profile: "desktop" });
  const settings = word.Office.context.document.settings;
  return Object.fromEntries(names.map((name) => [name, settings.get(name)]));
}
