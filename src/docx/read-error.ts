/** A .docx that cannot be read: not a zip, a part missing, a part that is not well-formed XML. */
export class DocxReadError extends Error {
  override readonly name: string = "DocxReadError";
}
