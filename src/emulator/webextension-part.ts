/**
 * Where Word keeps an add-in's `Office.context.document.settings`: the web-extension part
 * (`word/webextensions/webextension1.xml`, `we:properties/we:property` with `name` and a JSON
 * `value`), reached from the package through `word/webextensions/taskpanes.xml` and its rels
 * ([MS-OWEXML] 2.2). Only `saveAsync` writes here, so an unsaved `set` is lost with the session.
 */
import { NS, REL } from "../docx/namespaces";
import { PART, relsPathOf, resolveTarget } from "../docx/paths";
import type { DocxPackage } from "../docx/package";
import { childrenNamed, createElement, firstChildNamed, parseXml, type XmlElement } from "../docx/xml";

/** Identity of the add-in in `we:reference` ([MS-OWEXML] CT_OsfWebExtensionReference). */
export type AddinReference = {
  readonly id: string;
  readonly version: string;
  readonly store: string;
  readonly storeType: string;
};

/** A sideloaded add-in, as Word records one loaded from a developer manifest. */
export const DEFAULT_ADDIN_REFERENCE: AddinReference = {
  id: "00000000-0000-0000-0000-000000000000",
  version: "1.0.0.0",
  store: "developer",
  storeType: "Registry",
};

export const CONTENT_TYPE = {
  webExtension: "application/vnd.ms-office.webextension+xml",
  taskpanes: "application/vnd.ms-office.webextensiontaskpanes+xml",
} as const;

/** Web-extension parts of the package, through the task-pane part's relationships. */
function webExtensionParts(pkg: DocxPackage): string[] {
  const taskpanes = pkg.relationships("").filter((r) => r.type === REL.webExtensionTaskpanes);
  return taskpanes.flatMap((t) => {
    const taskpanesPath = resolveTarget("", t.target);
    return pkg
      .relationships(taskpanesPath)
      .filter((r) => r.type === REL.webExtension)
      .map((r) => resolveTarget(taskpanesPath, r.target));
  });
}

function referenceId(root: XmlElement): string | null {
  return firstChildNamed(root, NS.we, "reference")?.getAttribute("id") ?? null;
}

/** The part holding this add-in's settings: the one whose reference id matches, else the only one. */
function findPart(pkg: DocxPackage, addin: AddinReference): string | null {
  const parts = webExtensionParts(pkg).filter((p) => pkg.has(p));
  const matching = parts.find((p) => {
    const root = pkg.xml(p).documentElement;
    return root ? referenceId(root) === addin.id : false;
  });
  return matching ?? (parts.length === 1 ? (parts[0] ?? null) : null);
}

export function readSettings(pkg: DocxPackage, addin: AddinReference): Map<string, unknown> {
  const settings = new Map<string, unknown>();
  const path = findPart(pkg, addin);
  const root = path ? pkg.xml(path).documentElement : null;
  const properties = root ? firstChildNamed(root, NS.we, "properties") : null;
  for (const p of properties ? childrenNamed(properties, NS.we, "property") : []) {
    const name = p.getAttribute("name");
    const value = p.getAttribute("value");
    if (name === null || value === null) continue;
    try {
      settings.set(name, JSON.parse(value));
    } catch {
      settings.set(name, value); // Word writes JSON; keep anything else as the raw string.
    }
  }
  return settings;
}

function newGuid(): string {
  return `{${globalThis.crypto.randomUUID().toUpperCase()}}`;
}

function createParts(pkg: DocxPackage, addin: AddinReference): string {
  const webExtension = PART.webExtension;
  pkg.putXml(
    webExtension,
    parseXml(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<we:webextension xmlns:we="${NS.we}" id="${newGuid()}">` +
        `<we:reference id="" version="" store="" storeType=""/>` +
        `<we:alternateReferences/><we:properties/><we:bindings/><we:snapshot xmlns:r="${NS.r}"/>` +
        `</we:webextension>`,
      webExtension,
    ),
  );
  const reference = firstChildNamed(pkg.xml(webExtension).documentElement as XmlElement, NS.we, "reference");
  for (const [k, v] of Object.entries(addin)) reference?.setAttribute(k, v);
  pkg.putXml(
    PART.webExtensionTaskpanes,
    parseXml(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<wetp:taskpanes xmlns:wetp="${NS.wetp}">` +
        `<wetp:taskpane dockstate="right" visibility="1" width="350" row="0">` +
        `<wetp:webextensionref xmlns:r="${NS.r}" r:id="rId1"/>` +
        `</wetp:taskpane></wetp:taskpanes>`,
      PART.webExtensionTaskpanes,
    ),
  );
  pkg.putXml(
    relsPathOf(PART.webExtensionTaskpanes),
    parseXml(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<Relationships xmlns="${NS.pkgRels}"><Relationship Id="rId1" Type="${REL.webExtension}" Target="webextension1.xml"/></Relationships>`,
    ),
  );
  pkg.addRelationship("", REL.webExtensionTaskpanes, PART.webExtensionTaskpanes);
  pkg.setContentTypeOverride(PART.webExtensionTaskpanes, CONTENT_TYPE.taskpanes);
  pkg.setContentTypeOverride(webExtension, CONTENT_TYPE.webExtension);
  return webExtension;
}

/** Writes the whole settings bag into the add-in's web-extension part, creating the parts if needed. */
export function writeSettings(
  pkg: DocxPackage,
  addin: AddinReference,
  settings: ReadonlyMap<string, unknown>,
): void {
  const path = findPart(pkg, addin) ?? createParts(pkg, addin);
  const doc = pkg.xml(path);
  const root = doc.documentElement;
  if (!root) throw new Error(`${path} has no root`);
  let properties = firstChildNamed(root, NS.we, "properties");
  if (!properties) {
    properties = createElement(doc, NS.we, "properties", "we");
    const after =
      firstChildNamed(root, NS.we, "alternateReferences") ?? firstChildNamed(root, NS.we, "reference");
    root.insertBefore(properties, after ? after.nextSibling : root.firstChild);
  }
  for (const old of childrenNamed(properties, NS.we, "property")) properties.removeChild(old);
  for (const [name, value] of settings) {
    const p = createElement(doc, NS.we, "property", "we");
    p.setAttribute("name", name);
    p.setAttribute("value", JSON.stringify(value));
    properties.appendChild(p);
  }
  pkg.markChanged(path);
}
