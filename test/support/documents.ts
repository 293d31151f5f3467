import { readFileSync } from "node:fs";
import path from "node:path";
import { EmulatedWord, type HostProfile } from "../../src/emulator";
import { emulatedWordHost } from "../../src/wiring/emulated-host";
import { type PlanDocument, wordPlanDocument } from "../../src/word/port";

export const TEMPLATE_PATH = path.resolve(__dirname, "../../assets/piano-generale-di-supporto.docx");

export function templateBytes(): Uint8Array {
  return new Uint8Array(readFileSync(TEMPLATE_PATH));
}

export type OpenDocument = { readonly word: EmulatedWord; readonly document: PlanDocument };

/** A document open in the emulated Word, with the add-in's document layer over it. */
export async function openDocument(bytes: Uint8Array, profile: HostProfile = "desktop"): Promise<OpenDocument> {
  const word = await EmulatedWord.open(bytes, { profile });
  return { word, document: wordPlanDocument(emulatedWordHost(word)) };
}

/** Counts the syncs of one operation. */
export async function syncsOf<T>(word: EmulatedWord, operation: () => Promise<T>): Promise<{ result: T; syncs: number }> {
  word.resetStats();
  const result = await operation();
  return { result, syncs: word.stats.syncs };
}
