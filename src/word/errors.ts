/** Errors of the document layer, with a string code the panel can switch on. */
export type DocumentErrorCode =
  | "host-refused-write"
  | "versioning-table-missing"
  | "version-number-taken"
  | "settings-not-saved"
  | "field-not-found"
  | "document-not-blank"
  | "host-failed";

export class DocumentError extends Error {
  constructor(
    readonly code: DocumentErrorCode,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = "DocumentError";
  }
}

/** The `code` of an OfficeExtension.Error, when the value is one. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" ? code : undefined;
}
