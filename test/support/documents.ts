import { readFileSync } from "node:fs";
import { EmulatedWord, type HostProfile, type OpenOptions } from "../../src/emulator";
import { emulatedWordHost } from "../../src/wiring/emulated-host";
import { type WordHost, wordHostOf } from "../../src/word/host";
import { type PlanDocument, wordPlanDocument } from "../../src/word/port";
import { officeJsClient } from "./office-js";
import { TEMPLATE_PATH } from "./template";
import { rewriteZip, zipText } from "./zip";

export { TEMPLATE_PATH };

export function templateBytes(): Uint8Array {
  return new Uint8Array(readFileSync(TEMPLATE_PATH));
}

export type OpenDocument = { readonly word: EmulatedWord; readonly document: PlanDocument };

/** Which Word client the document layer talks through in tests. */
export type WordClient = "office-js" | "emulator";

/**
 * Microsoft's office.js client in front of the emulator's RichApi host, unless PGS_WORD_CLIENT
 * says "emulator" (the emulator's own client, for comparing the two).
 */
export function testClient(): WordClient {
  const chosen = process.env["PGS_WORD_CLIENT"] ?? "office-js";
  if (chosen !== "office-js" && chosen !== "emulator")
    throw new Error(`PGS_WORD_CLIENT=${chosen}: office-js or emulator`);
  return chosen;
}

/** The document layer's host over `word`, through the given client. */
export function wordHostThrough(word: EmulatedWord, client: WordClient = testClient()): WordHost {
  if (client === "emulator") return emulatedWordHost(word);
  return wordHostOf({ Word: officeJsClient(word).Word, Office: word.Office });
}

/** Which Word the emulator behaves as: a profile, or a profile with some behaviours changed. */
export type WordBehaviour = HostProfile | OpenOptions;

/** A document open in the emulated Word, with the add-in's document layer over it. */
export async function openDocument(
  bytes: Uint8Array,
  behaviour: WordBehaviour = "desktop",
  client: WordClient = testClient(),
): Promise<OpenDocument> {
  const word = await EmulatedWord.open(
    bytes,
    typeof behaviour === "string" ? { profile: behaviour } : behaviour,
  );
  return { word, document: wordPlanDocument(wordHostThrough(word, client)) };
}

/** Counts the syncs of one operation. */
export async function syncsOf<T>(
  word: EmulatedWord,
  operation: () => Promise<T>,
): Promise<{ result: T; syncs: number }> {
  word.resetStats();
  const result = await operation();
  return { result, syncs: word.stats.syncs };
}

/** The same .docx with its main part rewritten by `edit`, as a person's editing in Word would leave it. */
export async function withDocumentXml(bytes: Uint8Array, edit: (xml: string) => string): Promise<Uint8Array> {
  const xml = zipText(bytes, "word/document.xml")!;
  const edited = edit(xml);
  if (edited === xml) throw new Error("the edit changed nothing");
  return Promise.resolve(rewriteZip(bytes, { "word/document.xml": edited }));
}

/** The inline `w:sdt` element carrying `tag`, as text. */
export function inlineControlXml(xml: string, tag: string): string {
  const at = xml.indexOf(`w:val="${tag}"`);
  const start = xml.lastIndexOf("<w:sdt>", at);
  const end = xml.indexOf("</w:sdt>", at) + "</w:sdt>".length;
  if (at < 0 || start < 0) throw new Error(`no control ${tag}`);
  return xml.slice(start, end);
}
