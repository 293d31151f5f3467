import { NS } from "../../namespaces";
import { el, type XmlElement } from "../xml/tree";

const WML = "application/vnd.openxmlformats-officedocument.wordprocessingml";

/** Content types of the parts the template holds (ECMA-376 Part 1, §15). */
export const CONTENT_TYPE = {
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
  xml: "application/xml",
  document: `${WML}.document.main+xml`,
  glossary: `${WML}.document.glossary+xml`,
  styles: `${WML}.styles+xml`,
  settings: `${WML}.settings+xml`,
  numbering: `${WML}.numbering+xml`,
  fontTable: `${WML}.fontTable+xml`,
  footer: `${WML}.footer+xml`,
  coreProperties: "application/vnd.openxmlformats-package.core-properties+xml",
  // [MS-OWEXML] 2.1: the web-extension and task-pane parts.
  webExtension: "application/vnd.ms-office.webextension+xml",
  webExtensionTaskpanes: "application/vnd.ms-office.webextensiontaskpanes+xml",
} as const;

/** `[Content_Types].xml`: defaults for .rels and .xml, an override for every other part. */
export function contentTypesPart(
  overrides: readonly { readonly path: string; readonly contentType: string }[],
): XmlElement {
  return el("Types", { xmlns: NS.contentTypes }, [
    el("Default", { Extension: "rels", ContentType: CONTENT_TYPE.relationships }),
    el("Default", { Extension: "xml", ContentType: CONTENT_TYPE.xml }),
    ...overrides.map((part) => el("Override", { PartName: `/${part.path}`, ContentType: part.contentType })),
  ]);
}
