/**
 * The conformance kit over the emulator: each fixture opens as a new document in the emulated
 * Word of one profile, with the kit's own add-in Id (sideloaded), as jest and the dev-only
 * emulated conformance page run it.
 */
import type { CaseHost } from "../conformance/types";
import type { OpenFixture } from "../conformance/runner";
import { EmulatedWord, type HostProfile } from "../emulator";
import { CONFORMANCE_ADDIN_ID } from "../plan/addin";

export const CONFORMANCE_ADDIN = {
  id: CONFORMANCE_ADDIN_ID,
  version: "0.1.0.0",
  store: "developer",
  storeType: "Registry",
} as const;

/**
 * A person's step, as the emulator models one: a click into the control tagged "libero" (the
 * emulator has no keyboard; the playground models typing the same way, as a selection).
 */
async function clickIntoControl(word: EmulatedWord): Promise<void> {
  await word.Word.run(async (context) => {
    context.document.contentControls.getByTag("libero").getFirst().select();
    await context.sync();
  });
  // Office raises the event after the change: let it arrive.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * `client` is the Word client the cases talk through: the emulator's own unless said; tests pass
 * Microsoft's office.js client in front of the emulator's RichApi host.
 */
export function emulatedOpener(
  profile: HostProfile,
  client: (word: EmulatedWord) => CaseHost["Word"] = (word) => word.Word,
): OpenFixture {
  return async (docx) => {
    const word = await EmulatedWord.open(docx, { profile, addin: CONFORMANCE_ADDIN });
    const host: CaseHost = {
      Word: client(word),
      Office: word.Office as unknown as CaseHost["Office"],
      documentBytes: () => word.save(),
      userStep: () => clickIntoControl(word),
    };
    return host;
  };
}
