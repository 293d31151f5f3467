/**
 * How much a document may hold before any reader does the work: every reader (the CLI's streaming
 * reader, the emulator, the playground's drawing, the plan reading) checks these numbers while it
 * reads, and stops with one LimitError naming the limit.
 *
 * Measured on the official template (assets/piano-generale-di-supporto.docx): 14 zip entries,
 * 732 KB unpacked, word/document.xml 716 KB, elements nested 11 deep, 1,077 content controls,
 * 3 school years. Each limit is that figure times a generous margin, so a real plan, however
 * filled, never meets one:
 */
export const LIMITS = {
  /** Zip entries (14 in the template). */
  zipEntries: 1_000,
  /**
   * Unpacked bytes of one part (716 KB for the template's main part). Word itself opens at most
   * 32 MB of text in a .docx ("Operating parameter limitations and specifications in Word",
   * learn.microsoft.com).
   */
  partBytes: 32 * 1024 * 1024,
  /** Unpacked bytes of every part together (732 KB for the template). */
  totalBytes: 128 * 1024 * 1024,
  /** Elements nested in one XML part (11 in the template). */
  xmlDepth: 256,
  /** Content controls in the body (1,077 in the template; 21,540 in the benchmark's 20× document). */
  controls: 25_000,
  /** School years of one plan, consecutive (3 in the template). */
  schoolYears: 10,
} as const;

export type LimitName = keyof typeof LIMITS;

/** A document past one of the LIMITS; `part` is the zip entry or XML part, "" when the whole file. */
export class LimitError extends Error {
  override readonly name = "LimitError";
  constructor(
    readonly limit: LimitName,
    readonly part: string,
  ) {
    super(describeLimit(limit, part, "en"));
  }
}

const MIB = 1024 * 1024;

function amount(limit: LimitName, locale: "it" | "en"): string {
  const value = LIMITS[limit];
  const number = (n: number) => n.toLocaleString(locale === "it" ? "it-IT" : "en-GB");
  return limit === "partBytes" || limit === "totalBytes" ? `${number(value / MIB)} MiB` : number(value);
}

/** The limit in words, Italian first and English second; the caller adds the file's name. */
export function describeLimit(limit: LimitName, part: string, locale: "it" | "en" = "it"): string {
  const it = locale === "it";
  const max = amount(limit, locale);
  const where = part === "" ? "" : it ? ` (parte ${part})` : ` (part ${part})`;
  switch (limit) {
    case "zipEntries":
      return it
        ? `il file contiene più di ${max} voci zip: oltre il limite per un piano`
        : `the file holds more than ${max} zip entries: past the limit for a plan`;
    case "partBytes":
      return it
        ? `una parte del file, decompressa, supera ${max}${where}: oltre il limite per un piano`
        : `a part of the file unpacks to more than ${max}${where}: past the limit for a plan`;
    case "totalBytes":
      return it
        ? `il file, decompresso, supera ${max}${where}: oltre il limite per un piano`
        : `the file unpacks to more than ${max}${where}: past the limit for a plan`;
    case "xmlDepth":
      return it
        ? `elementi XML annidati più di ${max} livelli${where}: oltre il limite per un piano`
        : `XML elements nested more than ${max} deep${where}: past the limit for a plan`;
    case "controls":
      return it
        ? `più di ${max} controlli del contenuto${where}: oltre il limite per un piano`
        : `more than ${max} content controls${where}: past the limit for a plan`;
    case "schoolYears":
      return it
        ? `più di ${max} anni scolastici: oltre il limite per un piano`
        : `more than ${max} school years: past the limit for a plan`;
  }
}
