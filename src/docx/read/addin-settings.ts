/**
 * The add-in's document settings (`Office.context.document.settings`) straight from a .docx, by the
 * one reader the emulator uses too (src/docx/addin-settings.ts), over small trees built by the
 * streaming scanner: only the parts on the way are inflated and parsed.
 */
import { ADDIN_ID } from "../../plan/addin";
import { type SettingsSource, readSettingsFrom } from "../addin-settings";
import { NS } from "../namespaces";
import { PART, relsPathOf } from "../paths";
import { type DocxParts, openParts, readPartXml } from "./package-parts";
import { type SmallElement, childrenNamed, parseSmallTree } from "./small-tree";

/** The package's small trees, each part parsed once. */
function smallTreeSource(parts: DocxParts): SettingsSource<SmallElement> {
  const trees = new Map<string, SmallElement>();
  const root = (path: string): SmallElement => {
    let tree = trees.get(path);
    if (!tree) {
      tree = readPartXml(path, parts.text(path), parseSmallTree);
      trees.set(path, tree);
    }
    return tree;
  };
  return {
    has: (path) => parts.has(path),
    relationships(source) {
      const relsPath = source === "" ? PART.packageRels : relsPathOf(source);
      if (!parts.has(relsPath)) return [];
      return childrenNamed(root(relsPath), NS.pkgRels, "Relationship").map((r) => ({
        type: r.attributes.get("Type") ?? "",
        target: r.attributes.get("Target") ?? "",
      }));
    },
    root,
    children: childrenNamed,
    attribute: (el, qname) => el.attributes.get(qname) ?? null,
  };
}

/**
 * The settings the add-in `addinId` stored in the document, by name; {} when it stored none.
 * Throws DocxReadError when the file is not a .docx or a part on the way is not well-formed XML.
 */
export async function readAddinSettings(
  docx: Uint8Array,
  addinId: string = ADDIN_ID,
): Promise<Record<string, unknown>> {
  const parts = await openParts(docx);
  return Object.fromEntries(readSettingsFrom(smallTreeSource(parts), addinId));
}
