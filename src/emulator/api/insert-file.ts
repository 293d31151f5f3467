/**
 * `Body.insertFileFromBase64(base64File, "Replace")` (WordApi 1.1,
 * https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-insertfilefrombase64-member(1)).
 *
 * What Microsoft documents: the body's content is replaced by the file's body; headers and footers
 * are not carried (https://learn.microsoft.com/office/dev/add-ins/word/word-add-ins-troubleshooting,
 * "Body.insertFileFromBase64 doesn't insert header or footer"), nor are document settings.
 * What the emulator assumes beyond that: the file's section properties come along without their
 * header and footer references; its styles are added where the document lacks a style of that id;
 * its numbering part is taken when the document has none. Merging two numbering parts, "Start" and
 * "End", and a body that references other parts (pictures, links) are not emulated.
 */
import { DocxPackage } from "../../docx/package";
import { NS, REL } from "../../docx/namespaces";
import { PART } from "../../docx/paths";
import { childrenNamed, firstChildNamed, type XmlDocument, type XmlElement } from "../../docx/xml";
import { NotEmulatedError } from "../errors";
import type { MethodSpec } from "../runtime/spec";
import { strictRecord } from "../runtime/strict-proxy";
import type { DocumentSession } from "../session";
import { invalidArgument, oneOf, stringArg } from "./args";
import { descendantsW } from "../ooxml/walk";

function decodeBase64(text: string, location: string): Uint8Array {
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    throw invalidArgument(location, "base64File is not base64");
  }
}

function bodyOf(doc: XmlDocument, what: string): XmlElement {
  const root = doc.documentElement;
  const body = root ? firstChildNamed(root, NS.w, "body") : null;
  if (!body) throw new Error(`${what} has no w:body`);
  return body;
}

/** Headers and footers stay behind; anything else the inserted body points at is not emulated. */
function dropPartReferences(body: XmlElement, session: DocumentSession): void {
  for (const name of ["headerReference", "footerReference"]) {
    for (const ref of descendantsW(body, name, session.meter)) ref.parentNode?.removeChild(ref);
  }
  const pointing = Array.from(body.getElementsByTagName("*")).find((el) =>
    Array.from(el.attributes).some((attr) => attr.namespaceURI === NS.r),
  );
  if (pointing) throw new NotEmulatedError(`Body.insertFileFromBase64 of a body with ${pointing.tagName}`);
}

function contentTypeOf(pkg: DocxPackage, path: string): string | undefined {
  const root = pkg.xml(PART.contentTypes).documentElement;
  if (!root) return undefined;
  return (
    childrenNamed(root, NS.contentTypes, "Override")
      .find((override) => override.getAttribute("PartName") === `/${path}`)
      ?.getAttribute("ContentType") ?? undefined
  );
}

function hasPart(pkg: DocxPackage, type: string): string | undefined {
  const rel = pkg.relationships(PART.document).find((one) => one.type === type);
  return rel && `word/${rel.target}`;
}

/** Takes the source's part whole when the document has none of that type. */
function takePart(target: DocxPackage, source: DocxPackage, type: string, path: string): boolean {
  if (hasPart(target, type) !== undefined || !source.has(path)) return false;
  const contentType = contentTypeOf(source, path);
  if (!contentType) return false;
  target.putXml(path, source.xml(path));
  target.addRelationship(PART.document, type, path.replace(/^word\//, ""));
  target.setContentTypeOverride(path, contentType);
  return true;
}

function mergeStyles(target: DocxPackage, source: DocxPackage): void {
  const sourcePath = hasPart(source, REL.styles);
  if (!sourcePath || takePart(target, source, REL.styles, sourcePath)) return;
  const targetPath = hasPart(target, REL.styles)!;
  const doc = target.xml(targetPath);
  const root = doc.documentElement;
  const from = source.xml(sourcePath).documentElement;
  if (!root || !from) return;
  const ids = new Set(
    childrenNamed(root, NS.w, "style").map((style) => style.getAttributeNS(NS.w, "styleId")),
  );
  for (const style of childrenNamed(from, NS.w, "style")) {
    if (!ids.has(style.getAttributeNS(NS.w, "styleId"))) root.appendChild(doc.importNode(style, true));
  }
  target.markChanged(targetPath);
}

function takeNumbering(target: DocxPackage, source: DocxPackage): void {
  const sourcePath = hasPart(source, REL.numbering);
  if (!sourcePath || takePart(target, source, REL.numbering, sourcePath)) return;
  throw new NotEmulatedError("Body.insertFileFromBase64 into a document that has its own numbering");
}

async function replaceBody(session: DocumentSession, bytes: Uint8Array): Promise<void> {
  const source = await DocxPackage.open(bytes);
  const incoming = bodyOf(source.xml(PART.document), "the inserted file");
  dropPartReferences(incoming, session);
  mergeStyles(session.pkg, source);
  takeNumbering(session.pkg, source);
  const body = session.body;
  const doc = body.ownerDocument;
  if (!doc) throw new Error("the body has no document");
  while (body.firstChild) body.removeChild(body.firstChild);
  for (const node of Array.from(incoming.childNodes)) body.appendChild(doc.importNode(node, true));
  session.controlsChanged();
  session.documentChanged();
}

export const insertFileFromBase64: MethodSpec = (self, args) => {
  const location = "Body.insertFileFromBase64";
  const base64 = stringArg(args[0], location, "base64File");
  const where = oneOf(args[1], ["Replace", "Start", "End"] as const, location, "insertLocation");
  if (where !== "Replace") throw new NotEmulatedError(`Body.insertFileFromBase64("${where}")`);
  const bytes = decodeBase64(base64, location);
  self.enqueue("insertFileFromBase64", () => replaceBody(self.session, bytes));
  // Office.js returns the inserted Range; the emulator does not model Range.
  return strictRecord("Range", {});
};
