/**
 * Where Word keeps an add-in's `Office.context.document.settings`, and how they read: written once
 * for the CLI's reader (src/docx/read/addin-settings.ts, over small trees from the streaming
 * scanner) and the emulator (src/emulator/webextension-part.ts, over xmldom, which also writes).
 *
 * The web-extension parts are the targets of the task-pane part's relationships ([MS-OWEXML] 2.2).
 * A part belongs to the add-in its `we:reference/@id` names, and to no other: another add-in's part
 * is never read as ours. Each `we:properties/we:property` gives a name and a JSON value, kept as
 * the raw string when it is not JSON.
 */
import { NS, REL } from "./namespaces";
import { resolveTarget } from "./paths";

/** What the reader needs of a package and of its XML, whichever tree holds it. */
export type SettingsSource<E> = {
  has(path: string): boolean;
  /** Relationships of the part `source` ("" for the package), as written. */
  relationships(source: string): readonly { readonly type: string; readonly target: string }[];
  /** The part's root element (the part exists: `has` said so). */
  root(path: string): E | null;
  children(parent: E, ns: string, local: string): readonly E[];
  /** An attribute by qualified name, as `getAttribute` reads it; null when absent. */
  attribute(el: E, qname: string): string | null;
};

/** Web-extension parts of the package, through the task-pane part's relationships. */
function webExtensionParts<E>(source: SettingsSource<E>): string[] {
  const found: string[] = [];
  for (const t of source.relationships("")) {
    if (t.type !== REL.webExtensionTaskpanes) continue;
    const taskpanesPath = resolveTarget("", t.target);
    for (const r of source.relationships(taskpanesPath))
      if (r.type === REL.webExtension) found.push(resolveTarget(taskpanesPath, r.target));
  }
  return found;
}

function firstChild<E>(source: SettingsSource<E>, parent: E, ns: string, local: string): E | null {
  return source.children(parent, ns, local)[0] ?? null;
}

/** The part holding the settings of the add-in `addinId`: the one whose reference id is that; none otherwise. */
export function findSettingsPart<E>(source: SettingsSource<E>, addinId: string): string | null {
  for (const path of webExtensionParts(source)) {
    if (!source.has(path)) continue;
    const root = source.root(path);
    const reference = root ? firstChild(source, root, NS.we, "reference") : null;
    if (reference && source.attribute(reference, "id") === addinId) return path;
  }
  return null;
}

/** The settings the add-in `addinId` stored, by name, in the order written; empty when none. */
export function readSettingsFrom<E>(source: SettingsSource<E>, addinId: string): Map<string, unknown> {
  const settings = new Map<string, unknown>();
  const path = findSettingsPart(source, addinId);
  const root = path ? source.root(path) : null;
  const properties = root ? firstChild(source, root, NS.we, "properties") : null;
  for (const p of properties ? source.children(properties, NS.we, "property") : []) {
    const name = source.attribute(p, "name");
    const value = source.attribute(p, "value");
    if (name === null || value === null) continue;
    try {
      settings.set(name, JSON.parse(value));
    } catch {
      settings.set(name, value); // Word writes JSON; anything else stays the raw string.
    }
  }
  return settings;
}
