/**
 * A .docx (OPC package) opened in memory. A part is inflated only when someone first asks for it
 * (src/docx/zip.ts checks the zip and the limits), and kept as those bytes until someone asks for
 * its XML; only parts marked changed are serialized again on save, so every other part leaves
 * byte-identical. Works in Node and in the browser (Uint8Array only).
 */
import { NS } from "./namespaces";
import { PART, relsPathOf } from "./paths";
import { writeZip } from "./zip-write";
import {
  childrenNamed,
  decodePart,
  isUtf16,
  parseXml,
  serializeXml,
  utf8Encode,
  withProlog,
  type XmlDocument,
} from "./xml";
import { type InflateBudget, type ZipDirectory, inflateEntry, readZipDirectory } from "./zip";

export type Relationship = {
  readonly id: string;
  readonly type: string;
  readonly target: string;
};

export class PackageError extends Error {
  override readonly name = "PackageError";
}

export class DocxPackage {
  private readonly order: string[];
  private readonly raw = new Map<string, Uint8Array>();
  private readonly parsed = new Map<string, XmlDocument>();
  private readonly changed = new Set<string>();
  private readonly budget: InflateBudget = { used: 0 };

  private constructor(
    private readonly zip: Uint8Array,
    private readonly directory: ZipDirectory,
  ) {
    this.order = directory.entries.map((entry) => entry.name);
  }

  /** Throws ZipProblem or LimitError for a zip no reader should trust, PackageError for one that is no .docx. */
  static async open(bytes: Uint8Array): Promise<DocxPackage> {
    const pkg = new DocxPackage(bytes, readZipDirectory(bytes));
    if (!pkg.has(PART.contentTypes))
      throw new PackageError(`not an OPC package: ${PART.contentTypes} missing`);
    return pkg;
  }

  has(path: string): boolean {
    return this.raw.has(path) || this.parsed.has(path) || this.directory.get(path) !== undefined;
  }

  /** The part's bytes as read from the zip, inflated on first use. */
  private rawBytes(path: string): Uint8Array | undefined {
    const known = this.raw.get(path);
    if (known) return known;
    const entry = this.directory.get(path);
    if (!entry) return undefined;
    const bytes = inflateEntry(this.zip, entry, this.budget);
    this.raw.set(path, bytes);
    return bytes;
  }

  paths(): readonly string[] {
    return [...this.order];
  }

  /** The part's bytes as they would be saved now. */
  bytes(path: string): Uint8Array {
    const doc = this.changed.has(path) ? this.parsed.get(path) : undefined;
    const raw = this.rawBytes(path);
    if (doc)
      return utf8Encode(
        raw ? withProlog(serializeXml(doc), decodePart(raw, path), isUtf16(raw)) : serializeXml(doc),
      );
    if (!raw) throw new PackageError(`no part ${path}`);
    return raw;
  }

  text(path: string): string {
    return decodePart(this.bytes(path), path);
  }

  /** The part's DOM, parsed once. Edit it in place, then call `markChanged(path)`. */
  xml(path: string): XmlDocument {
    const cached = this.parsed.get(path);
    if (cached) return cached;
    const doc = parseXml(this.text(path), path);
    this.parsed.set(path, doc);
    return doc;
  }

  markChanged(path: string): void {
    if (!this.parsed.has(path)) throw new PackageError(`markChanged(${path}) before xml(${path})`);
    this.changed.add(path);
  }

  /** Adds or replaces a whole XML part. */
  putXml(path: string, doc: XmlDocument): void {
    if (!this.has(path)) this.order.push(path);
    this.parsed.set(path, doc);
    this.changed.add(path);
  }

  relationships(sourcePartPath: string): Relationship[] {
    const relsPath = sourcePartPath === "" ? PART.packageRels : relsPathOf(sourcePartPath);
    if (!this.has(relsPath)) return [];
    const root = this.xml(relsPath).documentElement;
    if (!root) return [];
    return childrenNamed(root, NS.pkgRels, "Relationship").map((r) => ({
      id: r.getAttribute("Id") ?? "",
      type: r.getAttribute("Type") ?? "",
      target: r.getAttribute("Target") ?? "",
    }));
  }

  /** Adds a relationship from `sourcePartPath` ("" for the package) and returns its new id. */
  addRelationship(sourcePartPath: string, type: string, target: string): string {
    const relsPath = sourcePartPath === "" ? PART.packageRels : relsPathOf(sourcePartPath);
    if (!this.has(relsPath)) {
      this.putXml(
        relsPath,
        parseXml(
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRels}"/>`,
        ),
      );
    }
    const doc = this.xml(relsPath);
    const root = doc.documentElement;
    if (!root) throw new PackageError(`${relsPath} has no root`);
    const taken = new Set(this.relationships(sourcePartPath).map((r) => r.id));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const rel = doc.createElementNS(NS.pkgRels, "Relationship");
    rel.setAttribute("Id", id);
    rel.setAttribute("Type", type);
    rel.setAttribute("Target", target);
    root.appendChild(rel);
    this.markChanged(relsPath);
    return id;
  }

  /** Declares the content type of a part (an `Override` in [Content_Types].xml). */
  setContentTypeOverride(partPath: string, contentType: string): void {
    const doc = this.xml(PART.contentTypes);
    const root = doc.documentElement;
    if (!root) throw new PackageError(`${PART.contentTypes} has no root`);
    const partName = `/${partPath}`;
    const existing = childrenNamed(root, NS.contentTypes, "Override").find(
      (o) => o.getAttribute("PartName") === partName,
    );
    if (existing?.getAttribute("ContentType") === contentType) return;
    const override = existing ?? doc.createElementNS(NS.contentTypes, "Override");
    override.setAttribute("PartName", partName);
    override.setAttribute("ContentType", contentType);
    if (!existing) root.appendChild(override);
    this.markChanged(PART.contentTypes);
  }

  async save(): Promise<Uint8Array> {
    return writeZip(this.order.map((path) => [path, this.bytes(path)] as const));
  }
}
