/**
 * The add-in's task-pane parts, so Word opens the pane with the template ([MS-OWEMXML] TaskpaneId
 * `Office.AutoShowTaskpaneWithDocument`; Microsoft's page "Automatically open a task pane with a
 * document" gives both parts). `word/webextensions/webextension1.xml` names the add-in
 * ([MS-OWEXML] 2.2.7 CT_OsfWebExtension) and carries the property
 * `Office.AutoShowTaskpaneWithDocument` = `true`; `word/webextensions/taskpanes.xml` docks it.
 * The same part holds the add-in's document settings (`Office.context.document.settings`), so the
 * property is a setting like the others and the add-in must keep it when it saves its own.
 */
import type { AddinReference } from "../../addin-reference";
import { NS } from "../../namespaces";
import { el, type XmlElement } from "../xml/tree";
import { AUTO_SHOW_TASKPANE_ID } from "../../../plan/addin";

/** The web extension's instance id: fixed, so building twice gives the same bytes. */
const INSTANCE_ID = "{5B0F6E2A-3C1D-4E8F-9A7B-2D4C6E8F0A1B}";

export function webExtensionPart(reference: AddinReference): XmlElement {
  return el("we:webextension", { "xmlns:we": NS.we, id: INSTANCE_ID }, [
    el("we:reference", {
      id: reference.id,
      version: reference.version,
      store: reference.store,
      storeType: reference.storeType,
    }),
    el("we:alternateReferences"),
    el("we:properties", {}, [el("we:property", { name: AUTO_SHOW_TASKPANE_ID, value: "true" })]),
    el("we:bindings"),
    el("we:snapshot", { "xmlns:r": NS.r }),
  ]);
}

/**
 * `visibility="1"`: the page's advice when "the add-in and the template or content of the document
 * are so closely integrated that the user would not opt out": the pane opens the first time the
 * document is opened, after the user trusts the add-in, and every time after.
 */
export function taskpanesPart(webExtensionRelId: string): XmlElement {
  return el("wetp:taskpanes", { "xmlns:wetp": NS.wetp }, [
    el("wetp:taskpane", { dockstate: "right", visibility: "1", width: "350", row: "0" }, [
      el("wetp:webextensionref", { "xmlns:r": NS.r, "r:id": webExtensionRelId }),
    ]),
  ]);
}
