/**
 * Where Word keeps an add-in's `Office.context.document.settings`: the web-extension part
 * (`word/webextensions/webextension1.xml`, `we:properties/we:property` with `name` and a JSON
 * `value`), reached from the package through `word/webextensions/taskpanes.xml` and its rels
 * ([MS-OWEXML] 2.2). Only `saveAsync` writes here, so an unsaved `set` is lost with the session.
 *
 * A part belongs to the add-in its `we:reference/@id` names, and to no other: a document holding
 * another add-in's part keeps it untouched, and this add-in's settings go into a part of its own.
 * Reading is the shared reader's (src/docx/addin-settings.ts); writing is the emulator's own.
 */
import { type SettingsSource, findSettingsPart, readSettingsFrom } from "../docx/addin-settings";
import { NS, REL } from "../docx/namespaces";
import { PART, resolveTarget } from "../docx/paths";
import type { DocxPackage } from "../docx/package";
import { childrenNamed, createElement, firstChildNamed, parseXml, type XmlElement } from "../docx/xml";
import { ADDIN_REFERENCE, type AddinReference } from "../docx/addin-reference";

export type { AddinReference } from "../docx/addin-reference";

/** This add-in as the template names it (its manifest Id, Centralized Deployment). */
export const DEFAULT_ADDIN_REFERENCE: AddinReference = ADDIN_REFERENCE;

export const CONTENT_TYPE = {
  webExtension: "application/vnd.ms-office.webextension+xml",
  taskpanes: "application/vnd.ms-office.webextensiontaskpanes+xml",
} as const;

/** The package's parts as xmldom trees, for the shared settings reader. */
function domSource(pkg: DocxPackage): SettingsSource<XmlElement> {
  return {
    has: (path) => pkg.has(path),
    relationships: (source) => pkg.relationships(source),
    root: (path) => pkg.xml(path).documentElement,
    children: childrenNamed,
    attribute: (el, qname) => el.getAttribute(qname),
  };
}

/** The part holding this add-in's settings: the one whose reference id is the add-in's; none otherwise. */
function findPart(pkg: DocxPackage, addin: AddinReference): string | null {
  return findSettingsPart(domSource(pkg), addin.id);
}

export function readSettings(pkg: DocxPackage, addin: AddinReference): Map<string, unknown> {
  return readSettingsFrom(domSource(pkg), addin.id);
}

function newGuid(): string {
  return `{${globalThis.crypto.randomUUID().toUpperCase()}}`;
}

/** `word/webextensions/webextensionN.xml` with the first N no part of the package uses. */
function freeWebExtensionPath(pkg: DocxPackage): string {
  for (let n = 1; ; n++) {
    const path = `word/webextensions/webextension${n}.xml`;
    if (!pkg.has(path)) return path;
  }
}

/**
 * Creates this add-in's web-extension part and docks it in the task-pane part, adding a
 * `wetp:taskpane` to an existing task-pane part rather than replacing it. `visibility="0"`: Word
 * records a pane the user did not ask to reopen that way (word-platform-facts §8).
 */
function createParts(pkg: DocxPackage, addin: AddinReference): string {
  const webExtension = freeWebExtensionPath(pkg);
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
  pkg.setContentTypeOverride(webExtension, CONTENT_TYPE.webExtension);

  const existing = pkg.relationships("").find((r) => r.type === REL.webExtensionTaskpanes);
  const taskpanesPath = existing ? resolveTarget("", existing.target) : PART.webExtensionTaskpanes;
  if (!pkg.has(taskpanesPath)) {
    pkg.putXml(
      taskpanesPath,
      parseXml(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="${NS.wetp}"/>`,
        taskpanesPath,
      ),
    );
    pkg.setContentTypeOverride(taskpanesPath, CONTENT_TYPE.taskpanes);
  }
  if (!existing) pkg.addRelationship("", REL.webExtensionTaskpanes, taskpanesPath);
  const target = webExtension.slice(webExtension.lastIndexOf("/") + 1);
  const relId = pkg.addRelationship(taskpanesPath, REL.webExtension, target);
  const doc = pkg.xml(taskpanesPath);
  const root = doc.documentElement;
  if (!root) throw new Error(`${taskpanesPath} has no root`);
  const taskpane = createElement(doc, NS.wetp, "taskpane", "wetp");
  for (const [k, v] of Object.entries({ dockstate: "right", visibility: "0", width: "350", row: "0" }))
    taskpane.setAttribute(k, v);
  const ref = createElement(doc, NS.wetp, "webextensionref", "wetp");
  ref.setAttributeNS(NS.r, "r:id", relId);
  taskpane.appendChild(ref);
  root.appendChild(taskpane);
  pkg.markChanged(taskpanesPath);
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
