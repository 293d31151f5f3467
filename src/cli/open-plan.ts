import { describeZipProblem, describeEncodingProblem } from "../docx/messages";
import { DocxReadError, readAddinSettings, readDocumentReading } from "../docx/read";
import { PartEncodingError } from "../docx/xml";
import { ZipProblem } from "../docx/zip";
import { LimitError, describeLimit } from "../plan/limits";
import { type PlanReading, planReadingOf } from "../plan/plan-reading";
import { SNAPSHOT_SETTING } from "../plan/versioning";

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

/** Why a .docx could not be read, in Italian; an error of another kind is rethrown. */
function whyUnreadable(error: unknown): string {
  if (error instanceof LimitError) return describeLimit(error.limit, error.part);
  if (error instanceof ZipProblem)
    return `file .docx danneggiato o non accettato: ${describeZipProblem(error)}`;
  if (error instanceof PartEncodingError)
    return `file .docx danneggiato o non accettato: ${describeEncodingProblem(error.part)}`;
  if (error instanceof DocxReadError) return `file .docx danneggiato o non leggibile (${error.message})`;
  throw error;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads a plan from .docx bytes: what Word's contentControls and tables would give (the fast
 * reader, tested equal to the emulator's Word), interpreted by the same plan code as the add-in's.
 * Bad input becomes an UnreadablePlanError naming the file, never a stack trace.
 */
export async function readPlanFile(file: string, bytes: Uint8Array): Promise<PlanReading> {
  if (bytes.length < 4 || !ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte)) {
    throw new UnreadablePlanError(file, "non è un file .docx (non è un archivio zip)");
  }
  let reading: PlanReading;
  try {
    const [document, settings] = await Promise.all([readDocumentReading(bytes), readAddinSettings(bytes)]);
    reading = planReadingOf(document, settings[SNAPSHOT_SETTING]);
  } catch (error) {
    throw new UnreadablePlanError(file, whyUnreadable(error));
  }
  if (reading.plan.problems.some((problem) => problem.code === "not-template")) {
    throw new UnreadablePlanError(file, "non è un Piano Generale di Supporto (nessun campo del modello)");
  }
  return reading;
}
