/**
 * The add-in's document settings (`Office.context.document.settings`), read the way the
 * emulator's web-extension part reader does (src/emulator/webextension-part.ts `readSettings`):
 * the web-extension parts are the targets of the task-pane part's relationships; the one whose
 * `we:reference/@id` is the add-in's id holds its settings, and no other (another add-in's part
 * is never read as ours); each `we:properties/we:property` gives a name and a JSON value (kept as
 * the raw string when it is not JSON).
 */
import { ADDIN_ID } from "../../plan/addin";
import { NS, REL } from "../namespaces";
import { PART, relsPathOf, resolveTarget } from "../paths";
import { type DocxParts, openParts, readPartXml } from "./package-parts";
import { type SmallElement, childrenNamed, firstChildNamed, parseSmallTree } from "./small-tree";

type Relationship = { readonly type: string; readonly target: string };

/** A part's XML as a small tree, parsed once per read. */
type TreeCache = (path: string) => Promise<SmallElement>;

function treeCache(parts: DocxParts): TreeCache {
  const trees = new Map<string, Promise<SmallElement>>();
  return (path) => {
    let tree = trees.get(path);
    if (!tree) {
      tree = parts.text(path).then((xml) => readPartXml(path, xml, parseSmallTree));
      trees.set(path, tree);
    }
    return tree;
  };
}

async function relationships(parts: DocxParts, tree: TreeCache, sourcePart: string): Promise<Relationship[]> {
  const relsPath = sourcePart === "" ? PART.packageRels : relsPathOf(sourcePart);
  if (!parts.has(relsPath)) return [];
  const root = await tree(relsPath);
  return childrenNamed(root, NS.pkgRels, "Relationship").map((r) => ({
    type: r.attributes.get("Type") ?? "",
    target: r.attributes.get("Target") ?? "",
  }));
}

async function webExtensionParts(parts: DocxParts, tree: TreeCache): Promise<string[]> {
  const taskpanes = (await relationships(parts, tree, "")).filter(
    (r) => r.type === REL.webExtensionTaskpanes,
  );
  const found: string[] = [];
  for (const t of taskpanes) {
    const taskpanesPath = resolveTarget("", t.target);
    for (const r of await relationships(parts, tree, taskpanesPath)) {
      if (r.type === REL.webExtension) found.push(resolveTarget(taskpanesPath, r.target));
    }
  }
  return found;
}

async function findPart(parts: DocxParts, tree: TreeCache, addinId: string): Promise<string | null> {
  const candidates = (await webExtensionParts(parts, tree)).filter((path) => parts.has(path));
  for (const path of candidates) {
    const reference = firstChildNamed(await tree(path), NS.we, "reference");
    if ((reference?.attributes.get("id") ?? null) === addinId) return path;
  }
  return null;
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
  const tree = treeCache(parts);
  const path = await findPart(parts, tree, addinId);
  const entries: [string, unknown][] = [];
  const properties = path ? firstChildNamed(await tree(path), NS.we, "properties") : undefined;
  for (const property of properties ? childrenNamed(properties, NS.we, "property") : []) {
    const name = property.attributes.get("name");
    const value = property.attributes.get("value");
    if (name === undefined || value === undefined) continue;
    try {
      entries.push([name, JSON.parse(value)]);
    } catch {
      entries.push([name, value]); // Word writes JSON; anything else stays the raw string, as in the emulator.
    }
  }
  return Object.fromEntries(entries);
}
