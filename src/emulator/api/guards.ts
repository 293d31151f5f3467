/** Checks Word makes at sync before it changes a content control. */
import type { XmlElement } from "../../docx/xml";
import { ERROR_CODES, MESSAGES, OfficeExtensionError } from "../errors";
import { controlLevel } from "../ooxml/controls";
import { readLocks } from "../ooxml/sdt-properties";
import type { DocumentSession } from "../session";

/** office-js #191: Word on the web refused any change to an inline control with NotAllowed. */
export function assertChangeable(sdt: XmlElement, session: DocumentSession, location: string): void {
  if (session.quirks.inlineControlsReadOnly && controlLevel(sdt) === "inline") {
    throw new OfficeExtensionError(ERROR_CODES.notAllowed, session.quirks.notAllowedMessage, location);
  }
}

/**
 * Content changes also respect `cannotEdit`. AccessDenied, with the message office-js #6907 shows
 * for an edit Word refused; that this is what editing a `cannotEdit` control raises is an
 * assumption, which a conformance case settles.
 */
export function assertContentEditable(sdt: XmlElement, session: DocumentSession, location: string): void {
  assertChangeable(sdt, session, location);
  if (readLocks(sdt).cannotEdit) {
    throw new OfficeExtensionError(ERROR_CODES.accessDenied, MESSAGES.accessDenied, location);
  }
}

export function assertDeletable(sdt: XmlElement, session: DocumentSession, location: string): void {
  assertChangeable(sdt, session, location);
  if (readLocks(sdt).cannotDelete) {
    throw new OfficeExtensionError(ERROR_CODES.accessDenied, MESSAGES.accessDenied, location);
  }
}
