/** What is wrong with a package (its zip, a part's encoding), in words, Italian first and English second; the caller adds the file's name. */
import type { ZipProblemCode } from "./zip-problem-code";

/** What describeZipProblem needs of a ZipProblem (zip.ts, whose own message is written here). */
type ZipProblemFacts = { readonly code: ZipProblemCode; readonly entry: string };

export function describeZipProblem(problem: ZipProblemFacts, locale: "it" | "en" = "it"): string {
  const it = locale === "it";
  const e = problem.entry;
  switch (problem.code) {
    case "not-zip":
      return it ? "non è un archivio zip" : "not a zip archive";
    case "zip64":
      return it
        ? "archivio zip64: un piano non ne ha bisogno e non viene letto"
        : "a zip64 archive: no plan needs one, and it is not read";
    case "multi-disk":
      return it ? "archivio zip diviso in più volumi" : "a zip archive split over several volumes";
    case "bad-directory":
      return it
        ? `indice dello zip danneggiato${e ? ` (voce ${e})` : ""}`
        : `the zip's central directory is damaged${e ? ` (entry ${e})` : ""}`;
    case "bad-name":
      return it
        ? `nome di voce non valido: ${e || "(non UTF-8)"}`
        : `an invalid entry name: ${e || "(not UTF-8)"}`;
    case "dot-segment":
      return it
        ? `la voce ${e} contiene "." o ".." nel nome, che un pacchetto Office non ammette`
        : `the entry ${e} has "." or ".." in its name, which an Office package does not allow`;
    case "absolute-name":
      return it
        ? `la voce ${e} ha un percorso assoluto, che un pacchetto Office non ammette`
        : `the entry ${e} has an absolute path, which an Office package does not allow`;
    case "backslash-name":
      return it
        ? `la voce ${e} contiene "\\" nel nome, che un pacchetto Office non ammette`
        : `the entry ${e} has "\\" in its name, which an Office package does not allow`;
    case "duplicate-name":
      return it
        ? `la voce ${e} compare due volte (anche solo con maiuscole diverse): non si sa quale leggere`
        : `the entry ${e} appears twice (perhaps in another case): there is no telling which to read`;
    case "local-header-missing":
      return it
        ? `manca l'intestazione locale della voce ${e}`
        : `the local header of the entry ${e} is missing`;
    case "local-name-mismatch":
      return it
        ? `la voce ${e} ha un altro nome nell'intestazione locale: l'archivio si legge in due modi`
        : `the entry ${e} has another name in its local header: the archive reads two ways`;
    case "local-header-mismatch":
      return it
        ? `l'intestazione locale della voce ${e} non corrisponde all'indice`
        : `the local header of the entry ${e} does not match the central directory`;
    case "overlapping-entries":
      return it
        ? `la voce ${e} condivide i dati con un'altra voce`
        : `the entry ${e} shares its data with another entry`;
    case "encrypted":
      return it ? `la voce ${e} è cifrata` : `the entry ${e} is encrypted`;
    case "unsupported-method":
      return it
        ? `la voce ${e} usa una compressione non prevista`
        : `the entry ${e} uses an unexpected compression`;
    case "corrupt-data":
      return it
        ? `i dati compressi della voce ${e} sono danneggiati`
        : `the compressed data of the entry ${e} is damaged`;
    case "size-mismatch":
      return it
        ? `la voce ${e} ha una dimensione diversa da quella dichiarata nell'indice`
        : `the entry ${e} is not the size the central directory declares`;
    case "crc-mismatch":
      return it
        ? `il CRC della voce ${e} non corrisponde: il file è danneggiato o alterato`
        : `the CRC of the entry ${e} does not match: the file is damaged or altered`;
  }
}

/** A part whose bytes are not valid UTF-8 or UTF-16 (PartEncodingError). */
export function describeEncodingProblem(part: string, locale: "it" | "en" = "it"): string {
  return locale === "it"
    ? `la parte ${part} contiene byte che non sono testo UTF-8 o UTF-16 validi`
    : `the part ${part} holds bytes that are not valid UTF-8 or UTF-16 text`;
}
