import type { EmulatedWord } from "../emulator";
import { type WordHost, wordHostOf } from "../word/host";

/** The document layer's host over the emulator: the factory Word uses, given the emulator's namespaces. */
export function emulatedWordHost(word: EmulatedWord): WordHost {
  return wordHostOf({ Word: word.Word, Office: word.Office });
}
