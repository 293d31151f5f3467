/** Fast, read-only extraction of a plan document's contents from .docx bytes (Node and browser). */
export { readDocumentReading, type DocxReading } from "./document-reading";
export { readAddinSettings } from "./addin-settings";
export { DocxReadError } from "./package-parts";
