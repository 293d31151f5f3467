import { EmulatedWord } from "../emulator";
import { emulatedWordHost } from "../wiring/emulated-host";
import { type PlanReading, wordPlanDocument } from "../word/port";

/** A file that could not be read as a plan, with a one-line reason in Italian. */
export class UnreadablePlanError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "UnreadablePlanError";
  }
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads a plan from .docx bytes through the same document layer the add-in uses in Word, over the
 * emulator. Bad input becomes an UnreadablePlanError naming the file, never a stack trace.
 */
export async function readPlanFile(file: string, bytes: Uint8Array): Promise<PlanReading> {
  if (bytes.length < 4 || !ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte)) {
    throw new UnreadablePlanError(file, "non è un file .docx (non è un archivio zip)");
  }
  let word: EmulatedWord;
  try {
    word = await EmulatedWord.open(bytes);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UnreadablePlanError(file, `file .docx danneggiato o non leggibile (${detail})`);
  }
  const reading = await wordPlanDocument(emulatedWordHost(word)).readPlan();
  if (reading.plan.problems.some((problem) => problem.code === "not-template")) {
    throw new UnreadablePlanError(file, "non è un Piano Generale di Supporto (nessun campo del modello)");
  }
  return reading;
}
